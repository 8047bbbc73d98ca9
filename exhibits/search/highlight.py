"""Marking what matched in a result's title and excerpt, with <mark>, HTML-escaped."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import bigrams, is_han

EXCERPT_LENGTH = 80


def _pattern(runs):
    """Each run of the query as a whole, and for Chinese also its bigrams (which is how
    it matched: 技术革新 matches 技术的革新 by its bigrams, not as one string)."""
    pieces = set()
    for run in runs:
        pieces.add(run)
        if is_han(run) and len(run) > 2:
            pieces.update(bigrams(run))
    if not pieces:
        return None
    ordered = sorted(pieces, key=len, reverse=True)  # longest first: 王芳 before 王
    return re.compile("|".join(re.escape(piece) for piece in ordered), re.IGNORECASE)


def mark(text, runs):
    """The text escaped, every occurrence of the query marked."""
    pattern = _pattern(runs)
    text = text or ""
    if pattern is None:
        return escape(text)
    parts, last = [], 0
    for found in pattern.finditer(text):
        parts.append(escape(text[last : found.start()]))
        parts.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 – every piece is escaped above


def excerpt(texts, runs, length=EXCERPT_LENGTH):
    """A short stretch of the first text that holds the query, marked; else the first text's
    start. Texts come in order of preference (summary before story)."""
    texts = [" ".join((t or "").split()) for t in texts]
    texts = [t for t in texts if t]
    if not texts:
        return ""
    pattern = _pattern(runs)
    for text in texts:
        found = pattern.search(text) if pattern else None
        if found:
            start = max(0, found.start() - length // 3)
            snippet = text[start : start + length]
            prefix = "…" if start else ""
            suffix = "…" if start + length < len(text) else ""
            return mark_safe(prefix + mark(snippet, runs) + suffix)  # noqa: S308 – mark() escapes
    text = texts[0]
    return mark(text[:length], runs) + ("…" if len(text) > length else "")
