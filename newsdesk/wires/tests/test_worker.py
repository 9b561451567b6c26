from __future__ import annotations

from django.core.management import call_command
from huey.contrib.djhuey import HUEY


def test_it_runs_the_huey_consumer_with_the_project_settings(monkeypatch):
    seen: dict = {}

    class Consumer:
        def run(self) -> None:
            seen["ran"] = True

    def create_consumer(**options):
        seen.update(options)
        return Consumer()

    monkeypatch.setattr(HUEY, "create_consumer", create_consumer)

    call_command("worker", "--workers", "3")

    assert seen["ran"] is True
    assert seen["workers"] == 3
    assert seen["periodic"] is True  # from settings.HUEY["consumer"]
    registered = {name.rsplit(".", 1)[-1] for name in HUEY._registry._registry}
    assert {"poll_due_sources", "poll_one_source", "release_embargoes", "prune_fetch_logs"} <= registered
