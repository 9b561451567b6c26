"""Quality and speed of wire enrichment (``newsdesk.enrich``) on labelled sets.

Run with `make bench` or `python -m newsdesk.bench.enrich`. Prints:

- sector classifier accuracy on a held-out 25 % split (stratified, fixed
  seed) of the hand-written examples (``enrich/data/sector_examples.jsonl``), with recall per
  sector, and on the demo stories alone when trained only on the hand-written
  examples. Neither set is used to choose features or C: compare settings by
  cross-validation on the training split;
- people/organisation tagging precision and recall on the 44 labelled items
  of ``enrich/data/cluster_examples.jsonl``;
- pairwise precision and recall of story clustering on the same 44 items
  (the set the threshold was tuned on, so an optimistic number) and on the
  demo stories' ``event`` labels through the real ``assign_cluster`` (not
  used for tuning);
- countries and place labels against the demo stories, and time per item.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import time
from collections import Counter
from typing import Any

import numpy as np

from newsdesk.bench.scratch import setup_scratch_django


def bench_sectors() -> None:
    from sklearn.model_selection import train_test_split

    from newsdesk.demo.stories import STORIES
    from newsdesk.enrich import sectors
    from newsdesk.enrich.datafiles import sector_examples

    EXAMPLES = sector_examples()

    texts, labels = sectors.training_data()
    train_x, test_x, train_y, test_y = train_test_split(texts, labels, test_size=0.25, random_state=7, stratify=labels)
    model = sectors.build_model(train_x, train_y)
    predicted = model.predict(test_x)
    accuracy = sum(p == y for p, y in zip(predicted, test_y, strict=True)) / len(test_y)
    print(f"sector classifier: held-out accuracy {accuracy:.3f} ({len(test_y)} texts, trained on {len(train_y)})")
    wrong = Counter(f"{y}->{p}" for p, y in zip(predicted, test_y, strict=True) if p != y)
    print(f"  most common confusions: {', '.join(f'{k} x{v}' for k, v in wrong.most_common(5)) or 'none'}")
    support = Counter(test_y)
    hits = Counter(y for p, y in zip(predicted, test_y, strict=True) if p == y)
    recalls = ", ".join(f"{slug} {hits[slug]}/{n}" for slug, n in sorted(support.items()))
    print(f"  held-out recall by sector: {recalls}")

    own_x = [line for lines in EXAMPLES.values() for line in lines]
    own_y = [slug for slug, lines in EXAMPLES.items() for _ in lines]
    own_model = sectors.build_model(own_x, own_y)
    demo_x = [f"{s.headline}. {s.standfirst} {' '.join(s.body[:1])}" for s in STORIES]
    demo_predicted = own_model.predict(demo_x)
    demo_accuracy = sum(p == s.sector for p, s in zip(demo_predicted, STORIES, strict=True)) / len(STORIES)
    print(
        f"sector classifier: demo stories, trained only on hand-written examples: {demo_accuracy:.3f} "
        f"({len(STORIES)} stories, trained on {len(own_x)})"
    )


def bench_entities() -> None:
    from newsdesk.enrich import entities
    from newsdesk.enrich.datafiles import cluster_examples

    EXAMPLES = cluster_examples()

    entities.nlp()  # load outside the timing
    started = time.perf_counter()
    predicted = []
    for example in EXAMPLES:
        found, _ = entities.extract_story(example.headline, example.body)
        predicted.append((found.people, found.organisations))
    elapsed = (time.perf_counter() - started) / len(EXAMPLES)
    gold = [(set(e.people), set(e.orgs)) for e in EXAMPLES]
    scores = entities.evaluate(gold, predicted)
    people_only = entities.evaluate([(p, set()) for p, _ in gold], [(p, []) for p, _ in predicted])
    orgs_only = entities.evaluate([(set(), o) for _, o in gold], [([], o) for _, o in predicted])
    print(
        f"people+organisations ({entities.PIPELINE}): precision {scores['precision']:.3f} "
        f"recall {scores['recall']:.3f} (tp {scores['tp']}, fp {scores['fp']}, fn {scores['fn']}; "
        f"{len(EXAMPLES)} stories, {elapsed * 1000:.1f} ms/story)"
    )
    print(
        f"  people: P {people_only['precision']:.3f} R {people_only['recall']:.3f}; "
        f"organisations: P {orgs_only['precision']:.3f} R {orgs_only['recall']:.3f}"
    )


def bench_clusters_labelled() -> None:
    """Clustering on the older labelled set (``cluster_examples.jsonl``), with the cost of the sentence model."""
    import resource

    from newsdesk.enrich import embeddings
    from newsdesk.enrich.clusters import CANDIDATES
    from newsdesk.enrich.datafiles import cluster_examples
    from newsdesk.enrich.matching import embedding_text, features, group, pairwise_scores

    examples = sorted(cluster_examples(), key=lambda e: e.hours)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    embeddings.encode(["warm-up"])
    load_seconds = time.perf_counter() - started
    texts = [embedding_text(e.headline, e.body) for e in examples]
    started = time.perf_counter()
    vectors = embeddings.encode(texts)
    per_item = (time.perf_counter() - started) / len(texts)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    found = [
        features(e.headline, e.body, t0 + dt.timedelta(hours=e.hours), v)
        for e, v in zip(examples, vectors, strict=True)
    ]
    window = dt.timedelta(hours=72)
    scores = pairwise_scores([e.event for e in examples], group(found, window))
    print(
        f"clusters, older labelled set ({len(examples)} items): pairwise precision {scores['precision']:.3f} "
        f"recall {scores['recall']:.3f}"
    )
    # What VectorIndex.best does per new item: one product with a window of 20,000 stored vectors.
    matrix = np.random.default_rng(7).standard_normal((20_000, embeddings.DIMENSIONS)).astype(np.float32)
    started = time.perf_counter()
    for vector in vectors[:20]:
        np.argsort(-(matrix @ vector))[: CANDIDATES * 2]
    lookup_ms = (time.perf_counter() - started) / min(20, len(vectors)) * 1000
    size_mb = sum(f.stat().st_size for f in embeddings.model_dir().rglob("*") if f.is_file()) / 1e6
    print(
        f"sentence model {embeddings.MODEL_NAME} (numpy, CPU, 1 BLAS thread): load {load_seconds:.1f} s, "
        f"{per_item * 1000:.0f} ms/item, peak RSS +{(rss_after - rss_before) / 1024:.0f} MB, model files "
        f"{size_mb:.0f} MB; index lookup in a 20,000-item window {lookup_ms:.1f} ms"
    )


def bench_clusters_demo() -> None:
    from django.utils import timezone

    from newsdesk.demo.stories import STORIES
    from newsdesk.enrich.clusters import assign_cluster
    from newsdesk.enrich.matching import pairwise_scores
    from newsdesk.wires.models import WireItem

    now = timezone.now()
    news = [s for s in STORIES if s.kind == "news" and s.agency and s.wire_role not in ("update", "kill")]
    news.sort(key=lambda s: -s.hours_ago)
    items = [
        WireItem.objects.create(
            agency=s.agency,
            guid=f"bench:{s.key}",
            headline=s.headline,
            body_html="".join(f"<p>{p}</p>" for p in s.body),
            first_created=now - dt.timedelta(hours=s.hours_ago),
            content_hash=s.key,
        )
        for s in news
    ]
    durations = []
    predicted = []
    for item in items:
        started = time.perf_counter()
        predicted.append(assign_cluster(item).pk)
        durations.append(time.perf_counter() - started)
    gold = [s.event or f"single:{s.key}" for s in news]
    scores = pairwise_scores(gold, predicted)
    print(
        f"clusters, demo stories (held out: {len(news)} items, {sum(1 for s in news if s.event)} with an event "
        f"label): pairwise precision {scores['precision']:.3f} recall {scores['recall']:.3f} "
        f"(tp {scores['tp']}, fp {scores['fp']}, fn {scores['fn']}); assign_cluster median "
        f"{statistics.median(durations) * 1000:.1f} ms"
    )


def bench_places_and_speed() -> None:
    from newsdesk.demo.stories import STORIES
    from newsdesk.enrich.services import enrich_item
    from newsdesk.wires.items import ParsedItem

    tp = fp = fn = labels = 0
    durations = []
    for story in STORIES:
        item = ParsedItem(
            agency=story.agency or "desk",
            guid=story.key,
            headline=story.headline,
            body_html="".join(f"<p>{p}</p>" for p in story.body),
        )
        started = time.perf_counter()
        result = enrich_item(item, use_llm=False)
        durations.append(time.perf_counter() - started)
        got, want = set(result.countries), set(story.countries)
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
        labels += result.place_label == story.place_label
    print(
        f"countries vs demo stories ({len(STORIES)}): precision {tp / (tp + fp):.3f} recall {tp / (tp + fn):.3f}; "
        f"place label agrees {labels / len(STORIES):.3f}"
    )
    print(f"enrich_item (no LLM): median {statistics.median(durations) * 1000:.1f} ms per story")


def _f1(gold: list[set[Any]], predicted: list[set[Any]]) -> float:
    tp = sum(len(g & p) for g, p in zip(gold, predicted, strict=True))
    fp = sum(len(p - g) for g, p in zip(gold, predicted, strict=True))
    fn = sum(len(g - p) for g, p in zip(gold, predicted, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def bench_eval_set(name: str = "heldout") -> None:
    """Every issue-13 figure on one half of ``enrich/data/eval/`` (report the held-out half only)."""
    import datetime as dt
    import html

    from newsdesk.enrich.clusters import item_features
    from newsdesk.enrich.datafiles import DATA_DIR
    from newsdesk.enrich.matching import group, pairwise_scores
    from newsdesk.enrich.services import enrich_item
    from newsdesk.wires.items import ParsedItem

    path = DATA_DIR / "eval" / f"{name}.jsonl"
    if not path.exists():
        print(f"eval set {name}: {path} not found")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda r: dt.datetime.fromisoformat(r["published"]))
    results = []
    started = time.perf_counter()
    for row in rows:
        body_html = "".join(f"<p>{html.escape(p.strip())}</p>" for p in row["body"].split("\n\n") if p.strip())
        item = ParsedItem(agency=row["agency"], guid=row["id"], headline=row["headline"], body_html=body_html)
        results.append(enrich_item(item, use_llm=False))
    per_item = (time.perf_counter() - started) / max(len(rows), 1)
    countries = _f1([set(r["countries"]) for r in rows], [set(e.countries) for e in results])
    place = sum(r["place"] == e.place_label for r, e in zip(rows, results, strict=True)) / len(rows)
    sector = sum(r["sector"] == e.sector_slug for r, e in zip(rows, results, strict=True)) / len(rows)
    entities_f1 = _f1(
        [{("p", n.casefold()) for n in r["people"]} | {("o", n.casefold()) for n in r["organisations"]} for r in rows],
        [{("p", n.casefold()) for n in e.people} | {("o", n.casefold()) for n in e.organisations} for e in results],
    )
    started = time.perf_counter()
    found = [
        item_features(r["headline"], r["body"], dt.datetime.fromisoformat(r["published"]), r["language"]) for r in rows
    ]
    embed_ms = (time.perf_counter() - started) / max(len(rows), 1) * 1000
    clusters = pairwise_scores([r["event"] for r in rows], group(found, dt.timedelta(hours=72)))
    events = len({r["event"] for r in rows})
    print(
        f"eval set {name} ({len(rows)} items, {events} events): cluster P {clusters['precision']:.3f} "
        f"R {clusters['recall']:.3f} (targets 0.95/0.90); country F1 {countries:.3f} (0.97); "
        f"primary place {place:.3f} (0.95); sector {sector:.3f} (0.90); people+orgs F1 {entities_f1:.3f} "
        f"(0.85); enrich {per_item * 1000:.0f} ms/item, cluster features {embed_ms:.0f} ms/item"
    )


def main() -> None:
    setup_scratch_django("enrich")
    bench_eval_set("heldout")
    bench_sectors()
    bench_entities()
    bench_clusters_labelled()
    bench_clusters_demo()
    bench_places_and_speed()


if __name__ == "__main__":
    main()
