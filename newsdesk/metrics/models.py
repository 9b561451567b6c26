from __future__ import annotations

from django.db import models

from newsdesk.newsroom.models import Article


class ArticleViewHour(models.Model):
    """Page views of one article in one clock hour (UTC): the source of Trending.

    Hourly buckets keep the table small (one row per article-hour, not per view)
    while letting Trending use any recent window.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="view_hours")
    hour = models.DateTimeField(help_text="Start of the hour, UTC.")
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "hour"], name="view_hour_unique")]
        indexes = [models.Index(fields=["hour"], name="view_hour_hour")]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}:00 = {self.views}"
