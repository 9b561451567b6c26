"""Article pages: body text extracted by the HTML parser, scored against hand-made ground truth.

Data: scrapinghub's article-extraction-benchmark (https://github.com/scrapinghub/article-extraction-benchmark,
181 real news pages with hand-made ``articleBody``). It is never committed here; point
``NEWSDESK_BENCH_ARTICLES`` at a folder holding its ``ground-truth.json`` and ``html/*.html.gz``, e.g.::

    git clone https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb
    NEWSDESK_BENCH_ARTICLES=/tmp/aeb make bench

Score: the benchmark's published method, written here from its description: texts split into ``\\w+``
tokens, 4-token shingles counted per page, each page's true/false positives and false negatives
normalised to sum to one, precision and recall averaged over pages, F1 from the two averages.
Printed for ``newsdesk``'s pipeline (``parse_document`` on the page, the stored body as text) beside
trafilatura's own plain ``extract()`` on the same pages; the held-out half (sha256 of the page key,
even first digit) is the figure that counts, since choices were tried on the other half.
Target: ours >= trafilatura's own on the held-out half.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from lxml import html as lxml_html

SHINGLE = 4
_TOKEN = re.compile(r"\w+")
# Block boundaries separate words as a browser renders them ("<td>1</td><td>Kyle</td>" is "1 Kyle").
_BLOCK = re.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|pre|table|tr|td|th|dl|dd|dt|br|hr)\b[^>]*>",
    re.IGNORECASE,
)


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, normalised so a long page weighs as much as a short one."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def f1_of(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(F1, precision, recall): precision and recall averaged over pages, F1 of the averages."""

    def ratio(hit: float, miss: float, other_miss: float) -> float:
        if miss == other_miss == 0:
            return 1.0
        return hit / (hit + miss) if hit + miss else 0.0

    precision = statistics.mean(ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0)
    return 2 * precision * recall / (precision + recall), precision, recall


def html_to_text(body_html: str) -> str:
    if not body_html:
        return ""
    spaced = _BLOCK.sub(lambda m: "\n" + m.group() + "\n", body_html)
    return str(lxml_html.fragment_fromstring(spaced, create_parent="div").text_content())


def held_out(key: str) -> bool:
    return int(hashlib.sha256(key.encode()).hexdigest()[0], 16) % 2 == 0


def main() -> int:
    folder = os.environ.get("NEWSDESK_BENCH_ARTICLES", "")
    if not folder or not (Path(folder) / "ground-truth.json").is_file():
        print("article extraction: skipped (set NEWSDESK_BENCH_ARTICLES to the article-extraction-benchmark folder)")
        return 0
    import trafilatura  # only this bench needs it; parsing needs no database

    from newsdesk.wires.parsers import DocumentError, parse_document

    root = Path(folder)
    truth: dict[str, dict[str, str]] = json.loads((root / "ground-truth.json").read_text("utf-8"))

    def ours(data: bytes, url: str) -> str:
        try:
            result = parse_document(data, "html", base_url=url)
        except DocumentError:
            return ""
        return html_to_text(result.items[0].body_html) if result.items else ""

    def theirs(data: bytes, url: str) -> str:
        return trafilatura.extract(data.decode("utf-8", "replace")) or ""

    extractors: dict[str, Callable[[bytes, str], str]] = {
        "newsdesk": ours,
        f"trafilatura {trafilatura.__version__}": theirs,
    }
    scores: dict[str, dict[str, list[tuple[float, float, float]]]] = {
        name: {"held-out": [], "all": []} for name in extractors
    }
    empty: dict[str, int] = dict.fromkeys(extractors, 0)
    seconds: dict[str, float] = dict.fromkeys(extractors, 0.0)
    for key, gold in sorted(truth.items()):
        data = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        for name, extract in extractors.items():
            started = time.process_time()
            text = extract(data, gold.get("url", ""))
            seconds[name] += time.process_time() - started
            empty[name] += not text.strip()
            counts = page_counts(gold.get("articleBody", ""), text)
            scores[name]["all"].append(counts)
            if held_out(key):
                scores[name]["held-out"].append(counts)

    pages = len(truth)
    print(f"article extraction: {pages} pages ({len(scores['newsdesk']['held-out'])} held out), shingle F1")
    for name in extractors:
        f1, precision, recall = f1_of(scores[name]["held-out"])
        f1_all, _, _ = f1_of(scores[name]["all"])
        print(
            f"  {name:<22} held-out F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}); all pages F1 {f1_all:.3f}; "
            f"empty {empty[name]}; {1000 * seconds[name] / pages:.0f} ms/page CPU"
        )
    mine = f1_of(scores["newsdesk"]["held-out"])[0]
    best = max(f1_of(scores[name]["held-out"])[0] for name in extractors if name != "newsdesk")
    verdict = "OK" if mine >= best - 0.0005 else "BELOW TARGET"
    print(f"  target newsdesk >= trafilatura's own on the held-out half: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
