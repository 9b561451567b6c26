from django.apps import AppConfig


class WiresConfig(AppConfig):
    name = "newsdesk.wires"
    verbose_name = "Agency wires"
