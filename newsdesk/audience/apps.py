from django.apps import AppConfig


class AudienceConfig(AppConfig):
    name = "newsdesk.audience"
    verbose_name = "Audience: newsletter and feedback"
