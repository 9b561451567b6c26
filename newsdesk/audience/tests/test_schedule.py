"""send_due_digests: which editions are due at which local time, and the task that calls it."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
import time_machine

from newsdesk.audience.models import DigestRun
from newsdesk.audience.services import period_key, send_due_digests
from newsdesk.audience.tasks import send_due_digests_task

pytestmark = pytest.mark.django_db
IST = zoneinfo.ZoneInfo("Asia/Kolkata")


def runs_at(local: dt.datetime) -> set[tuple[str, str]]:
    with time_machine.travel(local, tick=False):
        send_due_digests()
    return set(DigestRun.objects.values_list("frequency", "period"))


def test_it_runs_nothing_before_the_hour_on_a_monday() -> None:
    assert runs_at(dt.datetime(2025, 8, 18, 6, 59, tzinfo=IST)) == set()


def test_it_runs_the_daily_and_the_weekly_edition_from_seven_on_monday_local_time() -> None:
    assert runs_at(dt.datetime(2025, 8, 18, 7, 0, tzinfo=IST)) == {("daily", "2025-08-18"), ("weekly", "2025-W34")}


def test_it_catches_up_a_missed_weekly_edition_later_in_the_week() -> None:
    assert runs_at(dt.datetime(2025, 8, 20, 3, 0, tzinfo=IST)) == {("weekly", "2025-W34")}


def test_the_hour_is_a_setting(settings: object) -> None:
    settings.NEWSDESK_DIGEST_HOUR = 18  # type: ignore[attr-defined]

    assert runs_at(dt.datetime(2025, 8, 19, 17, 59, tzinfo=IST)) == {("weekly", "2025-W34")}
    assert ("daily", "2025-08-19") in runs_at(dt.datetime(2025, 8, 19, 18, 0, tzinfo=IST))


def test_periods_follow_the_site_zone_not_utc() -> None:
    # 20:00 UTC on the 18th is already the 19th in Kolkata.
    late = dt.datetime(2025, 8, 18, 20, 0, tzinfo=dt.UTC)

    assert period_key("daily", late) == "2025-08-19"
    assert period_key("weekly", dt.datetime(2025, 8, 17, 20, 0, tzinfo=dt.UTC)) == "2025-W34"


def test_the_periodic_task_ticks_every_quarter_hour_and_sends_due_digests() -> None:
    task = send_due_digests_task.task_class()
    assert [m for m in range(60) if task.validate_datetime(dt.datetime(2025, 8, 19, 1, m))] == [0, 15, 30, 45]

    with time_machine.travel(dt.datetime(2025, 8, 19, 8, 0, tzinfo=IST), tick=False):
        send_due_digests_task.call_local()

    assert DigestRun.objects.filter(frequency="daily", period="2025-08-19").exists()
