"""The story editor: rich text limited to the sanitiser, counted headline and standfirst, image picker, preview."""

from __future__ import annotations

import pytest
from django.urls import reverse

from newsdesk.lib.sanitize import ALLOWED_TAGS
from newsdesk.newsroom import editor
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_image, make_user

pytestmark = pytest.mark.django_db


def test_it_offers_only_formatting_the_sanitiser_keeps():
    tags = {"Bold": "strong", "Italic": "em", "BulletList": "ul", "Link": "a", "Blockquote": "blockquote"}

    assert all(name in editor.BODY_EXTENSIONS and tag in ALLOWED_TAGS for name, tag in tags.items())
    assert not {"Image", "Table", "TextAlign", "Color", "Highlight", "TextClass"} & set(editor.BODY_EXTENSIONS)


def test_it_edits_the_body_in_the_rich_editor_with_its_import_map_allowed_by_hash(client):
    article = make_article(image=make_image(caption="Flooded street in Sylhet"))
    client.force_login(make_user("Editor"))

    response = client.get(reverse("admin:newsroom_article_change", args=[article.pk]))
    page = response.content.decode()

    assert "data-django-prose-editor-configurable" in page
    assert 'type="importmap"' in page
    assert "script-src 'self' 'sha256-" in response["Content-Security-Policy"]
    assert f"style-src 'self' {editor.editor_style_source()}" in response["Content-Security-Policy"]
    assert editor.editor_style_source().startswith("'sha256-")
    assert 'data-desk-count="110"' in page and 'data-desk-count="250"' in page
    assert 'class="desk-image-preview"' in page and "Flooded street in Sylhet" in page
    assert reverse("admin:autocomplete") in page or "admin-autocomplete" in page


def test_it_sanitises_what_the_editor_sends_on_save():
    article = make_article()
    article.body = '<p onclick="x()">Safe <script>alert(1)</script><strong>bold</strong></p><iframe src="//x"></iframe>'
    article.save()

    article.refresh_from_db()
    assert article.body == "<p>Safe <strong>bold</strong></p>"


def test_it_finds_images_by_caption_for_the_picker(client):
    make_image(caption="Flooded street in Sylhet")
    make_image(caption="Ministers in Ankara")
    client.force_login(make_user("Editor"))

    found = client.get(
        reverse("admin:autocomplete"),
        {"term": "Sylhet", "app_label": "newsroom", "model_name": "article", "field_name": "image"},
    ).json()

    assert [result["text"] for result in found["results"]] == ["Flooded street in Sylhet"]


def test_it_marks_previews_unmistakably_and_keeps_them_out_of_indexes(client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Editor"))

    response = client.get(reverse("desk:preview", args=[draft.pk]))
    page = response.content.decode()

    assert "Preview — not published" in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"
