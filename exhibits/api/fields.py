"""Serializer fields of the page types' `api_fields` (declared in exhibits/api/schema.py).

Each reads what the API view prefetched (exhibits/api/queries.py), so a listing costs
the same number of queries for five people or five hundred. Pictures are always
renditions, never the uploaded originals (which may be large and carry EXIF data).
"""

import re

from rest_framework.fields import Field
from wagtail import blocks
from wagtail.api.rich_text import APIRichText
from wagtail.api.utils import get_full_url
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from exhibits.core.pinyin import sort_key
from exhibits.core.renditions import LOGO, SCULPTURE_PHOTO, STORY_HERO, STORY_IMAGE

# A site-relative link or picture in expanded rich text ("/honorees/wang-fang/"), not "//host".
HTML_RELATIVE = re.compile(r'\b(href|src)="(/(?!/)[^"]*)"')
MARKDOWN_RELATIVE = re.compile(r"\]\((/(?!/)[^)\s]*)")


class ReadOnlyField(Field):
    """A field computed from the whole page (source="*"), never written."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)


def page_reference(page, context):
    """A page nested in another, shaped like Wagtail's own nested pages (see `parent`)."""
    # Imported here: wagtail.api.v2 needs the app registry, which is not ready at import.
    from wagtail.api.v2.utils import get_object_detail_url

    return {
        "id": page.pk,
        "meta": {
            "type": f"{page._meta.app_label}.{type(page).__name__}",
            "detail_url": get_object_detail_url(
                context["router"], context["request"], type(page), page.pk
            ),
            "html_url": page.full_url,
        },
        "title": page.title,
    }


def rendition(image, filter_spec, alt):
    """Wagtail's rendition dict (url, full_url, width, height, alt) with our own alt text."""
    data = ImageRenditionField(filter_spec).to_representation(image)
    if "error" not in data:
        data["alt"] = str(alt)
    return data


def rich_text(source, context, features=None):
    """Rich text in the requested format (`?rich_text_format=`, expanded HTML by default).

    Wagtail expands page and document links to site-relative URLs; a mini-program has
    no site to be relative to, so they are made absolute with the API's base URL.
    """
    rich_text_format = context.get("_wagtail_rich_text_format") or APIRichText.resolve_format()
    text = APIRichText.serialize(source, format=rich_text_format, features=features)
    request = context.get("request")
    if rich_text_format == APIRichText.FORMAT_HTML:
        return HTML_RELATIVE.sub(
            lambda m: f'{m.group(1)}="{get_full_url(request, m.group(2))}"', text
        )
    if rich_text_format == APIRichText.FORMAT_MARKDOWN:
        return MARKDOWN_RELATIVE.sub(lambda m: f"]({get_full_url(request, m.group(1))}", text)
    return text


class RichTextField(Field):
    """A RichTextField in the requested format, with absolute links."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return rich_text(value, self.context)


class NamedField(Field):
    """A county, industry or park zone: {"id": 3, "name": "新华区"}."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {"id": value.pk, "name": value.name}


class TagsField(ReadOnlyField):
    """Tag names sorted by pinyin, from the prefetched tagged items (Wagtail's own
    TagsField queries once per page)."""

    def to_representation(self, page):
        return sorted((item.tag.name for item in page.tagged_items.all()), key=sort_key)


# --- honorees ---


def honour(item):
    title = item.title
    return {
        "year": item.year,
        "title": title.name,
        "title_id": title.pk,
        "level": title.level,
        "level_slug": title.level_slug,
        "level_name": str(title.get_level_display()),
        "note": item.note,
    }


class HonoursField(ReadOnlyField):
    """Honours as a timeline: oldest first."""

    def to_representation(self, page):
        return [honour(item) for item in page.sorted_honours]


class TopHonourField(ReadOnlyField):
    """The best honour held: it gives the person's highest level."""

    def to_representation(self, page):
        top = page.top_honour
        return honour(top) if top else None


class PortraitField(ReadOnlyField):
    """The portrait as a rendition, described by the page's alt text."""

    def __init__(self, filter_spec, **kwargs):
        self.filter_spec = filter_spec
        super().__init__(**kwargs)

    def to_representation(self, page):
        if page.portrait is None:
            return None
        return rendition(page.portrait, self.filter_spec, page.portrait_alt_text)


