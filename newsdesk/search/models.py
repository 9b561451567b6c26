from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from newsdesk.newsroom.models import Article


class SearchDocument(models.Model):
    """PostgreSQL's copy of an article as the search engine sees it.

    Kept apart from Article so the newsroom owns its model and search owns its
    index. On SQLite this table stays empty: the FTS5 table ``search_fts``
    (created by migration 0001 only there) plays its part. The GIN index on
    ``search_vector`` is made by the same migration, only on PostgreSQL, which
    is why it is not declared in ``Meta.indexes``.
    """

    article = models.OneToOneField(Article, on_delete=models.CASCADE, primary_key=True, related_name="search_document")
    search_vector = SearchVectorField(null=True)
    # Plain text of standfirst and body: what ts_headline cuts snippets from.
    text = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"search document for article {self.article_id}"
