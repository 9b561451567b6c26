from __future__ import annotations

from newsdesk.enrich import places
from newsdesk.enrich.tests.support import SEED_BODY, SEED_HEADLINE
from newsdesk.lib.sanitize import plain_text


def test_it_finds_the_seed_storys_countries_from_names_and_demonyms():
    result = places.find_places(headline=SEED_HEADLINE, body=plain_text(SEED_BODY))
    assert {"JP", "TR"} <= set(result.countries)
    # "a broader regional tour that includes visits to Djibouti and Jordan": named once, in passing.
    assert not {"DJ", "JO"} & set(result.countries)
    assert result.countries[:2] in (["TR", "JP"], ["JP", "TR"])
    assert {"east-south-east-asia", "europe-central-asia"} <= set(result.editions)


def test_it_labels_the_seed_story_with_its_most_mentioned_country():
    # Turkey (headline + "Turkey"/"Turkish" 6 times) edges Japan; both are far ahead of the rest.
    result = places.find_places(headline=SEED_HEADLINE, body=plain_text(SEED_BODY))
    assert result.place_label == "Turkey"


def test_it_prefers_the_agencys_own_place_metadata():
    result = places.find_places(headline=SEED_HEADLINE, body=plain_text(SEED_BODY), agency_places=["JPN"])
    assert result.countries[0] == "JP"
    assert result.place_label == "Japan"


def test_it_reads_a_capitalised_dateline():
    assert places.resolve("TOKYO, Aug 19 (Reuters)") == "JP"
    assert places.resolve("Turkey") == "TR"
    assert places.resolve("DJ") == "DJ"


def test_it_matches_the_longest_name_first():
    codes = [code for code, _ in places.mentions("Papua New Guinea, Guinea-Bissau, Guinea, Niger and Nigeria")]
    assert codes == ["PG", "GW", "GN", "NE", "NG"]


def test_it_requires_a_capital_and_skips_places_inside_names():
    text = "Chad Smith roasted a turkey in jordan."
    assert places.mentions(text, exclude=[(0, 10)]) == []
    assert [c for c, _ in places.mentions("Troops left Chad.")] == ["TD"]


def test_it_does_not_take_the_indian_ocean_for_india():
    assert places.mentions("A storm formed over the Indian Ocean.") == []


def test_it_calls_a_story_spread_over_regions_global():
    body = "Ministers from Brazil, Kenya, Japan, Germany and Canada met to discuss trade."
    assert places.find_places(headline="Trade ministers meet", body=body).place_label == "Global"
    assert places.find_places(headline="Markets rally", body="Stocks rose everywhere.").place_label == "Global"


def test_it_labels_a_story_within_one_edition_with_its_top_country():
    body = "Kenya's president met Uganda's leader in Nairobi. Kenya will build the road."
    result = places.find_places(headline="Kenya and Uganda agree road link", body=body)
    assert result.place_label == "Kenya"
    assert result.editions == ["east-africa"]


def test_it_places_a_story_by_the_datelines_country_when_the_town_is_unknown():
    assert places.resolve("WAJIMA, Japan") == "JP"
    assert places.resolve("Fort McMurray, Canada") == "CA"
    result = places.find_places(
        headline="Residents spend night outdoors", body="Roads cracked.", dateline="WAJIMA, Japan"
    )
    assert result.countries == ["JP"] and result.place_label == "Japan"
    assert "dateline WAJIMA, Japan -> JP" in result.evidence


def test_it_leaves_out_a_country_named_once_in_passing():
    result = places.find_places(
        headline="Floods displace thousands in Kenya",
        body="Kenya's Red Cross said families in Kenya had fled, as in Nigeria last year.",
    )
    assert result.countries == ["KE"]
    named_twice = places.find_places(
        headline="Ghana raises cocoa price",
        body="Ghana raised the price to stop smuggling to Ivory Coast. Ivory Coast pays less. Ghana is second.",
    )
    assert named_twice.countries == ["GH", "CI"]
