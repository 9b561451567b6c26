"""Issue 10 point 4: the public pages and search over a large archive, uncached.

``python -m newsdesk.bench.archive`` (part of ``make bench``) measures, each size in its
own process and database:

- SQLite with 1,000 and 100,000 articles (files cached under ``var/bench/``);
- PostgreSQL with 1,000 and 1,000,000 articles, in databases of their own
  (``newsdesk_bench_<n>``, never the test database). The 1,000,000 archive is built
  once, on request (``BENCH_BUILD=1 make bench``; one ``INSERT … SELECT generate_series``
  per table without per-row foreign-key triggers, the GIN index made after the rows:
  17 minutes measured on this shared, heavily loaded 2-core machine), then reused while
  its marker row says it is complete; ``BENCH_REBUILD=1`` builds every size again,
  ``BENCH_SIZES=1000,100000`` picks sizes.

Articles are generated in SQL, so the generator costs the same whatever the ORM does.
Words are planted at known frequencies for search: "development" in every story
(very common), "harvest" in one in a hundred (medium), "zeppelin" in one in 100,000 (rare).
Renders are medians with a warm page-chrome cache (navigation, side columns): that is
what a page costs when the front cache misses. "db ms" is the median time spent in
queries, which is what grows with the archive; the rest is Python rendering the page,
and on a shared machine both move with its load.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PG_SERVER = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
DEFAULT_RUNS = [("sqlite", 1_000), ("sqlite", 100_000), ("postgres", 1_000), ("postgres", 1_000_000)]
REPEATS = 15
SEARCH_REPEATS = 40
BUILD_ON_REQUEST_FROM = 1_000_000  # archives this big are built only with BENCH_BUILD=1, then reused
TAGS = 50  # tag i is on every article with n % TAGS == i; tag "rare-topic" on one in 10,000
MARKER = "bench-archive-complete"
SEARCH_WORDS = [("rare", "zeppelin"), ("medium", "harvest"), ("very common", "development")]


def _postgres_archive_exists(size: int) -> bool:
    import psycopg

    try:
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=2) as admin:
            found = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database_name(size)]).fetchone()
    except psycopg.OperationalError:
        return False
    return found is not None


def database_name(size: int) -> str:
    return f"newsdesk_bench_{size}"


def sqlite_path(size: int) -> Path:
    return Path(__file__).resolve().parents[2] / "var" / "bench" / f"archive-{size}.sqlite3"


# --- generation -------------------------------------------------------------------------


def _series(vendor: str, size: int) -> str:
    """A table ``g(n)`` of 1..size."""
    if vendor == "postgresql":
        return f"generate_series(1, {size}) AS g(n)"
    return f"(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {size}) SELECT n FROM s) AS g"  # noqa: S608


def _minutes_ago(vendor: str, expr: str) -> str:
    if vendor == "postgresql":
        return f"(now() - ({expr}) * interval '1 minute')"
    return f"strftime('%Y-%m-%d %H:%M:%f', 'now', '-' || ({expr}) || ' minutes')"


def generate(size: int) -> None:
    """Fill a migrated, empty database with ``size`` live articles, their editions, tags and search index."""
    from django.db import connection, transaction

    started = time.perf_counter()
    with transaction.atomic():  # all or nothing: a half-built archive is never measured
        _generate(size)
    if connection.vendor == "postgresql":
        # What autovacuum does to a table at rest: the visibility map lets bounded
        # counts over link tables run as index-only scans.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    print(f"  generated {size:,} articles in {time.perf_counter() - started:.0f}s", flush=True)


def _generate(size: int) -> None:
    from django.db import connection

    from newsdesk.newsroom.models import Article
    from newsdesk.taxonomy.models import Edition, Sector, Tag

    vendor = connection.vendor
    q = connection.ops.quote_name
    sectors = list(Sector.objects.order_by("pk").values_list("pk", flat=True))
    editions = list(Edition.objects.filter(is_global=False).order_by("pk").values_list("pk", flat=True))
    Tag.objects.bulk_create([Tag(name=f"Topic {i}", slug=f"topic-{i}") for i in range(TAGS)])
    Tag.objects.create(name="Rare topic", slug="rare-topic")
    tags = list(Tag.objects.order_by("pk").values_list("pk", flat=True))
    kinds = ["news"] * 14 + ["shot", "opinion", "blog", "interview"]
    when = _minutes_ago(vendor, "g.n * 3")  # one story every three minutes: 1M reach back ~6 years
    word = (
        "CASE WHEN g.n % 100000 = 0 THEN ' zeppelin' ELSE '' END || CASE WHEN g.n % 100 = 0 THEN ' harvest' ELSE '' END"
    )
    expressions: dict[str, str] = {
        "kind": f"CASE g.n % {len(kinds)} " + " ".join(f"WHEN {i} THEN '{k}'" for i, k in enumerate(kinds)) + " END",
        "headline": f"'Generated story ' || g.n || ' on regional development' || {word}",
        "slug": "'generated-story-' || g.n",
        "standfirst": f"'One or two sentences of standfirst for story ' || g.n || '.' || {word}",
        "body": "'<p>A generated benchmark story about regional development, number ' || g.n || "
        "'.</p><p>Its second paragraph talks about budgets, roads and schools.</p>'",
        "sector_id": f"CASE g.n % {len(sectors)} "
        + " ".join(f"WHEN {i} THEN {pk}" for i, pk in enumerate(sectors))
        + " END",
        "status": "'published'",
        "created_at": when,
        "updated_at": when,
        "published_at": when,
    }
    columns: list[str] = []
    values: list[str] = []
    params: list[Any] = []
    for field in Article._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(q(field.column))
        if field.column in expressions:
            # This statement has parameters, so a literal % (modulo, strftime) is doubled.
            values.append(expressions[field.column].replace("%", "%%"))
        else:
            default = field.get_default()
            values.append("%s")
            params.append(None if default is None else field.get_db_prep_save(default, connection))
    article_table = q(Article._meta.db_table)
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            # Rows are consistent by construction: skip the per-row foreign-key triggers,
            # which would otherwise queue millions of deferred checks (superuser only).
            cursor.execute("SET LOCAL session_replication_role = replica")
        # Article ids follow g.n (empty table, one statement), so links below are arithmetic.
        cursor.execute(
            f"INSERT INTO {article_table} ({', '.join(columns)}) "  # noqa: S608 (generated, no input)
            f"SELECT {', '.join(values)} FROM {_series(vendor, size)} ORDER BY g.n",
            params,
        )
        low = Article.objects.order_by("pk").values_list("pk", flat=True).first() or 1
        offset = low - 1
        edition_case = f"CASE a.id % {len(editions)} " + " ".join(
            f"WHEN {i} THEN {pk}" for i, pk in enumerate(editions)
        )
        cursor.execute(
            f"INSERT INTO {q(Article.editions.through._meta.db_table)} (article_id, edition_id) "  # noqa: S608
            f"SELECT a.id, {edition_case} END FROM {article_table} AS a"
        )
        rare_tag = tags[-1]
        tag_case = f"CASE (a.id - {offset}) % {TAGS} " + " ".join(
            f"WHEN {i} THEN {pk}" for i, pk in enumerate(tags[:TAGS])
        )
        cursor.execute(
            f"INSERT INTO {q(Article.tags.through._meta.db_table)} (article_id, tag_id) "  # noqa: S608
            f"SELECT a.id, {tag_case} END FROM {article_table} AS a "
            f"UNION ALL SELECT a.id, {rare_tag} FROM {article_table} AS a WHERE (a.id - {offset}) % 10000 = 0"
        )
        _index_for_search(cursor, vendor, article_table)


def _index_for_search(cursor: Any, vendor: str, article_table: str) -> None:
    if vendor == "postgresql":
        # The GIN index is built once after the rows: far faster than updated row by row.
        cursor.execute("DROP INDEX IF EXISTS search_document_vector_gin")
        cursor.execute(
            "INSERT INTO search_searchdocument (article_id, search_vector, text) "  # noqa: S608
            "SELECT id, setweight(to_tsvector('english', headline), 'A') "
            "|| setweight(to_tsvector('english', standfirst), 'B') "
            "|| setweight(to_tsvector('english', body), 'D'), standfirst || ' ' || body "
            f"FROM {article_table}"
        )
        cursor.execute("CREATE INDEX search_document_vector_gin ON search_searchdocument USING gin (search_vector)")
        cursor.execute("ANALYZE")
    else:
        cursor.execute(
            "INSERT INTO search_fts (rowid, headline, standfirst, body, tags) "  # noqa: S608
            f"SELECT id, headline, standfirst, body, '' FROM {article_table}"
        )
        cursor.execute("ANALYZE")


# --- one size, in its own process --------------------------------------------------------


def _setup_django(vendor: str, size: int) -> bool:
    """Point Django at this size's database; True when it must be generated."""
    rebuild = os.environ.get("BENCH_REBUILD") == "1"
    if vendor == "postgres":
        import psycopg

        name = database_name(size)
        with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if exists and rebuild:
                admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
                exists = None
            if not exists:
                admin.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = f"{PG_SERVER}/{name}"
    else:
        path = sqlite_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if rebuild:
            path.unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    from newsdesk.bench.scratch import setup_scratch_django

    os.environ.pop("REDIS_URL", None)  # page-chrome cache in process memory: measure the database, not Redis
    # The side columns stay cached through the run: a rebuild mid-run is the chrome's cost, not the page's.
    os.environ["NEWSDESK_SIDEBAR_CACHE_SECONDS"] = "3600"
    setup_scratch_django(f"archive-{size}")
    from newsdesk.site.models import StaticPage

    if StaticPage.objects.filter(slug=MARKER).exists():
        return False
    from newsdesk.newsroom.models import Article

    if Article.objects.exists():
        raise SystemExit(f"{os.environ['DATABASE_URL']}: an unfinished archive; run again with BENCH_REBUILD=1")
    return True


