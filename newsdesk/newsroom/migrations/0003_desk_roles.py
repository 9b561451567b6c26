"""The desk's roles as Django groups: reporters draft, editors publish, desk admins run the desk."""

from django.db import migrations

VIEW_WIRES = [("wires", "view_wireitem"), ("wires", "view_source")]
REPORTER = [
    ("newsroom", "add_article"),
    ("newsroom", "change_article"),
    ("newsroom", "view_article"),
    ("newsroom", "view_revision"),
    ("newsroom", "view_correction"),
    ("newsroom", "add_image"),
    ("newsroom", "change_image"),
    ("newsroom", "view_image"),
    ("newsroom", "view_author"),
    ("taxonomy", "view_tag"),
    ("taxonomy", "add_tag"),
    *VIEW_WIRES,
]
EDITOR = [
    *REPORTER,
    ("newsroom", "publish_article"),
    ("newsroom", "withdraw_article"),
    ("newsroom", "add_correction"),
    ("newsroom", "change_correction"),
    ("newsroom", "view_deskpolicy"),
    ("newsroom", "view_policydecision"),
]
DESK_ADMIN = [
    *EDITOR,
    ("newsroom", "add_author"),
    ("newsroom", "change_author"),
    ("newsroom", "add_deskpolicy"),
    ("newsroom", "change_deskpolicy"),
    ("newsroom", "delete_deskpolicy"),
    ("newsroom", "delete_article"),
]
GROUPS = {"Reporter": REPORTER, "Editor": EDITOR, "Desk admin": DESK_ADMIN}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate);
    # create them now so the groups can be given them in the same run.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in wanted:
            # get(), not filter(): a misspelt permission must stop the migration, not vanish.
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taxonomy", "0001_initial"),
        ("wires", "0001_initial"),
        ("newsroom", "0002_desk"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
