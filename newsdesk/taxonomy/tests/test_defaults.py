from __future__ import annotations

import pycountry
import pytest

from newsdesk.taxonomy.models import Country, Edition, Sector, Tag
from newsdesk.taxonomy.regions import DEFAULT_EDITIONS, DEFAULT_SECTORS

pytestmark = pytest.mark.django_db


def test_it_starts_with_the_default_sectors_in_order() -> None:
    assert list(Sector.objects.values_list("name", flat=True)) == [name for _, name in DEFAULT_SECTORS]


def test_it_starts_with_global_and_eleven_regional_editions() -> None:
    assert Edition.objects.count() == len(DEFAULT_EDITIONS) == 12
    assert list(Edition.objects.filter(is_global=True).values_list("slug", flat=True)) == ["global"]


def test_it_maps_every_iso_country_to_an_edition() -> None:
    assert set(Country.objects.values_list("code", flat=True)) == {c.alpha_2 for c in pycountry.countries}


@pytest.mark.parametrize(
    ("code", "edition"),
    [
        ("JP", "east-south-east-asia"),
        ("TR", "europe-central-asia"),
        ("DJ", "east-africa"),
        ("JO", "middle-east-north-africa"),
        ("PT", "europe-central-asia"),
        ("SG", "east-south-east-asia"),
        ("BO", "latin-america-caribbean"),
        ("FJ", "pacific"),
        ("NG", "west-africa"),
        ("ZA", "southern-africa"),
        ("CM", "central-africa"),
        ("IN", "south-asia"),
        ("US", "north-america"),
    ],
)
def test_it_puts_countries_in_their_regional_edition(code: str, edition: str) -> None:
    assert Country.objects.get(code=code).edition.slug == edition


def test_it_reuses_tags_case_insensitively_and_never_collides_slugs() -> None:
    first = Tag.for_name("NATO", Tag.Kind.ORGANISATION)
    again = Tag.for_name("nato", Tag.Kind.ORGANISATION)
    person = Tag.for_name("Nato", Tag.Kind.PERSON)

    assert first == again
    assert person.slug == "nato-2"
