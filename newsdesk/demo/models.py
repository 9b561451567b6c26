from __future__ import annotations

from django.db import models

from newsdesk.newsroom.models import Article


class DemoRecord(models.Model):
    """Which demo story became which article, so loading the demo twice adds nothing twice."""

    key = models.CharField(max_length=80, unique=True)
    article = models.ForeignKey(Article, null=True, on_delete=models.CASCADE, related_name="+")
    loaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
