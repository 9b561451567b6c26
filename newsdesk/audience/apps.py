from django.apps import AppConfig


class AudienceConfig(AppConfig):
    name = "newsdesk.audience"
    verbose_name = "Audience: newsletter and feedback"

    def ready(self) -> None:
        from newsdesk.audience import checks  # noqa: F401  (registers the system checks)
