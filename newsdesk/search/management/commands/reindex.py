from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from newsdesk.newsroom.models import Article
from newsdesk.search import get_backend

BATCH = 500


class Command(BaseCommand):
    help = "Rebuild the search index from every article (after a restore, a fixture load or an index failure)."

    def handle(self, *args: Any, **options: Any) -> None:
        backend = get_backend()
        count = 0
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH):
            # One transaction per batch: a long rebuild does not hold the write lock for minutes.
            with transaction.atomic():
                for article in Article.objects.filter(pk__in=ids[start : start + BATCH]).prefetch_related("tags"):
                    backend.index(article)
                    count += 1
        self.stdout.write(f"Indexed {count} article(s).")
