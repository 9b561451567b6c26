from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "newsdesk.taxonomy"
    verbose_name = "Sectors, editions, places and tags"
