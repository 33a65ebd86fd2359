"""Editor roles: contributors draft articles; editors also publish and curate the reference data."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTRIBUTOR = ["add_article", "change_article", "view_article", "view_meeting", "view_meetingseries",
               "view_person", "view_organization", "view_capture"]
EDITOR_MODELS = ["article", "meeting", "meetingseries", "meetingrelation", "person", "organization",
                 "participation", "capture", "meetingcandidate"]


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    archive_perms = Permission.objects.filter(content_type__app_label="archive")
    contributors, _ = Group.objects.get_or_create(name="Contributors")
    contributors.permissions.set(archive_perms.filter(codename__in=CONTRIBUTOR))
    editors, _ = Group.objects.get_or_create(name="Editors")
    codenames = [f"{action}_{model}" for model in EDITOR_MODELS for action in ("add", "change", "delete", "view")]
    editors.permissions.set(
        archive_perms.filter(codename__in=[*codenames, "publish_article", "view_searchquerystat"])
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Contributors", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0003_captures_candidates_publish_permission"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
