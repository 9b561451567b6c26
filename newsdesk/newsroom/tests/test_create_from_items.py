from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_source, make_user, make_wire_item
from newsdesk.taxonomy.models import Sector
from newsdesk.wires.models import WireItem

pytestmark = pytest.mark.django_db


@dataclasses.dataclass
class FakeProposal:
    text: str
    method: str


def fake_enrichment(**fields: object) -> SimpleNamespace:
    values: dict[str, object] = {
        "countries": ["PT"],
        "place_label": "Portugal",
        "editions": ["europe"],
        "sector_slug": "wash",
        "people": ["Ana Silva"],
        "organisations": ["UNICEF"],
        "headline": FakeProposal("Cleaned headline", "clean-headline"),
        "standfirst": FakeProposal("A machine summary.", "extractive"),
        "llm_headline": None,
        "llm_standfirst": None,
    }
    values.update(fields)
    return SimpleNamespace(**values)


@pytest.fixture
def no_enrichment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "enrich", lambda item: None)


def test_it_builds_a_draft_from_the_lead_copy_with_every_item_as_a_source(no_enrichment):
    source = make_source()
    lead = make_wire_item(source=source, agency="Alpha Press", headline="Dam <b>opens</b>")
    other = make_wire_item(source=source, agency="Beta Wire", body_html="<p>Other copy.</p>")
    reporter = make_user("Reporter")

    article = services.create_article_from_items([lead, other], by=reporter)

    assert article.status == Article.Status.DRAFT
    assert article.headline == "Dam opens"
    assert article.standfirst == lead.summary
    assert article.body == lead.body_html
    assert article.from_agencies is True
    assert article.agency_attribution == "Alpha Press, Beta Wire"
    assert set(article.wire_items.all()) == {lead, other}
    assert article.sector.slug == "wash"  # from the source, enrichment absent
    assert article.version == 1
    revision = article.revisions.get()
    assert revision.number == 1 and revision.by == reporter and not revision.machine_written


def test_it_takes_headline_standfirst_places_and_tags_from_enrichment(monkeypatch):
    monkeypatch.setattr(services, "enrich", lambda item: fake_enrichment())
    item = make_wire_item(source=make_source(sector=None))

    article = services.create_article_from_items([item], by=None)

    assert article.headline == "Cleaned headline"
    assert article.standfirst == "A machine summary."
    assert article.sector.slug == "wash"
    assert article.place_label == "Portugal"
    assert list(article.countries.values_list("code", flat=True)) == ["PT"]
    assert {t.name for t in article.tags.all()} == {"Ana Silva", "UNICEF"}
    revision = article.revisions.get()
    assert revision.machine_written
    assert revision.method == "headline: clean-headline; standfirst: extractive"


def test_it_prefers_the_language_model_proposal(monkeypatch):
    enrichment = fake_enrichment(llm_standfirst=FakeProposal("An LLM summary.", "llm:test"))
    monkeypatch.setattr(services, "enrich", lambda item: enrichment)

    article = services.create_article_from_items([make_wire_item(source=make_source())], by=None)

    assert article.standfirst == "An LLM summary."


def test_it_works_with_the_real_enrich_app_when_installed():
    pytest.importorskip("newsdesk.enrich.services")
    item = make_wire_item(source=make_source(), headline="Cholera cases rise in Lisbon after floods")

    article = services.create_article_from_items([item], by=None)

    assert article.headline and article.standfirst
    assert article.revisions.get().machine_written


def test_it_uses_the_chosen_lead_and_sector():
    first, second = make_wire_item(), make_wire_item(body_html="<p>Second copy.</p>")
    health = Sector.objects.exclude(slug="wash").first()

    article = services.create_article_from_items([first, second], by=None, sector=health, lead=second)

    assert article.body == "<p>Second copy.</p>"
    assert article.sector == health


def test_it_renders_the_agency_line_on_the_page(client):
    article = services.create_article_from_items([make_wire_item(source=make_source())], by=None)
    article.publish()

    response = client.get(article.get_absolute_url())

    assert "(With inputs from agencies.)" in response.content.decode()


def test_it_refuses_killed_items_and_an_empty_choice():
    killed = make_wire_item(status=WireItem.Status.WITHDRAWN)
    with pytest.raises(ValidationError):
        services.create_article_from_items([killed], by=None, sector=Sector.objects.first())
    with pytest.raises(ValidationError):
        services.create_article_from_items([], by=None)


def test_it_asks_for_a_sector_when_nothing_names_one(no_enrichment):
    with pytest.raises(ValidationError, match="sector"):
        services.create_article_from_items([make_wire_item()], by=None)


def test_it_refuses_a_reader():
    with pytest.raises(PermissionDenied):
        services.create_article_from_items([make_wire_item()], by=make_user(None), sector=Sector.objects.first())
