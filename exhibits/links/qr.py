"""QR codes of short links, as SVG or PNG.

Error correction Q (25 % may be lost) survives weathering and dirt on an outdoor
plaque; the short link keeps the code at a low version (few, large modules), so
it still scans when printed small or read from a distance.
"""

import io

import segno

ERROR_CORRECTION = "q"
QUIET_ZONE = 4  # modules of white around the code, as the standard asks
PNG_DEFAULT_SIZE = 512
PNG_MIN_SIZE = 128  # three pixels a module at least, or phones struggle
PNG_MAX_SIZE = 2048


def make(url):
    return segno.make_qr(url, error=ERROR_CORRECTION, boost_error=False)


def svg(url, title=""):
    buffer = io.BytesIO()
    # A white ground of its own: plaques may be printed on coloured or dark stock.
    make(url).save(
        buffer,
        kind="svg",
        scale=10,
        border=QUIET_ZONE,
        light="#fff",
        title=title or None,
        xmldecl=True,
    )
    return buffer.getvalue()


def png_size(requested):
    """The pixel size asked for in ?size=, clamped; anything unreadable gives the default."""
    try:
        size = int(requested)
    except (TypeError, ValueError):
        return PNG_DEFAULT_SIZE
    return max(PNG_MIN_SIZE, min(PNG_MAX_SIZE, size))


def png(url, size=PNG_DEFAULT_SIZE):
    code = make(url)
    modules = code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    scale = max(1, size // modules)  # whole pixels per module keep the edges sharp
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=QUIET_ZONE, light="#fff")
    return buffer.getvalue()
