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
