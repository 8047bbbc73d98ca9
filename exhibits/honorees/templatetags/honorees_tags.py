"""Template helpers for people: the honour-level badge."""

from django import template

from exhibits.honorees.models import HonourLevel

register = template.Library()


@register.inclusion_tag("includes/level_badge.html")
def level_badge(level):
    """A coloured badge for an honour level (国家级, 省级…)."""
    if level is None:
        return {"level": None}
    level = HonourLevel(level)
    return {"level": level, "slug": level.slug}
