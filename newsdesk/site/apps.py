from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "newsdesk.site"
    label = "site"
    verbose_name = "Public site"

    def ready(self) -> None:
        from newsdesk.site import signals  # noqa: F401  (connects cache invalidation)
