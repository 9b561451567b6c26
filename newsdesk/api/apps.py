from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "newsdesk.api"
    label = "api"
    verbose_name = "Read API"