def _mark_complete() -> None:
    from newsdesk.site.models import StaticPage

    StaticPage.objects.create(slug=MARKER, title="Benchmark archive complete", in_footer=False)


def measure(path: str, repeats: int = REPEATS) -> tuple[list[float], list[float], int, int]:
    """Wall-clock and database milliseconds of each render, the query count and the status."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_USER_AGENT="Mozilla/5.0 bench-reader")
    status = client.get(path).status_code  # warm the chrome cache
    timings: list[float] = []
    database: list[float] = []
    queries = 0
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        database.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
        queries = len(captured)
    return timings, database, queries, status


def _pages() -> list[tuple[str, str]]:
    from newsdesk.newsroom.models import Article

    ids = Article.objects.order_by("pk").values_list("pk", flat=True)
    article = Article.objects.select_related("sector").get(pk=((ids.first() or 0) + (ids.last() or 0)) // 2)
    month = article.published_at.strftime("%Y-%m") if article.published_at else "2025-01"
    return [
        ("home", "/"),
        ("home, page 2", "/?page=2"),
        ("sector", f"/sector/{article.sector.slug}/"),
        ("edition", "/edition/pacific/"),
        ("tag (1 in 50)", "/tag/topic-7/"),
        ("tag (1 in 10,000)", "/tag/rare-topic/"),
        ("kind (opinion)", "/opinion/"),
        ("article", article.get_absolute_url()),
        ("feed latest", "/feeds/latest.rss"),
        ("feed tag", "/feeds/tag/topic-7.rss"),
        ("sitemap index", "/sitemap.xml"),
        ("sitemap month", f"/sitemap-news-{month}.xml"),
    ]


def run_one(vendor: str, size: int) -> None:
    must_generate = _setup_django(vendor, size)
    if must_generate:
        generate(size)
        _mark_complete()
    label = "PostgreSQL" if vendor == "postgres" else "SQLite"
    print(f"\n{label}, {size:,} articles{' (generated)' if must_generate else ' (reused)'}", flush=True)
    print(f"  {'page':<22} {'median ms':>10} {'p95 ms':>8} {'db ms':>7} {'queries':>8} {'status':>7}")
    searches = [(f"search {name}", f"/search/?q={word}", SEARCH_REPEATS) for name, word in SEARCH_WORDS]
    for name, path, repeats in [(name, path, REPEATS) for name, path in _pages()] + searches:
        timings, database, queries, status = measure(path, repeats)
        p95 = statistics.quantiles(timings, n=20)[-1]
        print(
            f"  {name:<22} {statistics.median(timings):>10.1f} {p95:>8.1f} {statistics.median(database):>7.1f}"
            f" {queries:>8} {status:>7}",
            flush=True,
        )


def main() -> int:
    if len(sys.argv) == 3:
        run_one(sys.argv[1], int(sys.argv[2]))
        return 0
    wanted = {int(s) for s in os.environ.get("BENCH_SIZES", "").split(",") if s.strip()}
    failed = 0
    for vendor, size in DEFAULT_RUNS:
        if wanted and size not in wanted:
            continue
        if vendor == "postgres" and size >= BUILD_ON_REQUEST_FROM and not _postgres_archive_exists(size):
            # About two minutes on an idle 2-core machine (much longer on a busy one): built once, on request.
            print(f"\nPostgreSQL, {size:,} articles: not built yet; run `BENCH_BUILD=1 make bench` once")
            if os.environ.get("BENCH_BUILD") != "1":
                continue
        failed += subprocess.call([sys.executable, "-m", "newsdesk.bench.archive", vendor, str(size)]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
