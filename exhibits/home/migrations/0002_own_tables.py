"""The home page's tables and content types take the home app's name.

The content type rows are renamed in place, so every page, revision, log entry and
permission that points at them keeps pointing at the same rows.
"""

from django.db import migrations

MODELS = ("homepage", "homefeaturedhonoree")


def rename_content_types(old_label, new_label):
    def rename(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in MODELS:
            if ContentType.objects.filter(app_label=new_label, model=model).exists():
                continue  # already there (made by hand); the old row stays unused
            ContentType.objects.filter(app_label=old_label, model=model).update(app_label=new_label)

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0004_move_homepage_to_home"),
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.AlterModelTable(name="homepage", table=None),
        migrations.AlterModelTable(name="homefeaturedhonoree", table=None),
        migrations.RunPython(
            rename_content_types("core", "home"), rename_content_types("home", "core")
        ),
    ]
