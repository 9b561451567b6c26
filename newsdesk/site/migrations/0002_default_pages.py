"""The footer pages every news site needs (see newsdesk.site.defaults)."""

from django.db import migrations


def load_pages(apps, schema_editor):
    from newsdesk.site.defaults import load_default_pages

    load_default_pages(apps)


class Migration(migrations.Migration):
    dependencies = [("site", "0001_initial")]
    operations = [migrations.RunPython(load_pages, migrations.RunPython.noop)]
