from __future__ import annotations

import pytest

from newsdesk.enrich.services import enrich_item, enrich_wire_item
from newsdesk.enrich.tests.support import SEED_BODY, SEED_HEADLINE, make_parsed, make_wire_item
from newsdesk.wires.items import Subject


def test_it_enriches_the_seed_story(settings):
    settings.NEWSDESK_LLM_URL = ""
    result = enrich_item(make_parsed())
    # Djibouti and Jordan are named once, in passing ("a tour that includes visits to ..."): not the story's.
    assert result.countries[:2] in (["TR", "JP"], ["JP", "TR"]) and not {"DJ", "JO"} & set(result.countries)
    assert result.place_label in {"Japan", "Turkey"}
    assert "east-south-east-asia" in result.editions
    assert result.place_evidence.startswith("headline ")
    assert result.sector_slug == "politics" and result.sector_method == "classifier"
    assert {"Gen Nakatani", "Yasar Guler"} <= set(result.people)
    assert {"NATO", "Baykar"} <= set(result.organisations)
    assert result.headline.text == SEED_HEADLINE
    assert result.standfirst.machine_written and result.standfirst.method == "extractive"
    assert result.llm_headline is None


def test_it_prefers_agency_subjects_and_people(settings):
    settings.NEWSDESK_LLM_URL = ""
    item = make_parsed(subjects=[Subject("medtop", "11000000", "politics")], people=["Nakatani Gen"], places=["JP"])
    result = enrich_item(item)
    assert result.sector_method == "subject" and result.sector_evidence.startswith("medtop:11000000")
    assert result.people[0] == "Nakatani Gen"
    assert result.place_label == "Japan"


def test_it_does_not_take_a_person_named_after_a_country_for_the_country(settings):
    settings.NEWSDESK_LLM_URL = ""
    item = make_parsed(
        headline="Coach praises team", body_html="<p>Coach Chad Johnson praised the team in Nairobi.</p>"
    )
    assert enrich_item(item).countries == ["KE"]


@pytest.mark.django_db
def test_it_enriches_a_stored_wire_item(settings):
    settings.NEWSDESK_LLM_URL = ""
    stored = make_wire_item(
        "urn:a:1", SEED_HEADLINE, SEED_BODY, subjects=[{"scheme": "medtop", "code": "11000000", "name": "politics"}]
    )
    result = enrich_wire_item(stored)
    assert result.sector_method == "subject" and result.sector_slug == "politics"
    assert {"JP", "TR"} <= set(result.countries)


def test_it_does_not_run_the_english_tagger_on_other_languages(settings):
    settings.NEWSDESK_LLM_URL = ""
    item = make_parsed(
        language="de",
        headline="Japan und die Türkei vertiefen Verteidigungsbeziehungen",
        body_html="<p>Der japanische Verteidigungsminister Gen Nakatani trifft Yasar Guler in Ankara.</p>",
        people=["Gen Nakatani"],
    )
    result = enrich_item(item)
    assert result.people == ["Gen Nakatani"]
    assert result.organisations == []
    assert "not English" in result.sector_evidence


def test_it_ignores_the_credit_line_and_reads_the_dateline(settings):
    settings.NEWSDESK_LLM_URL = ""
    item = make_parsed(
        headline="Oil refiner expands plant",
        body_html=(
            "<p>SINGAPORE, Aug 19 (Reuters) - Refiner Pertamax Energy said on Monday it would expand its plant "
            "on Jurong Island, adding 100,000 barrels a day of capacity by 2027.</p>"
            "<p>(Reporting by Anjali Menon in Bengaluru; Editing by Tom Hogue)</p>"
        ),
    )
    result = enrich_item(item)
    assert result.countries == ["SG"] and result.place_label == "Singapore"
    assert "Anjali Menon" not in result.people and "Tom Hogue" not in result.people
    assert not result.standfirst.text.startswith("SINGAPORE")


def test_it_detects_a_finnish_item_and_keeps_the_english_gazetteer_off_it(settings):
    settings.NEWSDESK_LLM_URL = ""
    item = make_parsed(
        headline="Hallitus esittää leikkauksia",
        body_html=(
            "<p>Jos hallitus päättää leikata menoja, oppositio vastustaa jyrkästi. Pääministeri sanoi tiistaina, "
            "että päätös tehdään ensi viikolla Helsingissä.</p>"
        ),
        language="",
    )
    result = enrich_item(item)
    assert "NG" not in result.countries
    assert "west-africa" not in result.editions
