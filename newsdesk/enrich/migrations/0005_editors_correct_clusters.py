"""Editors and desk admins may split and merge story clusters (``enrich.change_storycluster``)."""

from django.db import migrations

GROUPS = ("Editor", "Desk admin")


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate): create them now.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="enrich", codename="change_storycluster")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type__app_label="enrich", codename="change_storycluster"):
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("enrich", "0004_cluster_vectors_corrections_place_evidence"),
        # The desk's roles are created there.
        ("newsroom", "0003_desk_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
