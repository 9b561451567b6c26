from __future__ import annotations

from django.apps import AppConfig


class EnrichConfig(AppConfig):
    name = "newsdesk.enrich"
    verbose_name = "Wire enrichment"
