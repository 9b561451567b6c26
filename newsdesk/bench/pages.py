"""Server-side render time and query count of the main pages over a 10,000-article archive.

Run with `make bench`. The numbers are medians over repeated renders with a
warm page-chrome cache, which is how a busy site serves them.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from newsdesk.bench.scratch import setup_scratch_django

ARTICLES = 10_000
REPEATS = 30


def build_archive() -> int:
    from django.utils import timezone

    from newsdesk.metrics.models import ArticleViewHour
    from newsdesk.newsroom.models import Article, Image
    from newsdesk.newsroom.tests.factories import jpeg_bytes
    from newsdesk.taxonomy.models import Edition, Sector

    rng = random.Random(7)
    sectors = list(Sector.objects.all())
    editions = list(Edition.objects.filter(is_global=False))
    image = Image.from_bytes(jpeg_bytes(), "bench.jpg", alt_text="bench", caption="bench")
    now = timezone.now()
    kinds = [Article.Kind.NEWS] * 14 + [Article.Kind.SHOT, Article.Kind.OPINION, Article.Kind.BLOG,
                                        Article.Kind.INTERVIEW]  # fmt: skip
    body = "".join(f"<p>Paragraph {n} of a generated benchmark story about regional development.</p>" for n in range(8))
    articles = []
    for n in range(ARTICLES):
        at = now - dt.timedelta(minutes=7 * n)
        articles.append(
            Article(kind=rng.choice(kinds), headline=f"Generated story {n} on regional development",
                    slug=f"generated-story-{n}", standfirst="One or two sentences of standfirst.", body=body,
                    sector=rng.choice(sectors), place_label="Global", status=Article.Status.PUBLISHED,
                    created_at=at, updated_at=at, published_at=at, image=image if n % 3 == 0 else None)
        )  # fmt: skip
    Article.objects.bulk_create(articles, batch_size=2000)
    through = Article.editions.through
    ids = list(Article.objects.values_list("id", flat=True))
    through.objects.bulk_create(
        [through(article_id=pk, edition_id=rng.choice(editions).pk) for pk in ids], batch_size=5000
    )
    hour = now.replace(minute=0, second=0, microsecond=0)
    ArticleViewHour.objects.bulk_create(
        [ArticleViewHour(article_id=pk, hour=hour - dt.timedelta(hours=rng.randint(0, 47)), views=rng.randint(1, 500))
         for pk in ids[:3000]],
        batch_size=5000, ignore_conflicts=True,
    )  # fmt: skip
    return ids[len(ids) // 2]


def measure(path: str) -> tuple[float, int, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_USER_AGENT="Mozilla/5.0 bench-reader")
    status = client.get(path).status_code  # warm caches
    timings = []
    queries = 0
    for _ in range(REPEATS):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            client.get(path)
            timings.append(time.perf_counter() - start)
        queries = len(captured)
    return statistics.median(timings) * 1000, queries, status


def main() -> None:
    setup_scratch_django("pages")
    started = time.perf_counter()
    article_id = build_archive()
    from newsdesk.newsroom.models import Article

    article = Article.objects.select_related("sector").get(pk=article_id)
    print(f"archive: {ARTICLES} articles built in {time.perf_counter() - started:.1f}s (SQLite)")
    print(f"{'page':<34} {'median ms':>10} {'queries':>8} {'status':>7}")
    for label, path in [
        ("home", "/"),
        ("home, page 50", "/?page=50"),
        ("sector", f"/sector/{article.sector.slug}/"),
        ("edition", "/edition/pacific/"),
        ("article", article.get_absolute_url()),
    ]:
        ms, queries, status = measure(path)
        print(f"{label + ' ' + path[:24]:<34} {ms:>10.1f} {queries:>8} {status:>7}")


if __name__ == "__main__":
    main()
