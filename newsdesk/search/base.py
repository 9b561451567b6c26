"""The one interface every search backend implements, and what it returns.

Views call :func:`newsdesk.search.get_backend` and never know which database
answers. Whatever the backend, results are drawn from ``Article.objects.live()``
so a stale index can never show a withdrawn, embargoed or draft story.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Protocol

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from newsdesk.lib.sanitize import plain_text
from newsdesk.newsroom.models import Article, ArticleQuerySet

# Private-use characters mark highlights inside the database's snippet: they
# cannot come from a reader's query and are stripped from indexed text, so after
# escaping everything else they are the only thing turned into markup.
MARK_START = "\ue000"
MARK_END = "\ue001"
_MARKS = re.compile(f"[{MARK_START}{MARK_END}]")

# A reader's words, at most this many: longer queries are cut, not refused.
MAX_TERMS = 12
_WORDS = re.compile(r"\w+", re.UNICODE)

# Matches ranked per query: the newest this many, found through the full-text
# index in publication order. Ranking every match of a very common word costs a
# score and a snippet per row (seconds at a million stories); readers look at
# the newest stories for such words anyway, and the count shown is bounded too.
SEARCH_CANDIDATES = 1000

# How fast relevance fades with age: a story this many days old counts half.
RECENCY_HALF_LIFE_DAYS = 30.0


@dataclasses.dataclass(frozen=True)
class SearchFilters:
    sector_id: int | None = None
    edition_id: int | None = None  # None or the global edition: everything
    kinds: tuple[str, ...] = ()
    published_from: dt.date | None = None
    published_to: dt.date | None = None

    def apply(self, articles: ArticleQuerySet) -> ArticleQuerySet:
        if self.sector_id is not None:
            articles = articles.filter(sector_id=self.sector_id)
        if self.edition_id is not None:
            articles = articles.filter(editions=self.edition_id)
        if self.kinds:
            articles = articles.filter(kind__in=self.kinds)
        if self.published_from is not None:
            articles = articles.filter(published_at__date__gte=self.published_from)
        if self.published_to is not None:
            articles = articles.filter(published_at__date__lte=self.published_to)
        return articles


@dataclasses.dataclass
class SearchResults:
    articles: list[Article]  # each with ``search_snippet`` (SafeString) set
    total: int
    suggestion: str = ""


class SearchBackend(Protocol):
    def index(self, article: Article) -> None: ...

    def remove(self, article_id: int) -> None: ...

    def search(self, query: str, filters: SearchFilters, offset: int, limit: int) -> SearchResults: ...


def terms(query: str) -> list[str]:
    """The reader's words, lower-cased, without any operator or punctuation."""
    return [word.lower() for word in _WORDS.findall(query)][:MAX_TERMS]


def eligible(filters: SearchFilters) -> ArticleQuerySet:
    """Every article a search may return: live, then the reader's filters."""
    return filters.apply(Article.objects.live())


def safe_snippet(marked: str) -> SafeString:
    """Escape the database's snippet, then turn only our markers into <mark>."""
    html = escape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    # Balanced by construction: every start marker the database wrote has its end.
    return mark_safe(html)  # noqa: S308


def indexable_text(html: str) -> str:
    return _MARKS.sub("", plain_text(html))


def article_tags(article: Article) -> str:
    return " ".join(article.tags.values_list("name", flat=True))
