"""On PostgreSQL the candidate query reads a bounded set through an index, whatever the word.

``make bench`` times it over 1,000,000 stories; this test pins the plan shape with EXPLAIN.
Tables here are tiny, so the cheap ways a planner reads 30 rows (sequential scans, a
full-index read, a sort of everything) are switched off for the transaction: the
question is whether the query can use the index, which a mismatched text-search
configuration or a wrapped column would silently prevent.
"""

from __future__ import annotations

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection

from newsdesk.newsroom.tests.factories import make_article
from newsdesk.search import postgres
from newsdesk.search.base import SearchFilters

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend's plan"),
]


def plan_for(word: str, *switched_off: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchdocument")
        cursor.execute("ANALYZE newsroom_article")
        for method in ("seqscan", *switched_off):  # SET LOCAL: until the test's transaction ends
            cursor.execute(f"SET LOCAL enable_{method} = off")
    query = SearchQuery(word, search_type="websearch", config=postgres._config())
    return postgres.candidate_query(query, SearchFilters()).explain()


@pytest.fixture
def archive() -> None:
    for n in range(30):
        make_article(headline=f"Regional development story {n}" + (" zeppelin" if n % 10 == 0 else ""))


def test_it_reads_a_rare_words_matches_from_the_gin_index_and_keeps_the_newest_only(archive: None) -> None:
    # Nor index scans or nested loops: on 30 rows, probing each story's document by
    # primary key would do.
    plan = plan_for("zeppelin", "indexscan", "nestloop")

    assert "search_document_vector_gin" in plan
    assert plan.lstrip().startswith("Limit")
    assert "Index Scan Backward using article_live" not in plan


def test_it_walks_newest_first_for_a_very_common_word_and_stops_at_the_limit(
    archive: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postgres, "WALK_ABOVE_MATCHES", 0)  # every word counts as very common here

    # No sorting: on 30 rows, sorting them all would do; the walk must be possible.
    plan = plan_for("development", "sort")

    assert plan.lstrip().startswith("Limit")
    assert "Index Scan Backward using article_live" in plan


def test_it_estimates_matches_from_the_statistics_without_running_the_search(archive: None) -> None:
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchdocument")
    common = postgres.estimated_matches(SearchQuery("development", config=postgres._config()))
    rare = postgres.estimated_matches(SearchQuery("zeppelin", config=postgres._config()))

    assert common > rare >= 1
