from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from newsdesk.newsroom.models import Article, ArticleTransition
from newsdesk.newsroom.tests.factories import ArticleFactory, make_article, make_author

pytestmark = pytest.mark.django_db


def test_it_sanitises_the_body_and_flattens_the_headline_on_save() -> None:
    article = make_article(
        headline="<b>Bold</b> claim",
        standfirst="<i>Short</i> text",
        body='<p style="x" onmouseover="y()">Hi <a href="javascript:z()">link</a></p><iframe src="//e"></iframe>',
    )
    article.refresh_from_db()

    assert article.headline == "Bold claim"
    assert article.standfirst == "Short text"
    assert article.body == '<p>Hi <a rel="nofollow noopener noreferrer">link</a></p>'


def test_it_refuses_a_shot_longer_than_eighty_words() -> None:
    shot = ArticleFactory.build(kind=Article.Kind.SHOT, body="<p>" + "word " * 81 + "</p>")

    with pytest.raises(ValidationError, match="at most 80 words"):
        shot.clean()


def test_it_publishes_once_and_records_the_transition() -> None:
    article = make_article(status=Article.Status.DRAFT, published_at=None)

    assert article.publish() is True
    assert article.publish() is False

    assert article.status == Article.Status.PUBLISHED
    assert article.published_at is not None
    assert list(ArticleTransition.objects.values_list("from_status", "to_status")) == [("draft", "published")]


def test_it_schedules_only_in_the_future() -> None:
    article = make_article(status=Article.Status.DRAFT, published_at=None)

    with pytest.raises(ValidationError):
        article.schedule(timezone.now() - dt.timedelta(minutes=1))
    article.schedule(timezone.now() + dt.timedelta(hours=1))

    assert article.status == Article.Status.SCHEDULED
    assert not article.is_live


def test_it_withdraws_with_a_reason() -> None:
    article = make_article()

    assert article.withdraw("Agency kill: legal") is True

    assert article.status == Article.Status.WITHDRAWN
    assert article.withdrawal_reason == "Agency kill: legal"
    assert Article.objects.live().count() == 0
    assert ArticleTransition.objects.get().note == "Agency kill: legal"


def test_it_bumps_updated_but_never_created() -> None:
    article = make_article()
    created = article.created_at

    article.mark_updated()
    article.refresh_from_db()

    assert article.created_at == created
    assert article.updated_at > created
    assert article.was_updated


def test_it_bylines_the_desk_unless_authors_are_named(settings: object) -> None:
    desk_story = make_article()
    column = make_article(authors=[make_author(name="A. Writer"), make_author(name="B. Writer")])

    assert desk_story.byline == "Newsdesk News Desk"
    assert column.byline == "A. Writer, B. Writer"


def test_it_builds_readable_stable_urls() -> None:
    article = make_article(headline="Ports reopen after the storm")

    assert article.get_absolute_url() == f"/article/wash/{article.pk}-ports-reopen-after-the-storm/"
