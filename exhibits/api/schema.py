"""What the read API shows of each page type: its `api_fields`, declared here so the
domain apps know nothing of the API (the API app sets them when Django starts)."""

from wagtail.api import APIField

from exhibits.api import fields as api
from exhibits.core.renditions import PORTRAIT_LARGE, PORTRAIT_THUMBNAIL
from exhibits.enterprises.models import EnterprisePage
from exhibits.honorees.models import HonoreePage
from exhibits.park.models import SculpturePage
from exhibits.stories.models import StoryPage

API_FIELDS = {
    HonoreePage: [
        APIField("name_pinyin"),
        APIField("gender"),
        APIField("birth_year"),
        APIField("summary"),
        APIField("post"),
        APIField("employer", serializer=api.EmployerField()),
        APIField("county", serializer=api.NamedField()),
        APIField("industry", serializer=api.NamedField()),
        APIField("honours", serializer=api.HonoursField()),
        APIField("top_honour", serializer=api.TopHonourField()),
        APIField("portrait_thumbnail", serializer=api.PortraitField(PORTRAIT_THUMBNAIL)),
        APIField("portrait_large", serializer=api.PortraitField(PORTRAIT_LARGE)),
        APIField("story", serializer=api.StoryField()),
        APIField("tags", serializer=api.TagsField()),
        APIField("sculptures", serializer=api.SculpturesField()),
    ],
    SculpturePage: [
        APIField("year_of_entry"),
        APIField("zone", serializer=api.NamedField()),
        APIField("sculptor"),
        APIField("material"),
        APIField("unveiled_on"),
        APIField("inscription"),
        APIField("map_x"),
        APIField("map_y"),
        APIField("honorees", serializer=api.DepictedField()),
        APIField("lead_photo", serializer=api.LeadPhotoField()),
    ],
    EnterprisePage: [
        APIField("county", serializer=api.NamedField()),
        APIField("industry", serializer=api.NamedField()),
        APIField("introduction", serializer=api.RichTextField()),
        APIField("logo", serializer=api.LogoField()),
        APIField("star_count", serializer=api.StarCountField()),
    ],
    StoryPage: [
        APIField("date"),
        APIField("kind", serializer=api.StoryKindField()),
        APIField("episode_number"),
        APIField("air_date"),
        APIField("summary"),
        APIField("hero_image", serializer=api.HeroImageField()),
        APIField("body", serializer=api.StoryField()),
        APIField("honorees", serializer=api.StoryHonoreesField()),
        APIField("video", serializer=api.VideoField()),
    ],
}


def declare():
    for model, fields in API_FIELDS.items():
        model.api_fields = fields
