"""Search on SQLite with an FTS5 table (``search_fts``, rowid = article id)."""

from __future__ import annotations

import datetime as dt
import difflib

from django.db import connection
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

# bm25 column weights, in table order: a word in the headline matters most.
WEIGHTS = (10.0, 5.0, 1.0, 3.0)
SNIPPET_TOKENS = 24
# Vocabulary rows read per misspelt word when looking for a suggestion.
SUGGESTION_POOL = 5000


def match_expression(words: list[str]) -> str:
    """An FTS5 query that only ever means "all of these words".

    Each word is a quoted string (``"drone" "makers"``), so nothing a reader
    types (AND, NEAR, ``*``, ``^``, column filters, quotes) reaches FTS5 as
    syntax; ``terms()`` already kept word characters only.
    """
    return " ".join(f'"{word}"' for word in words)


class SqliteBackend:
    def index(self, article: Article) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [article.pk])
            cursor.execute(
                "INSERT INTO search_fts (rowid, headline, standfirst, body, tags) VALUES (%s, %s, %s, %s, %s)",
                [
                    article.pk,
                    indexable_text(article.headline),
                    indexable_text(article.standfirst),
                    indexable_text(article.body),
                    indexable_text(article_tags(article)),
                ],
            )

    def remove(self, article_id: int) -> None:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts WHERE rowid = %s", [article_id])

    def search(self, query: str, filters: SearchFilters, offset: int, limit: int) -> SearchResults:
        words = terms(query)
        if not words:
            return SearchResults(articles=[], total=0)
        match = match_expression(words)
        # live() and the filters are compiled by the ORM, not restated here, so
        # what "live" means stays defined in one place.
        ids_sql, ids_params = eligible(filters).values("id").query.sql_with_params()
        now = timezone.now()
        with connection.cursor() as cursor:
            # The newest SEARCH_CANDIDATES matches are the only rows counted and
            # ranked, so a very common word costs no more than a rare one.
            cursor.execute(
                "SELECT a.id FROM search_fts AS f JOIN newsroom_article AS a ON a.id = f.rowid "  # noqa: S608
                f"WHERE search_fts MATCH %s AND a.id IN ({ids_sql}) "
                "ORDER BY a.published_at DESC, a.id DESC LIMIT %s",
                [match, *ids_params, SEARCH_CANDIDATES],
            )
            candidates = [pk for (pk,) in cursor.fetchall()]
            total = len(candidates)
            rows: list[tuple[int, str]] = []
            if total:
                marks = ", ".join(["%s"] * total)
                # bm25() is negative, lower is better; dividing by an age factor
                # pulls old stories towards zero, so recency breaks near-ties.
                cursor.execute(
                    "SELECT f.rowid, snippet(search_fts, -1, %s, %s, '…', %s) "  # noqa: S608
                    "FROM search_fts AS f JOIN newsroom_article AS a ON a.id = f.rowid "
                    f"WHERE search_fts MATCH %s AND f.rowid IN ({marks}) "
                    "ORDER BY bm25(search_fts, %s, %s, %s, %s) "
                    "/ (1.0 + max(julianday(%s) - julianday(a.published_at), 0) / %s), a.published_at DESC "
                    "LIMIT %s OFFSET %s",
                    [MARK_START, MARK_END, SNIPPET_TOKENS, match, *candidates, *WEIGHTS,
                     _sqlite_datetime(now), RECENCY_HALF_LIFE_DAYS, limit, offset],
                )  # fmt: skip
                rows = cursor.fetchall()
        by_id = Article.objects.for_listing().in_bulk([pk for pk, _ in rows])
        articles = []
        for pk, snippet in rows:
            if pk in by_id:
                article = by_id[pk]
                article.search_snippet = safe_snippet(snippet)  # type: ignore[attr-defined]
                articles.append(article)
        suggestion = "" if total else self.suggest(words)
        return SearchResults(articles=articles, total=total, suggestion=suggestion)

    def suggest(self, words: list[str]) -> str:
        """Closest indexed words for a query that found nothing ("did you mean").

        Only words with the same first letter are compared, which keeps the
        vocabulary read small and matches how people mistype.
        """
        corrected: list[str] = []
        changed = False
        with connection.cursor() as cursor:
            for word in words:
                cursor.execute(
                    "SELECT term FROM search_fts_vocab WHERE term >= %s AND term < %s ORDER BY doc DESC LIMIT %s",
                    [word[0], chr(ord(word[0]) + 1), SUGGESTION_POOL],
                )
                vocabulary = [term for (term,) in cursor.fetchall()]
                if word in vocabulary:
                    corrected.append(word)
                    continue
                close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
                corrected.append(close[0] if close else word)
                changed = changed or bool(close)
        return " ".join(corrected) if changed else ""


def _sqlite_datetime(value: dt.datetime) -> str:
    # Django stores aware datetimes on SQLite as naive UTC text.
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
