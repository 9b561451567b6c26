"""Every new newsroom starts with the default sectors, editions and all ISO 3166 countries."""

from django.db import migrations


def load_defaults(apps, schema_editor):
    from newsdesk.taxonomy.defaults import load_default_taxonomy

    load_default_taxonomy(apps)


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]
    operations = [migrations.RunPython(load_defaults, migrations.RunPython.noop)]
