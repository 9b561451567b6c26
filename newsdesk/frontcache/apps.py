from django.apps import AppConfig


class FrontcacheConfig(AppConfig):
    name = "newsdesk.frontcache"
    label = "frontcache"
    verbose_name = "Front cache"

    def ready(self) -> None:
        from newsdesk.frontcache import signals  # noqa: F401  (connects purges by key)
