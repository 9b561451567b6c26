"""Every new newsroom starts with the default sectors, editions and all ISO 3166 countries."""

from django.db import migrations


def load_defaults(apps, schema_editor):
    import pycountry

    from newsdesk.taxonomy.regions import DEFAULT_EDITIONS, DEFAULT_SECTORS, GLOBAL_EDITION, edition_for_country

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
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        edition = editions[mapping.get(country.alpha_2, GLOBAL_EDITION)]
        Country.objects.get_or_create(code=country.alpha_2, defaults={"name": name, "edition": edition})


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]
    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
