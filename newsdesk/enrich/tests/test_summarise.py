from __future__ import annotations

import pytest

from newsdesk.enrich import summarise
from newsdesk.enrich.tests.support import SEED_BODY, SEED_HEADLINE
from newsdesk.lib.sanitize import plain_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("UPDATE 1-Japan, Turkey talk drones", "Japan, Turkey talk drones"),
        ("REFILE-CORRECTED-Bank cuts rates", "Bank cuts rates"),
        ("EXCLUSIVE-Miner weighs sale - Reuters", "Miner weighs sale"),
        ("FACTBOX: What is in the budget", "What is in the budget"),
        ("BREAKINGVIEWS-Who wins the chip war", "Who wins the chip war"),
        ("WRAPUP 2-Storm hits coast", "Storm hits coast"),
        ("AP - Floods hit Assam", "Floods hit Assam"),
        ("NATO ALLIES AGREE TO BOOST DEFENCE SPENDING", "NATO Allies Agree to Boost Defence Spending"),
        ("Japan and Turkey Strengthen Defense Ties", "Japan and Turkey Strengthen Defense Ties"),
    ],
)
def test_it_cleans_headlines(raw, clean):
    assert summarise.clean_headline(raw) == clean


def test_it_proposes_a_short_standfirst_from_the_lead():
    text = summarise.standfirst(SEED_HEADLINE, plain_text(SEED_BODY))
    assert 10 <= len(text.split()) <= summarise.MAX_STANDFIRST_WORDS
    assert "Gen Nakatani" in text
    assert text.startswith("Japan's defense minister")


def test_it_does_not_split_sentences_at_abbreviations():
    assert summarise.sentences("Gen. Smith met Mr. Jones today. Then it rained.") == [
        "Gen. Smith met Mr. Jones today.",
        "Then it rained.",
    ]


def test_it_cuts_one_overlong_sentence_at_the_word_limit():
    text = summarise.standfirst("x", " ".join(["word"] * 80) + ".")
    assert len(text.split()) == summarise.MAX_STANDFIRST_WORDS
    assert text.endswith("…")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("UPDATE 2-Turkey's central bank holds rates", "Turkey's central bank holds rates"),
        ("REFILE-Oil prices climb on supply worries", "Oil prices climb on supply worries"),
        ("*** TRANSLATED *** Flooding closes roads in Bavaria", "Flooding closes roads in Bavaria"),
        ("URGENT: Earthquake strikes off Japan coast", "Earthquake strikes off Japan coast"),
    ],
)
def test_it_removes_headline_markers(raw, clean):
    assert summarise.clean_headline(raw) == clean


# One story told in the five agencies' house styles: lead-in, credits and notes around the same facts.
AGENCY_BODIES = {
    "reuters": (
        "ANKARA, Aug 19 (Reuters) - Turkey's central bank held its main interest rate at 50% on Tuesday, "
        "saying inflation was still too high to ease policy.\n"
        "The decision was in line with a Reuters poll of economists.\n"
        "(Reporting by Ali Kucukgocmen in Istanbul; Editing by Daren Butler)"
    ),
    "ap": (
        "ANKARA, Turkey (AP) _ Turkey's central bank held its main interest rate at 50% on Tuesday, "
        "saying inflation was still too high to ease policy.\n"
        "The bank said it would keep a tight stance.\n"
        "Associated Press writer Suzan Fraser contributed."
    ),
    "afp": (
        "Ankara (AFP) - Turkey's central bank held its main interest rate at 50% on Tuesday, "
        "saying inflation was still too high to ease policy.\n"
        "Analysts had expected the pause."
    ),
    "dpa": (
        "Ankara (dpa) - Turkey's central bank held its main interest rate at 50% on Tuesday, "
        "saying inflation was still too high to ease policy.\n"
        "The lira was little changed."
    ),
    "pa": (
        "Turkey's central bank held its main interest rate at 50% on Tuesday, saying inflation was still too "
        "high to ease policy.\n"
        "Economists had expected the pause, the PA news agency understands."
    ),
}


@pytest.mark.parametrize("agency", sorted(AGENCY_BODIES))
def test_it_writes_a_standfirst_without_wire_furniture(agency):
    text = summarise.standfirst("Turkey's central bank holds rates", AGENCY_BODIES[agency])
    assert text.startswith("Turkey's central bank held its main interest rate")
    assert "(Reuters)" not in text and "(AP)" not in text and "Reporting by" not in text
    assert "ANKARA" not in text and "Ankara (" not in text
    assert len(text) <= summarise.MAX_STANDFIRST_CHARS
    assert len(summarise.sentences(text)) <= summarise.MAX_STANDFIRST_SENTENCES


def test_it_never_starts_mid_thought_or_ends_on_an_open_quote():
    body = (
        "(AP) _ ...he launches the new boat next month, officials said on Friday in the port city.\n"
        'The mayor said "the harbour will be ready for the first ships\n'
        "Shipbuilder Nordvik Yards will launch its first electric ferry next month, the company said on Friday.\n"
        "He said the ferry would carry 300 passengers across the fjord every hour."
    )
    text = summarise.standfirst("Nordvik launches electric ferry", body)
    assert text.startswith("Shipbuilder Nordvik Yards will launch")
    assert "he launches" not in text and '"the harbour' not in text


def test_it_keeps_two_paragraphs_apart_and_under_the_character_limit():
    first = "The regional government declared a state of emergency after floods cut off " + "the valley " * 20
    body = f"{first.strip()}.\nRescue teams reached the villages by boat on Sunday after the water rose overnight."
    text = summarise.standfirst("Floods cut off valley", body)
    assert len(text) <= summarise.MAX_STANDFIRST_CHARS
    assert "\n" not in text


def test_it_splits_datelines_in_other_languages_and_keeps_the_datelines_country():
    assert summarise.split_furniture("BUENOS AIRES, 14 may (Austral) - La inflación bajó.") == (
        "La inflación bajó.",
        "BUENOS AIRES",
    )
    assert summarise.split_furniture("Mati (Philippines) (AL) - Cracked roads.") == (
        "Cracked roads.",
        "Mati, Philippines",
    )
    assert summarise.split_furniture("WAJIMA, Japan (Northwire) — Residents slept.") == (
        "Residents slept.",
        "WAJIMA, Japan",
    )


def test_it_drops_a_pa_style_byline():
    text = "By Niamh Walsh, Albion Press Ireland Correspondent, in Dublin Irish households will get credits."
    assert summarise.split_furniture(text)[0] == "Irish households will get credits."
