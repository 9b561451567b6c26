from django.apps import AppConfig


class MetricsConfig(AppConfig):
    name = "newsdesk.metrics"
    verbose_name = "Readership metrics"
