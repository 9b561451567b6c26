from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "newsdesk.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from newsdesk.search import signals  # noqa: F401  (connects the index to Article changes)
