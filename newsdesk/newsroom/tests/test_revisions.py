from __future__ import annotations

import pytest
import time_machine
from django.urls import reverse

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article, Revision
from newsdesk.newsroom.tests.factories import make_article, make_user, make_wire_item

pytestmark = pytest.mark.django_db


def _draft() -> Article:
    item = make_wire_item()
    from newsdesk.taxonomy.models import Sector

    return services.create_article_from_items([item], by=None, sector=Sector.objects.get(slug="wash"))


def test_it_stores_every_save_as_a_numbered_revision_with_a_diff():
    article = _draft()
    reporter = make_user("Reporter")

    revision = services.save_revision(
        article, by=reporter, changes={"headline": "Water returns to the town"}, seen_version=1
    )

    assert revision.number == 2
    assert article.version == 2
    assert revision.by == reporter
    assert revision.snapshot["headline"] == "Water returns to the town"
    assert "-headline: Floods cut water supply" in revision.diff
    assert "+headline: Water returns to the town" in revision.diff
    assert "\n-body" not in revision.diff and "\n+body" not in revision.diff  # unchanged: context only


def test_it_marks_machine_written_revisions():
    article = _draft()

    revision = services.save_revision(
        article, by=None, changes={"standfirst": "A summary."}, seen_version=1, machine_written=True, method="summary"
    )

    assert revision.machine_written and revision.method == "summary"


def test_it_sanitises_what_a_revision_saves():
    article = _draft()

    services.save_revision(article, by=None, changes={"body": "<p>ok</p><script>x()</script>"}, seen_version=1)

    assert "script" not in article.body


def test_it_raises_a_conflict_when_two_editors_save_the_same_version():
    article = _draft()
    services.save_revision(article, by=None, changes={"headline": "First editor"}, seen_version=1)

    with pytest.raises(services.EditConflict):
        services.save_revision(article, by=None, changes={"headline": "Second editor"}, seen_version=1)

    article.refresh_from_db()
    assert article.headline == "First editor"
    assert Revision.objects.filter(article=article).count() == 2


def test_it_bumps_updated_only_for_a_substantive_change():
    with time_machine.travel("2026-03-01 09:00Z", tick=False):
        article = _draft()
    with time_machine.travel("2026-03-01 12:00Z", tick=False):
        services.save_revision(article, by=None, changes={"slug": "tidy"}, seen_version=1)
        assert article.updated_at.hour == 9
        services.save_revision(
            article, by=None, changes={"body": "<p>New facts.</p>"}, seen_version=2, substantive=True
        )
    assert article.updated_at.hour == 12
    assert article.created_at.hour == 9


def _form(article: Article, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "kind": article.kind,
        "headline": article.headline,
        "slug": article.slug,
        "standfirst": article.standfirst,
        "body": article.body,
        "sector": article.sector_id,
        "place_label": article.place_label,
        "agency_attribution": article.agency_attribution,
        "seen_version": article.version,
        "corrections-TOTAL_FORMS": 0,
        "corrections-INITIAL_FORMS": 0,
        "revisions-TOTAL_FORMS": 0,
        "revisions-INITIAL_FORMS": 0,
        "transitions-TOTAL_FORMS": 0,
        "transitions-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


def test_it_saves_a_revision_from_the_admin_and_shows_its_diff(client):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Editor"))
    url = reverse("admin:newsroom_article_change", args=[article.pk])

    response = client.post(url, _form(article, headline="Edited in the admin"))

    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.version == 2
    assert article.revisions.get(number=2).diff
    assert "+headline: Edited in the admin" in client.get(url).content.decode()


def test_it_shows_a_conflict_in_the_admin_instead_of_overwriting(client):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Editor"))
    url = reverse("admin:newsroom_article_change", args=[article.pk])
    stale = _form(article, headline="Second editor")
    assert client.post(url, _form(article, headline="First editor")).status_code == 302

    response = client.post(url, stale)

    assert response.status_code == 200
    assert "Someone else saved this article" in response.content.decode()
    article.refresh_from_db()
    assert article.headline == "First editor"
