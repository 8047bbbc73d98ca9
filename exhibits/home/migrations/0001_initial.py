"""The home page moves here from exhibits.core, keeping its tables and rows.

Only Django's picture of the models moves (state); the tables stay as they are until
0002 renames them. core.0004 drops the models from core's picture.
"""

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0003_create_homepage"),
        ("honorees", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HomePage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "social_text",
                            models.CharField(
                                blank=True,
                                help_text="分享时显示的一句话；不填则用页面摘要",
                                max_length=255,
                                verbose_name="分享文字",
                            ),
                        ),
                        (
                            "hero_title",
                            models.CharField(
                                default="劳动最光荣", max_length=100, verbose_name="主标题"
                            ),
                        ),
                        (
                            "hero_text",
                            models.TextField(
                                blank=True,
                                default="致敬平顶山的劳动模范、大国工匠与最美职工。",
                                verbose_name="导语",
                            ),
                        ),
                        (
                            "hero_image",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailimages.image",
                                verbose_name="主图",
                            ),
                        ),
                        (
                            "social_image",
                            models.ForeignKey(
                                blank=True,
                                help_text="分享到微信等平台时显示的图片；不填则用页面自身的主图",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailimages.image",
                                verbose_name="分享图片",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "首页",
                        "verbose_name_plural": "首页",
                        "db_table": "core_homepage",
                    },
                    bases=("wagtailcore.page", models.Model),
                ),
                migrations.CreateModel(
                    name="HomeFeaturedHonoree",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        (
                            "honoree",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="honorees.honoreepage",
                                verbose_name="人物",
                            ),
                        ),
                        (
                            "home",
                            modelcluster.fields.ParentalKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="featured_honorees",
                                to="home.homepage",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "推荐人物",
                        "verbose_name_plural": "推荐人物",
                        "db_table": "core_homefeaturedhonoree",
                        "ordering": ["sort_order"],
                        "abstract": False,
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
