"""Factories for story kinds, the story index, stories and the people they are about."""

import datetime
import json

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtailmedia import get_media_model

from exhibits.stories.models import StoryHonoree, StoryIndexPage, StoryKind, StoryPage
from tests.core.factories import ImageFactory
from tests.stories.mp4 import tiny_mp4


def body(*paragraphs):
    """A story body in its stored (JSON) form."""
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs])


class StoryKindFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"测试类别{n}")
    slug = factory.Sequence(lambda n: f"kind-{n}")

    class Meta:
        model = StoryKind
        django_get_or_create = ["slug"]


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "劳模故事"
    slug = "stories"

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"报道{n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    date = datetime.date(2025, 3, 1)
    kind = factory.SubFactory(StoryKindFactory, slug="people", name="人物故事")
    summary = factory.LazyAttribute(lambda o: f"{o.title}的摘要。")
    hero_image = factory.SubFactory(ImageFactory, file__width=1200, file__height=675)
    body = factory.LazyAttribute(lambda o: body(f"{o.title}的正文。"))

    class Meta:
        model = StoryPage


class EpisodeFactory(StoryPageFactory):
    """A 《劳动者之歌》 episode."""

    title = factory.Sequence(lambda n: f"《劳动者之歌》第{n}期")
    kind = factory.SubFactory(StoryKindFactory, slug="song", name="《劳动者之歌》", is_series=True)
    episode_number = factory.Sequence(lambda n: n + 1)
    air_date = datetime.date(2025, 5, 8)


class StoryHonoreeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StoryHonoree


def upload_video():
    """A real, tiny MP4 (tests/stories/mp4.py) in the media library."""
    media = get_media_model()(title="第9期节目", type="video", duration=2, width=32, height=32)
    media.file = ContentFile(tiny_mp4(), name="episode-9.mp4")
    media.save()
    return media
