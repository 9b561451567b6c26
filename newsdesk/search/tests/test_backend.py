from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article
from newsdesk.search import get_backend
from newsdesk.search.base import SearchFilters, safe_snippet, terms
from newsdesk.search.sqlite import match_expression
from newsdesk.taxonomy.models import Edition, Sector, Tag

pytestmark = pytest.mark.django_db


def found(query: str, filters: SearchFilters | None = None) -> list[str]:
    results = get_backend().search(query, filters or SearchFilters(), offset=0, limit=50)
    return [article.headline for article in results.articles]


def test_it_finds_by_headline_body_standfirst_and_tag() -> None:
    make_article(headline="Drone makers meet in Ankara", body="<p>Officials met.</p>")
    make_article(headline="Ports reopen", body="<p>Baykar showed a prototype.</p>")
    make_article(headline="Farm prices", standfirst="Cereal exporters worry about monsoon rains.")
    tagged = make_article(headline="Alliance summit opens")
    tagged.tags.add(Tag.for_name("NATO", Tag.Kind.ORGANISATION))
    make_article(headline="Unrelated story")

    assert found("drone") == ["Drone makers meet in Ankara"]
    assert found("baykar") == ["Ports reopen"]
    assert found("monsoon") == ["Farm prices"]
    assert found("nato") == ["Alliance summit opens"]
    assert found("drones") == ["Drone makers meet in Ankara"]  # stemming


def test_it_never_returns_withdrawn_draft_or_embargoed_articles() -> None:
    make_article(headline="Flood live")
    make_article(headline="Flood withdrawn").withdraw("legal")
    make_article(headline="Flood draft", status=Article.Status.DRAFT, published_at=None)
    make_article(headline="Flood embargoed", published_at=timezone.now() + dt.timedelta(hours=2))

    assert found("flood") == ["Flood live"]


def test_it_ranks_headline_matches_first_and_newer_before_older() -> None:
    now = timezone.now()
    make_article(headline="Budget talks", body="<p>The cyclone was mentioned once.</p>", published_at=now)
    make_article(headline="Old cyclone warning", published_at=now - dt.timedelta(days=10))
    make_article(headline="Cyclone hits coast", published_at=now - dt.timedelta(hours=1))

    assert found("cyclone") == ["Cyclone hits coast", "Old cyclone warning", "Budget talks"]


def test_it_filters_by_sector_edition_kind_and_date() -> None:
    health = Sector.objects.get(slug="health")
    pacific = Edition.objects.get(slug="pacific")
    now = timezone.now()
    make_article(headline="Vaccine health news", sector=health, editions=[pacific])
    make_article(headline="Vaccine opinion", kind=Article.Kind.OPINION)
    make_article(headline="Vaccine last year", published_at=now - dt.timedelta(days=365))

    assert found("vaccine", SearchFilters(sector_id=health.pk)) == ["Vaccine health news"]
    assert found("vaccine", SearchFilters(edition_id=pacific.pk)) == ["Vaccine health news"]
    assert found("vaccine", SearchFilters(kinds=(Article.Kind.OPINION,))) == ["Vaccine opinion"]
    assert found("vaccine", SearchFilters(published_to=(now - dt.timedelta(days=300)).date())) == ["Vaccine last year"]
    assert len(found("vaccine", SearchFilters(published_from=(now - dt.timedelta(days=2)).date()))) == 2


def test_it_follows_edits_and_deletes() -> None:
    article = make_article(headline="Original wording")
    article.headline = "Rewritten wording"
    article.save()

    assert found("original") == []
    assert found("rewritten") == ["Rewritten wording"]

    article.delete()
    assert found("rewritten") == []


@pytest.mark.parametrize(
    "query",
    ['" OR 1=1 --', "NEAR(a b)", "headline:x", "a* ^b", "'; DROP TABLE newsroom_article; --", "\"\"\"", "x" * 10_000,
     "AND OR NOT", "\ue000mark\ue001", "😀 ünïcode"],
)  # fmt: skip
def test_it_survives_hostile_queries(query: str) -> None:
    make_article(headline="Water plan")

    results = get_backend().search(query, SearchFilters(), offset=0, limit=20)

    assert results.total >= 0
    assert Article.objects.filter(headline="Water plan").exists()


def test_it_builds_match_expressions_of_quoted_words_only() -> None:
    assert terms('drone" OR "x* NEAR(') == ["drone", "or", "x", "near"]
    assert match_expression(["drone", "or"]) == '"drone" "or"'


def test_it_escapes_snippets_and_marks_only_highlights() -> None:
    html = safe_snippet("<b>bold</b> \ue000water\ue001 & co")

    assert html == "&lt;b&gt;bold&lt;/b&gt; <mark>water</mark> &amp; co"


def test_it_rebuilds_the_index_with_the_reindex_command() -> None:
    make_article(headline="Reindexed story")
    backend = get_backend()
    for article in Article.objects.all():
        backend.remove(article.pk)
    assert found("reindexed") == []

    call_command("reindex", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert found("reindexed") == ["Reindexed story"]


def test_it_finds_across_pages() -> None:
    for n in range(7):
        make_article(headline=f"Harvest report {n}")

    first = get_backend().search("harvest", SearchFilters(), offset=0, limit=5)
    second = get_backend().search("harvest", SearchFilters(), offset=5, limit=5)

    assert first.total == second.total == 7
    assert len(first.articles) == 5 and len(second.articles) == 2
    assert not {a.pk for a in first.articles} & {a.pk for a in second.articles}
