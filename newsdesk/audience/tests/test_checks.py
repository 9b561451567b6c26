from __future__ import annotations

from django.test import override_settings

from newsdesk.audience.checks import check_unsubscribe_links


def test_it_warns_when_unsubscribe_links_would_not_be_https() -> None:
    with override_settings(DEBUG=False, NEWSDESK_SITE_URL="http://news.example.org"):
        [warning] = check_unsubscribe_links(app_configs=None, databases=None)
    assert warning.id == "audience.W001"


def test_it_is_quiet_for_https_or_in_development() -> None:
    with override_settings(DEBUG=False, NEWSDESK_SITE_URL="https://news.example.org"):
        assert check_unsubscribe_links(app_configs=None, databases=None) == []
    with override_settings(DEBUG=True, NEWSDESK_SITE_URL="http://127.0.0.1:8000"):
        assert check_unsubscribe_links(app_configs=None, databases=None) == []
