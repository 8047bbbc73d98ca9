"""A story as kiosk HTML: no link leaves the kiosk, and every picture is a screen-sized rendition.

The public template renders links and embedded videos; a kiosk must render neither.
Links are rewritten from the stored rich-text source, where a page link still says
which page it points to: a link to a person the kiosk knows is marked in the text and
listed under the story as a large button that opens that person inside the kiosk (an
inline button would be too small to touch); every other link becomes its plain text.
Videos are left out (they need the internet and a player that could leave the kiosk).
"""

import re

from django.utils.html import format_html, format_html_join
from wagtail.rich_text import expand_db_html

from exhibits.core.renditions import STORY_IMAGE

LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL | re.IGNORECASE)
PAGE_LINK = re.compile(r'linktype="page"[^>]*\bid="(\d+)"|\bid="(\d+)"[^>]*linktype="page"')
ANY_ANCHOR = re.compile(r"</?a\b[^>]*>", re.IGNORECASE)


def kiosk_rich_text(source, honoree_ids, mentions):
    """Rich text without links; ids of people linked to are appended to `mentions`."""

    def replace(match):
        attributes, text = match.groups()
        page = PAGE_LINK.search(attributes)
        page_id = int(page.group(1) or page.group(2)) if page else None
        text = ANY_ANCHOR.sub("", text)
        if page_id in honoree_ids:
            if page_id not in mentions:
                mentions.append(page_id)
            return f'<span class="k-mention">{text}</span>'
        return text

    html = expand_db_html(LINK.sub(replace, source))
    # Whatever expand_db_html added (none of the story features should), drop it too.
    return ANY_ANCHOR.sub("", html)


def _figure(image, caption, assets):
    if image is None:
        return ""
    rendition = image.get_rendition(STORY_IMAGE)
    assets.add(rendition.url)
    alt = "" if getattr(image, "decorative", False) else getattr(image, "contextual_alt_text", "")
    return format_html(
        '<figure class="k-story-image"><img src="{}" width="{}" height="{}" alt="{}"'
        ' draggable="false">{}</figure>',
        rendition.url,
        rendition.width,
        rendition.height,
        alt or image.title,
        format_html("<figcaption>{}</figcaption>", caption) if caption else "",
    )


def kiosk_story(story, honoree_ids, assets):
    """The story's blocks as HTML, and the people it links to.

    Image rendition URLs are added to `assets`.
    """
    parts, mentions = [], []
    for block in story:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            parts.append(kiosk_rich_text(value.source, honoree_ids, mentions))
        elif kind == "image":
            parts.append(_figure(value["image"], value["caption"], assets))
        elif kind == "quote":
            parts.append(
                format_html(
                    '<blockquote class="k-quote"><p>{}</p>{}</blockquote>',
                    value["text"],
                    format_html("<footer>—— {}</footer>", value["attribution"])
                    if value["attribution"]
                    else "",
                )
            )
        elif kind == "gallery":
            figures = format_html_join(
                "", "{}", ((_figure(i["image"], i["caption"], assets),) for i in value["images"])
            )
            title = format_html("<h3>{}</h3>", value["title"]) if value["title"] else ""
            parts.append(format_html('<div class="k-gallery">{}{}</div>', title, figures))
        # "video": left out on purpose, see the module docstring.
    return "".join(str(part) for part in parts), mentions
