"""Whether two wire items report one event: their features and the score between them (no database).

Agencies rarely share sentences, so word overlap misses rewrites. Each item is
read into :class:`StoryFeatures`:

- a sentence embedding of its headline and lead (all-MiniLM-L6-v2, ``embeddings``),
  which scores paraphrases ("cuts key rate" / "lowers benchmark lending rate") close;
- the countries it is about (dateline and lede, ``places``; on non-English copy the
  dateline only) and the one it is mainly about;
- its names and figures (capitalised words inside sentences, numbers of two or more
  digits), which independent reports of one event share whatever their wording.

Two items are comparable only within the time window and when they name at least one
country in common (when both name any). Their score is

    cosine + NAME_WEIGHT * name overlap - PRIMARY_PENALTY * (main countries differ)
           - TIME_PENALTY * days apart

and an item joins the cluster of its best-scoring earlier item when that reaches
``MATCH_THRESHOLD``. The main-country penalty keeps look-alikes apart (Kenya's and
Uganda's rate decisions on one day mention each other); the time penalty keeps apart
two floods in one country a week apart. The four constants were chosen on the tuning
half of ``data/eval/`` only, from the middle of the plateau where precision stayed
1.0 (``make bench`` reports the held-out half).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Sequence

import numpy as np

from newsdesk.enrich import datafiles, language, places
from newsdesk.enrich.summarise import clean_headline, split_furniture

MATCH_THRESHOLD = 0.50
NAME_WEIGHT = 0.5
PRIMARY_PENALTY = 0.2
TIME_PENALTY = 0.1  # per day apart
# The embedding reads the headline and this many words of the lead: the lead carries the event.
EMBED_WORDS = 100
NAME_WORDS = 120

_NAME = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019-]+|\d[\d.,]*\d%?")
_SENTENCE_END = '.!?:"\u201c\u201d'


@dataclasses.dataclass(frozen=True, slots=True)
class StoryFeatures:
    vector: np.ndarray  # unit vector (embeddings.DIMENSIONS)
    countries: frozenset[str]
    primary: str  # ISO alpha-2 of the main country, or ""
    names: frozenset[str]
    when: dt.datetime

    def terms(self) -> dict[str, object]:
        """The JSON kept on the membership row (the vector is stored apart, as bytes)."""
        return {"countries": sorted(self.countries), "primary": self.primary, "names": sorted(self.names)}


def embedding_text(headline: str, body_text: str) -> str:
    story, _place = split_furniture(body_text)
    return f"{clean_headline(headline)}. {' '.join(story.split()[:EMBED_WORDS])}"


def names(headline: str, story: str) -> frozenset[str]:
    """Capitalised words that do not start a sentence, and numbers of two digits or more."""
    text = f"{headline}. {' '.join(story.split()[:NAME_WORDS])}"
    common = datafiles.cluster_common_names()
    found: set[str] = set()
    for match in _NAME.finditer(text):
        token = match.group(0).replace("\u2019", "'")
        if token[0].isdigit():
            if sum(ch.isdigit() for ch in token) >= 2:
                found.add(token.rstrip(".,"))
            continue
        before = text[: match.start()].rstrip()[-1:] or "."
        lowered = token.casefold().removesuffix("'s")
        if before not in _SENTENCE_END and lowered not in common:
            found.add(lowered[:-1] if lowered.endswith("s") and len(lowered) > 4 else lowered)
    return frozenset(found)


def story_countries(headline: str, body_text: str, declared_language: str = "") -> tuple[frozenset[str], str]:
    """Every country the story names and the one it is mainly about (dateline and lede weigh most)."""
    story, lead_place = split_furniture(body_text)
    english = language.is_english(declared_language, f"{headline}. {story}")
    found = places.find_places(headline=headline if english else "", body=story if english else "", dateline=lead_place)
    primary = max(found.scores, key=lambda code: found.scores[code]) if found.scores else ""
    # Every country named, passing mentions included: two reports of one event need only one in common.
    return frozenset(found.scores), primary


def features(
    headline: str, body_text: str, when: dt.datetime, vector: np.ndarray, declared_language: str = ""
) -> StoryFeatures:
    story, _place = split_furniture(body_text)
    countries, primary = story_countries(headline, body_text, declared_language)
    return StoryFeatures(vector, countries, primary, names(headline, story), when)


def comparable(a: StoryFeatures, b: StoryFeatures, window: dt.timedelta) -> bool:
    if abs(a.when - b.when) > window:
        return False
    return not (a.countries and b.countries and not a.countries & b.countries)


def score(a: StoryFeatures, b: StoryFeatures, cosine: float | None = None) -> float:
    """How likely ``a`` and ``b`` report one event (compare with ``MATCH_THRESHOLD``)."""
    if cosine is None:
        cosine = float(np.dot(a.vector, b.vector))
    # Shared names over the geometric mean of the two sets: a short item naming three things
    # does not reach full overlap by sharing two of them.
    overlap = len(a.names & b.names) / math.sqrt(len(a.names) * len(b.names)) if a.names and b.names else 0.0
    differ = bool(a.primary and b.primary and a.primary != b.primary)
    days = abs((a.when - b.when).total_seconds()) / 86400
    return cosine + NAME_WEIGHT * overlap - PRIMARY_PENALTY * differ - TIME_PENALTY * days


def group(items: Sequence[StoryFeatures], window: dt.timedelta, threshold: float = MATCH_THRESHOLD) -> list[int]:
    """Online clustering in arrival order, as ``clusters.assign_cluster`` does; returns cluster ids."""
    order = sorted(range(len(items)), key=lambda i: items[i].when)
    assigned: dict[int, int] = {}
    for position, i in enumerate(order):
        best, best_score = -1, threshold
        for j in order[:position]:
            if comparable(items[i], items[j], window):
                value = score(items[i], items[j])
                if value >= best_score:
                    best, best_score = j, value
        assigned[i] = assigned[best] if best >= 0 else i
    return [assigned[i] for i in range(len(items))]


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
