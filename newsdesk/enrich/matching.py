"""Near-duplicate detection across agencies: the signatures and their similarity (no database).

Two agencies rarely share sentences, so shingle hashing (MinHash) misses
rewrites; what they share are the names, places and numbers. An item's
signature is a bag of terms: capitalised names and numbers weigh 3, other
content words 1 (log-scaled counts), and two items match when the cosine of
their bags reaches ``MATCH_THRESHOLD``, they name at least one country in
common (when both name any), and they are within the time window
(NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS). An item joins the cluster of its
best match above the threshold, else starts one. The threshold is tuned on
the labelled set in ``data/cluster_examples.jsonl`` (``make bench``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping

from newsdesk.enrich.places import mentions

MATCH_THRESHOLD = 0.40
NAME_WEIGHT = 3.0
# Longer copy is cut: the lead carries the event, and the tail (background) is what unrelated stories share.
MAX_WORDS = 250

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|\d[\d.,]*\d|\d")
_STOP_WORDS = """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my no nor not now
    of off on once only or other our out over own said same says she should so some such than that the their
    them then there these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your year years week monday tuesday wednesday thursday friday
    saturday sunday new one two told according percent per cent mr ms officials official"""
_STOP = frozenset(_STOP_WORDS.split())


def signature(headline: str, body_text: str) -> dict[str, float]:
    """Weighted terms of a story: names and numbers count more than other words."""
    counts: defaultdict[str, float] = defaultdict(float)
    text = f"{headline}. {headline}. {' '.join(body_text.split()[:MAX_WORDS])}"
    previous_end = "."
    for match in _TOKEN.finditer(text):
        token = match.group(0).replace("\u2019", "'")
        if token.endswith("'s"):
            token = token[:-2]
        lower = token.lower()
        sentence_start = previous_end in '.!?"'
        previous_end = text[match.end() : match.end() + 1] or "."
        if lower in _STOP or (len(lower) < 3 and not lower.isdigit()):
            continue
        is_name = (token[0].isupper() and not sentence_start) or token[0].isdigit()
        key = lower.rstrip("s") if len(lower) > 4 and not token[0].isdigit() else lower
        counts[key] += NAME_WEIGHT if is_name else 1.0
    weights = {term: 1.0 + math.log(count) for term, count in counts.items()}
    # Countries (names, demonyms, cities) as "@XX" terms: two stories with no
    # country in common are not about the same event (see ``similarity``).
    for code, _ in mentions(text):
        weights[f"@{code}"] = NAME_WEIGHT
    return weights


def similarity(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    countries_a = {t for t in a if t.startswith("@")}
    countries_b = {t for t in b if t.startswith("@")}
    if countries_a and countries_b and not countries_a & countries_b:
        return 0.0
    dot = sum(weight * b[term] for term, weight in a.items() if term in b)
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def group(signatures: list[dict[str, float]], threshold: float = MATCH_THRESHOLD) -> list[int]:
    """Greedy online clustering of signatures in arrival order, as ``assign_cluster`` does; returns cluster ids."""
    assigned: list[int] = []
    for i, sig in enumerate(signatures):
        best, best_score = -1, threshold
        for j in range(i):
            score = similarity(sig, signatures[j])
            if score >= best_score:
                best, best_score = j, score
        assigned.append(assigned[best] if best >= 0 else i)
    return assigned


def pairwise_scores(gold: list[str], predicted: list[int]) -> dict[str, float]:
    tp = fp = fn = 0
    for i in range(len(gold)):
        for j in range(i + 1, len(gold)):
            same_gold = gold[i] == gold[j]
            same_pred = predicted[i] == predicted[j]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }
