"""Agency furniture split from the story: datelines, lead-ins, slugs, credits, notes."""

from __future__ import annotations

import pytest

from newsdesk.wires import furniture
from newsdesk.wires.furniture import Dateline
from newsdesk.wires.models import WireItem
from newsdesk.wires.parsers import parse_document
from newsdesk.wires.services import ingest_document


@pytest.mark.parametrize(
    ("paragraph", "rest", "dateline"),
    [
        (
            "ANKARA, Aug 19 (Reuters) - Turkey's central bank held rates.",
            "Turkey's central bank held rates.",
            Dateline("ANKARA", "Aug 19", "Reuters"),
        ),
        (
            "NEW YORK/LONDON, March 3 (Reuters) - Stocks fell.",
            "Stocks fell.",
            Dateline("NEW YORK/LONDON", "March 3", "Reuters"),
        ),
        ("WASHINGTON (AP) — The Senate voted.", "The Senate voted.", Dateline("WASHINGTON", "", "AP")),
        ("SPRINGFIELD, Ill. (AP) _ Lawmakers met.", "Lawmakers met.", Dateline("SPRINGFIELD, Ill.", "", "AP")),
        ("PARIS (AFP) - Le gouvernement a annoncé.", "Le gouvernement a annoncé.", Dateline("PARIS", "", "AFP")),
        ("LONDON (PA) - A man was arrested.", "A man was arrested.", Dateline("LONDON", "", "PA")),
        ("Berlin (dpa) - Die Regierung plant.", "Die Regierung plant.", Dateline("Berlin", "", "dpa")),
        ("Frankfurt/Main (dpa) \u2013 Die Börse.", "Die Börse.", Dateline("Frankfurt/Main", "", "dpa")),
        (
            "New Delhi, Aug 19 (PTI) The government said.",
            "The government said.",
            Dateline("New Delhi", "Aug 19", "PTI"),
        ),
        ("Mumbai, Aug 19 (IANS) Markets rose.", "Markets rose.", Dateline("Mumbai", "Aug 19", "IANS")),
        ("ST. JOHN'S, N.L. (CP) - Fishers protested.", "Fishers protested.", Dateline("ST. JOHN'S, N.L.", "", "CP")),
        ("Helsinki (STT) Hallitus esitti.", "Hallitus esitti.", Dateline("Helsinki", "", "STT")),
        ("Rio de Janeiro, 19 Aug (Reuters) - x y", "x y", Dateline("Rio de Janeiro", "19 Aug", "Reuters")),
        ("(Reuters) - Shares rose.", "Shares rose.", Dateline("", "", "Reuters")),
    ],
)
def test_it_splits_the_dateline_and_lead_in_of_each_agency_style(paragraph: str, rest: str, dateline: Dateline) -> None:
    assert furniture.split_lead(paragraph) == (rest, dateline)


@pytest.mark.parametrize(
    "paragraph",
    [
        "He said (Reuters) was right about it.",
        "The minister told reporters in Ankara on Monday.",
        "ANKARA (Reuters)",  # nothing after the lead-in: not a story paragraph to cut
    ],
)
def test_it_leaves_paragraphs_that_only_look_like_datelines(paragraph: str) -> None:
    assert furniture.split_lead(paragraph) == (paragraph, None)


@pytest.mark.parametrize(
    ("headline", "clean", "notes"),
    [
        ("UPDATE 2-Turkey holds rates", "Turkey holds rates", ["UPDATE 2"]),
        ("REFILE-UPDATE 1-Oil slips", "Oil slips", ["REFILE", "UPDATE 1"]),
        ("URGENT: Quake hits Japan", "Quake hits Japan", ["URGENT"]),
        ("CORRECTED-Bank cuts rates", "Bank cuts rates", ["CORRECTED"]),
        ("Wahl in Finnland *** TRANSLATED ***", "Wahl in Finnland", ["*** TRANSLATED ***"]),
        ("<blink> tags return", "<blink> tags return", []),
        ("Update on the talks", "Update on the talks", []),
    ],
)
def test_it_splits_slugs_from_headlines_and_keeps_every_other_character(
    headline: str, clean: str, notes: list[str]
) -> None:
    assert furniture.split_headline(headline) == (clean, notes)


def test_it_moves_credits_notes_and_copyright_out_of_plain_paragraphs() -> None:
    found = furniture.split_paragraphs(
        [
            "(Adds quotes from minister, paragraphs 4-5)",
            "ANKARA, Aug 19 (Reuters) - Turkey's central bank held rates.",
            "The lira was steady. (Reporting by Ece Toksabay; Editing by Daren Butler)",
            "(c) Copyright Thomson Reuters 2024",
        ]
    )
    assert found.paragraphs == ["Turkey's central bank held rates.", "The lira was steady."]
    assert found.dateline == Dateline("ANKARA", "Aug 19", "Reuters")
    assert found.credits == ["(c) Copyright Thomson Reuters 2024", "Reporting by Ece Toksabay; Editing by Daren Butler"]
    assert found.notes == ["(Adds quotes from minister, paragraphs 4-5)"]
    assert found.editorial_note == "(Adds quotes from minister, paragraphs 4-5)"


def test_it_recognises_whole_paragraph_credits_of_several_agencies() -> None:
    found = furniture.split_paragraphs(
        [
            "WASHINGTON (AP) — The Senate voted.",
            "___",
            "Associated Press writer Lisa Mascaro contributed to this report.",
            "Copyright 2024 The Associated Press. All rights reserved.",
            "Compiled by Gdansk Newsroom",
            "Writing by Jan Lopatka",
            "EDITOR'S NOTE: This story contains graphic details.",
            "© AFP 2024",
        ]
    )
    assert found.paragraphs == ["The Senate voted."]
    assert found.credits == [
        "Associated Press writer Lisa Mascaro contributed to this report.",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "Compiled by Gdansk Newsroom",
        "Writing by Jan Lopatka",
        "© AFP 2024",
    ]
    assert found.notes == ["EDITOR'S NOTE: This story contains graphic details."]


def test_it_keeps_story_paragraphs_that_mention_copyright_or_reporting() -> None:
    story = [
        "Copyright law changes were debated in parliament for hours.",
        "Reporting by local media suggested the vote was close.",
    ]
    assert furniture.split_paragraphs(story).paragraphs == story


def test_it_cleans_plain_text_for_summaries_and_entities() -> None:
    text = "PARIS (AFP) - Le gouvernement a annoncé.\nLa suite.\n(Writing by Jean Dupont; Editing by Marie)"
    assert furniture.clean_text(text) == "Le gouvernement a annoncé.\n\nLa suite."


def test_it_splits_furniture_from_html_bodies_keeping_inline_markup() -> None:
    found = furniture.split_body_html(
        "<p>(Updates with close)</p>"
        "<p><b>ANKARA</b>, Aug 19 (Reuters) - Turkey <i>said</i> &lt;no&gt;.</p>"
        '<p>More <a href="https://example.com/">here</a>. (Reporting by A; Editing by B)</p>'
        "<p>Copyright 2024 The Associated Press. All rights reserved.</p>"
    )
    assert (
        found.body_html == '<p>Turkey <i>said</i> &lt;no&gt;.</p><p>More <a href="https://example.com/">here</a>.</p>'
    )
    assert found.dateline == Dateline("ANKARA", "Aug 19", "Reuters")
    assert found.credits == [
        "Copyright 2024 The Associated Press. All rights reserved.",
        "Reporting by A; Editing by B",
    ]
    assert found.notes == ["(Updates with close)"]
    assert found.paragraphs == ["Turkey said <no>.", "More here."]


def test_it_leaves_a_body_without_furniture_as_it_was() -> None:
    body = "<p>First <em>paragraph</em>.</p><p>Second.</p>"
    found = furniture.split_body_html(body)
    assert found.body_html == body
    assert (found.dateline, found.credits, found.notes) == (None, [], [])


FURNITURE_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<item><guid>urn:wire:1</guid><title>UPDATE 2-Turkey holds rates *** TRANSLATED ***</title>
<description>ANKARA, Aug 19 (Reuters) - Turkey's central bank held rates.</description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[
<p>(Adds analyst quote)</p>
<p>ANKARA, Aug 19 (Reuters) - Turkey's central bank held rates.</p>
<p>The lira was steady. (Reporting by Ece Toksabay; Editing by Daren Butler)</p>
]]></content:encoded></item></channel></rss>"""


def test_it_keeps_furniture_out_of_parsed_items() -> None:
    (item,) = parse_document(FURNITURE_RSS).items
    assert item.headline == "Turkey holds rates"
    assert item.summary == "Turkey's central bank held rates."
    assert "Reuters" not in item.body_html and "Reporting by" not in item.body_html
    assert "Adds analyst" not in item.body_html
    assert (item.dateline, item.dateline_date) == ("ANKARA", "Aug 19")
    assert item.credits == ["Reporting by Ece Toksabay; Editing by Daren Butler"]
    assert item.editorial_note == "UPDATE 2 *** TRANSLATED *** (Adds analyst quote)"


@pytest.mark.django_db
def test_it_stores_the_furniture_in_its_own_fields() -> None:
    ingest_document(FURNITURE_RSS, fmt="rss", agency="Reuters")
    stored = WireItem.objects.get(guid="urn:wire:1")
    assert stored.headline == "Turkey holds rates"
    assert "(Reuters)" not in stored.body_html and "Reporting by" not in stored.body_html
    assert (stored.dateline, stored.dateline_date) == ("ANKARA", "Aug 19")
    assert stored.credits == ["Reporting by Ece Toksabay; Editing by Daren Butler"]
    assert stored.editorial_note == "UPDATE 2 *** TRANSLATED *** (Adds analyst quote)"
