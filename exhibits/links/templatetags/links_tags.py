"""The share control: copy the page's link, share it, or show its QR code to another phone."""

from django import template
from django.urls import reverse

from exhibits.links.views import short_url

register = template.Library()


@register.inclusion_tag("includes/share.html", takes_context=True)
def share_control(context, page, label="分享"):
    """For any live page (profiles and sculptures now, stories later): its address on the
    Wagtail Site, and the QR code of its short link, which survives moves and new slugs."""
    request = context.get("request")
    return {
        "page_id": page.pk,
        "label": label,
        "title": page.title,
        "text": page.get_share_text() if hasattr(page, "get_share_text") else "",
        "url": page.get_full_url(request=request),
        "short_url": short_url(page, request=request),
        "qr_url": reverse("qr-svg", args=[page.pk]),
    }
