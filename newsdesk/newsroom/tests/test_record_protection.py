"""Nothing lost by a delete: a story's revisions, transitions and corrections keep it; the desk withdraws instead."""

from __future__ import annotations

import pytest
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article, ArticleTransition, Correction, Revision
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_it_refuses_to_delete_an_article_with_a_record() -> None:
    editor = make_user("Editor")
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    services.save_revision(article, by=editor, changes={"headline": "Edited"}, seen_version=1)
    services.publish_article(article, by=editor)
    services.add_correction(article, "A date was wrong.", by=editor)

    with pytest.raises(ProtectedError):
        article.delete()

    assert Revision.objects.filter(article=article).exists()
    assert ArticleTransition.objects.filter(article=article).exists()
    assert Correction.objects.filter(article=article).exists()


def test_it_offers_no_delete_in_the_admin_even_to_a_desk_admin(client: Client) -> None:
    article = make_article()
    client.force_login(make_user("Desk admin"))

    changelist = client.get(reverse("admin:newsroom_article_changelist")).content.decode()
    delete_page = client.get(reverse("admin:newsroom_article_delete", args=[article.pk]))

    assert 'value="delete_selected"' not in changelist
    assert delete_page.status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()