class EmployerField(ReadOnlyField):
    """The employer's name, and its enterprise section when that is live and public."""

    def to_representation(self, page):
        # The view prefetches the employer among visible pages only: a draft is None here.
        enterprise = page.employer_enterprise if page.employer_enterprise_id else None
        if enterprise is not None and enterprise.live:
            return {
                "name": enterprise.title,
                "enterprise": page_reference(enterprise, self.context),
            }
        return {"name": page.employer_name, "enterprise": None}


class SculpturesField(ReadOnlyField):
    """The live sculptures in the park that depict the person."""

    def to_representation(self, page):
        return [
            dict(
                page_reference(link.sculpture, self.context),
                year_of_entry=link.sculpture.year_of_entry,
            )
            for link in page.sculpture_links.all()
        ]


def _stream(block, value, context):
    """A story block's value for the API: Wagtail's representation, except that pictures
    are renditions and rich text comes expanded, with absolute links."""
    if isinstance(block, ImageBlock):
        if value is None:
            return None
        alt = "" if value.decorative else value.contextual_alt_text or value.default_alt_text
        return rendition(value, STORY_IMAGE, alt)
    if isinstance(block, ImageChooserBlock):
        return rendition(value, STORY_IMAGE, value.default_alt_text) if value else None
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source, context, features=block.features)
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": child.block_type,
                "value": _stream(child.block, child.value, context),
                "id": child.id,
            }
            for child in value
        ]
    if isinstance(block, blocks.ListBlock):
        return [_stream(block.child_block, item, context) for item in value]
    if isinstance(block, blocks.StructBlock):
        return {
            name: _stream(child, value.get(name), context)
            for name, child in block.child_blocks.items()
        }
    return block.get_api_representation(value, context=context)


class StoryField(Field):
    """The story (事迹) StreamField: [{"type": "paragraph", "value": "<p>…</p>", "id": …}, …]."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return _stream(value.stream_block, value, self.context)


# --- sculptures ---


class DepictedField(ReadOnlyField):
    """The live, public honorees a sculpture depicts, in the editors' order."""

    def to_representation(self, page):
        return [page_reference(link.honoree, self.context) for link in page.depicted.all()]


class LeadPhotoField(ReadOnlyField):
    """The sculpture's first photo as a rendition, described by its caption."""

    def __init__(self, filter_spec=SCULPTURE_PHOTO, **kwargs):
        self.filter_spec = filter_spec
        super().__init__(**kwargs)

    def to_representation(self, page):
        photo = page.lead_photo
        if photo is None:
            return None
        return rendition(photo.image, self.filter_spec, photo.caption or page.title)


# --- enterprises ---


class LogoField(ReadOnlyField):
    def __init__(self, filter_spec=LOGO, **kwargs):
        self.filter_spec = filter_spec
        super().__init__(**kwargs)

    def to_representation(self, page):
        if page.logo is None:
            return None
        return rendition(page.logo, self.filter_spec, f"{page.title}的标志")


class StarCountField(ReadOnlyField):
    """How many live, public honorees work there (annotated by the view)."""

    def to_representation(self, page):
        return getattr(page, "star_count", None)


# --- stories ---


class StoryKindField(Field):
    """{"id": 3, "name": "《劳动者之歌》", "slug": "song", "is_series": true}."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return {
            "id": value.pk,
            "name": value.name,
            "slug": value.slug,
            "is_series": value.is_series,
        }


class HeroImageField(ReadOnlyField):
    def __init__(self, filter_spec=STORY_HERO, **kwargs):
        self.filter_spec = filter_spec
        super().__init__(**kwargs)

    def to_representation(self, page):
        if page.hero_image is None:
            return None
        return rendition(page.hero_image, self.filter_spec, page.hero_image.description)


class StoryHonoreesField(ReadOnlyField):
    """The live, public honorees a story is about, in the editors' order."""

    def to_representation(self, page):
        return [page_reference(link.honoree, self.context) for link in page.people.all()]


class VideoField(ReadOnlyField):
    """The uploaded video (file, poster, subtitles, all absolute), else the fallback link."""

    def to_representation(self, page):
        from wagtail.api.utils import get_full_url

        request = self.context.get("request")
        if page.video is not None:
            poster = page.video_poster
            return {
                "url": get_full_url(request, page.video.url),
                "duration": page.video.duration,
                "poster": rendition(poster, STORY_HERO, page.title) if poster else None,
                "subtitles": (
                    get_full_url(request, page.video_subtitles.url)
                    if page.video_subtitles
                    else None
                ),
                "embed_url": None,
            }
        if page.video_embed_url:
            return {
                "url": None,
                "duration": None,
                "poster": None,
                "subtitles": None,
                "embed_url": page.video_embed_url,
            }
        return None
