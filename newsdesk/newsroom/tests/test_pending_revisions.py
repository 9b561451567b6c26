"""Roles hold on live copy: an edit by someone who may not publish waits for an editor; the page keeps its text."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article, ArticleTransition, PendingRevision
from newsdesk.newsroom.tests.factories import make_article, make_image, make_user
from newsdesk.newsroom.tests.test_revisions import _form
from newsdesk.taxonomy.models import Sector

pytestmark = pytest.mark.django_db

NEW_TEXT = {"headline": "Ministers drop the water plan", "standfirst": "A rewritten standfirst."}


def public_page(client: Client, article: Article) -> str:
    return client.get(article.get_absolute_url()).content.decode()


def test_it_holds_a_reporters_edit_to_a_live_story_and_keeps_the_page(client: Client) -> None:
    reporter = make_user("Reporter")
    article = make_article(headline="Ministers agree the water plan")

    held = services.edit_article(article, by=reporter, changes=NEW_TEXT, seen_version=article.version)

    assert isinstance(held, PendingRevision) and held.state == PendingRevision.State.PENDING
    article.refresh_from_db()
    assert article.headline == "Ministers agree the water plan" and article.version == 1
    assert article.revisions.count() == 0
    page = public_page(client, article)
    assert "Ministers agree the water plan" in page and "drop the water plan" not in page
    assert "+headline: Ministers drop the water plan" in held.diff


@pytest.mark.parametrize("field", ["body", "image", "sector", "tags", "kind", "place_label", "slug"])
def test_it_holds_every_public_field_a_reporter_changes_on_live_copy(field: str) -> None:
    reporter = make_user("Reporter")
    article = make_article()
    value: object = {
        "body": "<p>Rewritten.</p>",
        "image": make_image(),
        "sector": Sector.objects.exclude(pk=article.sector_id).first(),
        "tags": [],
        "kind": Article.Kind.OPINION,
        "place_label": "Nepal",
        "slug": "another-slug",
    }[field]
    if field == "tags":
        article.tags.create(name="Rivers", slug="rivers")

    held = services.edit_article(article, by=reporter, changes={field: value}, seen_version=1)

    assert isinstance(held, PendingRevision) and list(held.changes) == [field]
    assert Article.objects.get(pk=article.pk).version == 1


def test_it_holds_a_reporters_edit_to_a_scheduled_story() -> None:
    article = make_article(status=Article.Status.SCHEDULED, published_at=None)
    article.scheduled_for = timezone.now() + dt.timedelta(hours=2)

    held = services.edit_article(article, by=make_user("Reporter"), changes=NEW_TEXT, seen_version=1)

    assert isinstance(held, PendingRevision)


def test_it_refuses_a_direct_save_of_live_copy_by_a_reporter() -> None:
    article = make_article()

    with pytest.raises(PermissionDenied):
        services.save_revision(article, by=make_user("Reporter"), changes=NEW_TEXT, seen_version=1)

    assert Article.objects.get(pk=article.pk).headline == article.headline


def test_it_applies_a_reporters_edit_to_a_draft_at_once() -> None:
    article = make_article(status=Article.Status.DRAFT, published_at=None)

    revision = services.edit_article(article, by=make_user("Reporter"), changes=NEW_TEXT, seen_version=1)

    assert not isinstance(revision, PendingRevision)
    assert Article.objects.get(pk=article.pk).headline == NEW_TEXT["headline"]


@pytest.mark.parametrize("role", ["Editor", "Desk admin"])
def test_it_applies_an_edit_to_live_copy_at_once_for_those_who_may_publish(client: Client, role: str) -> None:
    article = make_article()

    revision = services.edit_article(article, by=make_user(role), changes=NEW_TEXT, seen_version=1)

    assert not isinstance(revision, PendingRevision)
    assert NEW_TEXT["headline"] in public_page(client, article)
    assert not PendingRevision.objects.exists()


@pytest.mark.parametrize("role", ["Editor", "Desk admin"])
def test_it_puts_an_approved_edit_live_as_the_reporters_revision_with_an_audit_row(client: Client, role: str) -> None:
    reporter, approver = make_user("Reporter", username="rita"), make_user(role, username="ed")
    article = make_article()
    held = services.propose_revision(article, by=reporter, changes=NEW_TEXT, seen_version=1)

    revision = services.approve_revision(held, by=approver)

    assert revision is not None and revision.by == reporter and revision.method == "approved by ed"
    assert NEW_TEXT["headline"] in public_page(client, article)
    held.refresh_from_db()
    assert (held.state, held.decided_by, held.revision) == (PendingRevision.State.APPROVED, approver, revision)
    audit = ArticleTransition.objects.get(article=article)
    assert audit.by == approver and audit.note == f"edit {held.pk} by rita approved"


def test_it_does_not_let_a_reporter_approve_or_reject() -> None:
    reporter = make_user("Reporter")
    article = make_article()
    held = services.propose_revision(article, by=reporter, changes=NEW_TEXT, seen_version=1)

    with pytest.raises(PermissionDenied):
        services.approve_revision(held, by=reporter)
    with pytest.raises(PermissionDenied):
        services.reject_revision(held, by=reporter)

    held.refresh_from_db()
    assert held.state == PendingRevision.State.PENDING


def test_it_applies_an_edit_approved_twice_once() -> None:
    article = make_article()
    held = services.propose_revision(article, by=make_user("Reporter"), changes=NEW_TEXT, seen_version=1)
    stale_copy = PendingRevision.objects.get(pk=held.pk)  # a second editor's page, opened before the first click

    assert services.approve_revision(held, by=make_user("Editor")) is not None
    assert services.approve_revision(stale_copy, by=make_user("Editor")) is None

    assert article.revisions.count() == 1 and ArticleTransition.objects.count() == 1


def test_it_refuses_to_approve_an_edit_whose_fields_changed_since() -> None:
    article = make_article()
    held = services.propose_revision(article, by=make_user("Reporter"), changes=NEW_TEXT, seen_version=1)
    services.save_revision(article, by=make_user("Editor"), changes={"headline": "Editor's headline"}, seen_version=1)

    with pytest.raises(ValidationError, match="headline"):
        services.approve_revision(held, by=make_user("Editor"))

    held.refresh_from_db()
    assert held.state == PendingRevision.State.PENDING and not ArticleTransition.objects.exists()
    assert Article.objects.get(pk=article.pk).headline == "Editor's headline"


def test_it_keeps_the_page_when_an_edit_is_rejected(client: Client) -> None:
    article = make_article(headline="Ministers agree the water plan")
    held = services.propose_revision(article, by=make_user("Reporter"), changes=NEW_TEXT, seen_version=1)

    assert services.reject_revision(held, by=make_user("Editor"))

    assert "Ministers agree the water plan" in public_page(client, article)
    held.refresh_from_db()
    assert held.state == PendingRevision.State.REJECTED


def test_it_refuses_a_proposal_that_changes_nothing_or_breaks_a_rule() -> None:
    article = make_article(kind=Article.Kind.SHOT, body="<p>Short.</p>")
    reporter = make_user("Reporter")

    with pytest.raises(ValidationError):
        services.propose_revision(article, by=reporter, changes={"body": "<p>Short.</p>"}, seen_version=1)
    with pytest.raises(ValidationError):
        services.propose_revision(
            article, by=reporter, changes={"body": "<p>" + "word " * 200 + "</p>"}, seen_version=1
        )
    assert not PendingRevision.objects.exists()


def test_it_refuses_a_reporter_adding_a_source_to_live_copy() -> None:
    article = make_article()
    from newsdesk.newsroom.tests.factories import make_wire_item

    with pytest.raises(PermissionDenied):
        services.update_article_from_item(article, make_wire_item(), by=make_user("Reporter"))


def test_it_holds_a_reporters_admin_save_and_an_editor_approves_it_in_the_admin(client: Client) -> None:
    article = make_article(headline="Ministers agree the water plan")
    client.force_login(make_user("Reporter"))
    change_url = reverse("admin:newsroom_article_change", args=[article.pk])

    response = client.post(change_url, _form(article, headline=NEW_TEXT["headline"]), follow=True)

    assert "waits for an editor" in response.content.decode()
    assert "Ministers agree the water plan" in public_page(client, article)
    held = PendingRevision.objects.get()
    assert held.changes == {"headline": NEW_TEXT["headline"]}
    assert "drop the water plan" in client.get(change_url).content.decode()  # shown on the story's admin page
    changelist = reverse("admin:newsroom_pendingrevision_changelist")
    assert 'value="approve"' not in client.get(changelist).content.decode()

    client.force_login(make_user("Editor"))
    client.post(changelist, {"action": "approve", "_selected_action": [held.pk]})

    assert NEW_TEXT["headline"] in public_page(client, article)
    assert PendingRevision.objects.get().state == PendingRevision.State.APPROVED
