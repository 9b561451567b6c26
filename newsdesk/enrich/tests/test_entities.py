from __future__ import annotations

from newsdesk.enrich import entities
from newsdesk.enrich.tests.support import SEED_BODY
from newsdesk.lib.sanitize import plain_text


def test_it_finds_the_seed_storys_people_and_organisations():
    found = entities.extract(plain_text(SEED_BODY))
    assert {"Gen Nakatani", "Yasar Guler"} <= set(found.people)
    assert {"NATO", "Baykar"} <= set(found.organisations)


def test_it_folds_a_surname_into_the_full_name():
    found = entities.extract(plain_text(SEED_BODY))
    assert "Nakatani" not in found.people


def test_it_loads_the_pipeline_once():
    assert entities.nlp() is entities.nlp()


def test_it_scores_precision_and_recall():
    scores = entities.evaluate([({"Ann Lee"}, {"WHO"})], [(["Ann Lee", "Bob"], [])])
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 1)
    assert scores["precision"] == 0.5 and scores["recall"] == 0.5


def test_it_never_tags_time_zones_commodities_diseases_or_regions():
    text = (
        "Brent crude rose 2% to $84 a barrel by 1400 GMT as COVID-19 cases fell in China. "
        "Tourists returned to Tuscany and the island of Giglio, said Maria Rossi of Costa Cruises."
    )
    found = entities.extract(text)
    named = {n.casefold() for n in found.people + found.organisations}
    assert not named & {"brent", "brent crude", "gmt", "covid-19", "tuscany", "giglio", "china"}
    assert "Maria Rossi" in found.people


def test_it_never_tags_a_town_or_region_the_copy_uses_as_a_place():
    found = entities.extract(
        "Rescuers reached villages near Ahero and in Nyando on Monday. Hotels on the Noto peninsula closed, "
        "and Ishikawa prefecture said Kenya Red Cross teams and Safaricom engineers were helping."
    )
    names = {n.casefold() for n in found.people + found.organisations}
    assert not names & {"ahero", "nyando", "noto", "ishikawa"}


def test_it_never_tags_generic_nouns_as_organisations():
    found = entities.extract("The Treasury said on Monday that the Cabinet had approved the plan of the World Bank.")
    assert {o.casefold() for o in found.organisations} & {"treasury", "cabinet"} == set()
