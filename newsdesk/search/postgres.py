"""Search on PostgreSQL: a stored, GIN-indexed tsvector per article (``SearchDocument``)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db.models import F, FloatField, Value
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
        matched = eligible(filters).filter(search_document__search_vector=search_query)
        # The newest SEARCH_CANDIDATES matches (GIN index, then publication order)
        # are the only rows counted and ranked, so a common word costs no more
        # than a rare one.
        candidates = list(matched.order_by("-published_at", "-id").values_list("pk", flat=True)[:SEARCH_CANDIDATES])
        total = len(candidates)
        matches = Article.objects.filter(pk__in=candidates)
        if not total:
            return SearchResults(articles=[], total=0)
        age_days = RawSQL(
            "GREATEST(EXTRACT(EPOCH FROM (%s - newsroom_article.published_at)), 0) / 86400.0",
            (timezone.now(),),
            output_field=FloatField(),
        )
        page = (
            matches.select_related("sector", "image")
            .annotate(
                score=SearchRank(F("search_document__search_vector"), search_query)
                / (1.0 + age_days / RECENCY_HALF_LIFE_DAYS),
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
            .order_by("-score", "-published_at", "-id")[offset : offset + limit]
        )
        articles = list(page)
        for article in articles:
            article.search_snippet = safe_snippet(article.snippet)  # type: ignore[attr-defined]
        return SearchResults(articles=articles, total=total)
