from __future__ import annotations

import datetime as dt

import time_machine

from newsdesk.site.templatetags.newsdesk import ago, iso, reading_minutes

UTC = dt.UTC
NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def test_it_writes_datetime_attributes_to_the_second_in_the_site_zone() -> None:
    value = dt.datetime(2026, 12, 2, 4, 2, 48, 673913, tzinfo=UTC)

    assert iso(value) == "2026-12-02T09:32:48+05:30"
    assert iso(dt.date(2026, 12, 2)) == "2026-12-02"
    assert iso(None) == ""


@time_machine.travel(NOW, tick=False)
def test_it_says_how_long_ago_in_coarse_steps() -> None:
    assert ago(NOW - dt.timedelta(seconds=20)) == "just now"
    assert ago(NOW - dt.timedelta(minutes=5)) == "5 min ago"
    assert ago(NOW - dt.timedelta(hours=2, minutes=40)) == "2 h ago"
    assert ago(NOW - dt.timedelta(hours=30)) == "1 day ago"
    # Older: the site's date, in the site's zone (04:00 UTC on the 25th is the 25th in India too).
    assert ago(dt.datetime(2026, 11, 25, 4, 0, tzinfo=UTC)) == "25-11-2026"


def test_it_counts_reading_time_in_whole_minutes_of_at_least_one() -> None:
    assert reading_minutes("<p>Short.</p>") == 1
    assert reading_minutes("<p>" + "word " * 231 + "</p>") == 2
    assert reading_minutes("") == 1
