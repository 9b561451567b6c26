"""The starting taxonomy: used by the data migration, and by tests after a table flush."""

from __future__ import annotations

from typing import Any

from newsdesk.taxonomy.regions import DEFAULT_EDITIONS, DEFAULT_SECTORS, GLOBAL_EDITION, edition_for_country


def load_default_taxonomy(apps: Any) -> None:
    """Create the default sectors, editions and every ISO 3166 country; idempotent.

    ``apps`` is a migration's historical registry or ``django.apps.apps``.
    """
    import pycountry

    Sector = apps.get_model("taxonomy", "Sector")
    Edition = apps.get_model("taxonomy", "Edition")
    Country = apps.get_model("taxonomy", "Country")
    for position, (slug, name) in enumerate(DEFAULT_SECTORS):
        Sector.objects.get_or_create(slug=slug, defaults={"name": name, "position": position})
    editions = {}
    for position, (slug, name) in enumerate(DEFAULT_EDITIONS):
        editions[slug], _ = Edition.objects.get_or_create(
            slug=slug, defaults={"name": name, "position": position, "is_global": slug == GLOBAL_EDITION}
        )
    mapping = edition_for_country()
    existing = set(Country.objects.values_list("code", flat=True))
    Country.objects.bulk_create(
        [
            Country(
                code=country.alpha_2,
                name=getattr(country, "common_name", None) or country.name,
                edition=editions[mapping.get(country.alpha_2, GLOBAL_EDITION)],
            )
            for country in pycountry.countries
            if country.alpha_2 not in existing
        ]
    )
