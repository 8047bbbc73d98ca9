"""Template helpers: Chinese dates, JSON-LD, link previews and the site navigation."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from exhibits.core import dates, sharing

register = template.Library()

# The characters json_script escapes too, so a value cannot close the <script>.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def cn_date(value):
    """2026-05-01 → 2026年5月1日."""
    return dates.chinese_date(value)


@register.filter
def cn_month_day(value):
    """2026-05-01 → 5月1日."""
    return dates.chinese_month_day(value) if value else ""


@register.filter
def cn_datetime(value):
    """2026-05-01T06:05Z → 2026年5月1日 14:05 (in the site's time zone)."""
    return dates.chinese_datetime(value) if value else ""


@register.simple_tag
def json_ld(data):
    """A schema.org block; the data is escaped so it cannot break out of the script."""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag(takes_context=True)
def share_card(context):
    """The link preview of the page in the context, or of a view without one (which may name
    itself in `share_title`)."""
    request = context.get("request")
    if request is None:
        return None
    return sharing.share_card(request, context.get("page"), context.get("share_title", ""))


@register.inclusion_tag("includes/site_nav.html", takes_context=True)
def site_nav(context):
    """The sections shown in the header: the home page's live children marked "show in menus"."""
    from wagtail.models import Site

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    items = []
    if site is not None:
        current_path = getattr(current, "path", "")
        items = [
            (item, current_path.startswith(item.path))
            for item in site.root_page.get_children().live().in_menu()
        ]
    return {"items": items, "request": request}
