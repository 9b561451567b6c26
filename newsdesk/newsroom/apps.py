from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsdesk.newsroom"
    verbose_name = "Newsroom"

    def ready(self) -> None:
        from newsdesk.newsroom import receivers
        from newsdesk.wires.signals import wire_item_released, wire_item_withdrawn

        # dispatch_uid: connected once however often ready() runs (tests, autoreload).
        wire_item_withdrawn.connect(receivers.on_wire_item_withdrawn, dispatch_uid="newsroom.kill_takedown")
        wire_item_released.connect(receivers.on_wire_item_released, dispatch_uid="newsroom.desk_policy_release")
