"""Search on PostgreSQL: a stored, GIN-indexed tsvector per article (``SearchDocument``)."""

from __future__ import annotations

import datetime as dt
import json

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import DurationField, F, FloatField, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.utils import timezone

from newsdesk.newsroom.models import Article
from newsdesk.search.base import (
    MARK_END,
    MARK_START,
    RECENCY_HALF_LIFE_DAYS,
    SEARCH_CANDIDATES,
    SearchFilters,
    SearchResults,
    article_tags,
    eligible,
    indexable_text,
    safe_snippet,
    terms,
)
from newsdesk.search.models import SearchDocument


def _config() -> str:
    return str(getattr(settings, "NEWSDESK_SEARCH_CONFIG", "english"))


# Above this many estimated matches, walking the archive newest first finds the newest
# SEARCH_CANDIDATES sooner than fetching every match from the GIN index and sorting them.
WALK_ABOVE_MATCHES = 50_000


def estimated_matches(search_query: SearchQuery) -> int:
    """The planner's row estimate for a query's matches: planning only, from the lexeme statistics ANALYZE keeps."""
    plan = SearchDocument.objects.filter(search_vector=search_query).explain(format="json")
    return int(json.loads(plan)[0]["Plan"]["Plan Rows"])


def candidate_query(search_query: SearchQuery, filters: SearchFilters) -> QuerySet[Article, int]:
    """The ids of the newest SEARCH_CANDIDATES matches: the only rows counted and ranked.

    The planner costs both ways of finding them alike, and for a word in about one
    story in a hundred picks the slow one (walking 100,000 stories newest first,
    probing each one's document). So we choose from its own match estimate: a rare
    or medium word reads its matches from the GIN index and sorts them (ordering by
    an expression no index provides rules out the walk); a very common word walks
    the publication-time index and stops after SEARCH_CANDIDATES.
    """
    matched = eligible(filters).filter(search_document__search_vector=search_query)
    if estimated_matches(search_query) > WALK_ABOVE_MATCHES:
        ordered = matched.order_by("-published_at", "-id")
    else:
        ordered = matched.order_by(
            (F("published_at") + Value(dt.timedelta(0), output_field=DurationField())).desc(), "-id"
        )
    return ordered.values_list("pk", flat=True)[:SEARCH_CANDIDATES]


class PostgresBackend:
    def index(self, article: Article) -> None:
        config = _config()
        headline = indexable_text(article.headline)
        standfirst = indexable_text(article.standfirst)
        body = indexable_text(article.body)
        # Weights A-D are what SearchRank multiplies: headline over standfirst
        # over tags over body.
        vector = (
            SearchVector(Value(headline), weight="A", config=config)
            + SearchVector(Value(standfirst), weight="B", config=config)
            + SearchVector(Value(indexable_text(article_tags(article))), weight="C", config=config)
            + SearchVector(Value(body), weight="D", config=config)
        )
        SearchDocument.objects.update_or_create(
            article_id=article.pk, defaults={"search_vector": vector, "text": f"{standfirst} {body}".strip()}
        )

    def remove(self, article_id: int) -> None:
        SearchDocument.objects.filter(article_id=article_id).delete()

    def search(self, query: str, filters: SearchFilters, offset: int, limit: int) -> SearchResults:
        words = terms(query)
        if not words:
            return SearchResults(articles=[], total=0)
        # websearch_to_tsquery never raises on malformed input; feeding it only
        # the extracted words also drops its own operators ("-", "or", quotes).
        search_query = SearchQuery(" ".join(words), search_type="websearch", config=_config())
        candidates = list(candidate_query(search_query, filters))
        total = len(candidates)
        matches = Article.objects.filter(pk__in=candidates)
        if not total:
            return SearchResults(articles=[], total=0)
        age_days = RawSQL(
            "GREATEST(EXTRACT(EPOCH FROM (%s - newsroom_article.published_at)), 0) / 86400.0",
            (timezone.now(),),
            output_field=FloatField(),
        )
        # Ranked first with the score alone: a snippet (ts_headline re-parses the text)
        # is cut only for the page's rows, not for every candidate the sort reads.
        ranked = list(
            matches.annotate(
                score=SearchRank(F("search_document__search_vector"), search_query)
                / (1.0 + age_days / RECENCY_HALF_LIFE_DAYS)
            )
            .order_by("-score", "-published_at", "-id")
            .values_list("pk", flat=True)[offset : offset + limit]
        )
        by_id = (
            Article.objects.select_related("sector", "image")
            .annotate(
                snippet=SearchHeadline(
                    F("search_document__text"),
                    search_query,
                    config=_config(),
                    start_sel=MARK_START,
                    stop_sel=MARK_END,
                    max_words=35,
                    min_words=15,
                    fragment_delimiter=" … ",
                    max_fragments=2,
                ),
            )
            .in_bulk(ranked)
        )
        articles = [by_id[pk] for pk in ranked if pk in by_id]
        for article in articles:
            article.search_snippet = safe_snippet(article.snippet)  # type: ignore[attr-defined]
        return SearchResults(articles=articles, total=total)
