"""Desk admins read the audit logs: publishes and withdrawals (ArticleTransition) and staff logins and
role changes (accounts.AccountEvent). Read-only: both admins refuse add, change and delete."""

from django.db import migrations

WANTED = [("newsroom", "view_articletransition"), ("accounts", "view_accountevent")]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for label in ("newsroom", "accounts"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.filter(name="Desk admin").first()
    if group is None:
        return
    for app_label, codename in WANTED:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("newsroom", "0006_protect_records"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
