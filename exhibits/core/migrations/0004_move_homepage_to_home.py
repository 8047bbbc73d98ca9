"""HomePage and its featured honorees now belong to exhibits.home (see home.0001)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_create_homepage"),
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="HomeFeaturedHonoree"),
                migrations.DeleteModel(name="HomePage"),
            ],
            database_operations=[],
        ),
    ]
