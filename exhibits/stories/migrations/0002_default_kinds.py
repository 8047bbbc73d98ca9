"""The story kinds a fresh site starts with; editors rename, add and reorder them afterwards."""

from django.db import migrations

KINDS = [
    ("人物故事", "people", False),
    ("工会新闻", "news", False),
    ("《劳动者之歌》", "song", True),
    ("劳模宣讲", "talks", False),
]


def add_kinds(apps, schema_editor):
    StoryKind = apps.get_model("stories", "StoryKind")
    for position, (name, slug, is_series) in enumerate(KINDS, start=1):
        if not StoryKind.objects.filter(slug=slug).exists():
            StoryKind.objects.get_or_create(
                name=name,
                defaults={"slug": slug, "is_series": is_series, "sort_order": position * 10},
            )


class Migration(migrations.Migration):
    dependencies = [("stories", "0001_initial")]

    operations = [migrations.RunPython(add_kinds, migrations.RunPython.noop)]
