"""Avatars drawn locally from a user's name, in place of Gravatar (unreachable from here)."""

import hashlib
from urllib.parse import quote

# The site's reds and golds (static/css/site.css), dark enough for white text.
COLOURS = ("#b8141b", "#8c1d18", "#a4471b", "#7a5c12", "#5b3a8c", "#1f5f8b", "#2f6b3a")


def initials(user):
    """A Chinese name's surname (姓 is last_name), else the first letter of the username."""
    for part in (user.last_name, user.first_name, user.get_username()):
        part = (part or "").strip()
        if part:
            return part[0].upper()
    return "?"


def avatar_data_url(user):
    """An SVG circle with the user's initial, as a data: URL an <img> can show offline."""
    letter = initials(user)
    digest = hashlib.sha1(str(user.pk or user.get_username()).encode()).digest()
    colour = COLOURS[digest[0] % len(COLOURS)]
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<circle cx="50" cy="50" r="50" fill="{colour}"/>'
        '<text x="50" y="50" dy=".35em" text-anchor="middle" fill="#fff" font-size="50" '
        'font-family="Noto Sans CJK SC,PingFang SC,Microsoft YaHei,sans-serif">'
        f"{_escape(letter)}</text></svg>"
    )
    return "data:image/svg+xml," + quote(svg)


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
