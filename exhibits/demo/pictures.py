"""Pictures for the demo drawn locally with Pillow: portraits, logos, story scenes, the home hero.

Nothing is downloaded. Each function returns JPEG bytes and draws the same picture for the
same input. Shapes are drawn at twice the size and scaled down, which smooths their edges.
"""

import glob
import io
import math
import random
import shutil
import subprocess
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

JPEG_QUALITY = 85
SCALE = 2  # supersampling factor

# The union's palette: deep reds into gold. (top, bottom, glow behind the head)
PORTRAIT_PALETTES = [
    ((150, 20, 28), (214, 150, 60), (255, 222, 150)),
    ((120, 16, 24), (196, 70, 44), (250, 200, 120)),
    ((168, 40, 30), (228, 176, 86), (255, 236, 180)),
    ((104, 20, 30), (176, 112, 52), (242, 202, 132)),
]
GOLD = (232, 182, 64)
DEEP_RED = (150, 22, 30)
SILHOUETTE = (110, 20, 26)

CLOTHES = {
    # key: (main colour, collar style, accent)
    "miner": ((34, 44, 70), "uniform", (220, 220, 200)),
    "blue_work": ((36, 84, 150), "uniform", None),
    "grey_work": ((120, 126, 134), "uniform", (220, 220, 200)),
    "light_work": ((120, 160, 200), "uniform", None),
    "navy_work": ((32, 46, 84), "uniform", None),
    "vest": ((54, 70, 110), "vest", (238, 120, 30)),
    "uniform": ((24, 36, 70), "tie", (170, 30, 36)),
    "suit": ((36, 38, 46), "tie", (150, 28, 40)),
    "white_coat": ((238, 240, 242), "coat", (90, 120, 170)),
    "waistcoat": ((120, 24, 40), "tie", (40, 30, 30)),
    "green_jacket": ((62, 100, 60), "uniform", None),
}


@lru_cache(maxsize=1)
def cjk_font_path():
    """A Chinese font on this machine (fontconfig first, then the Noto folders), or None."""
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(
                ["fc-match", "-f", "%{file}", "Noto Sans CJK SC:bold"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        # fc-match always answers; only a CJK font will do.
        if found and "CJK" in found:
            return found
    candidates = sorted(glob.glob("/usr/share/fonts/**/NotoSansCJK*.tt[cf]", recursive=True))
    candidates += sorted(glob.glob("/usr/share/fonts/**/*CJK*.tt[cf]", recursive=True))
    bold = [c for c in candidates if "Bold" in c]
    return (bold or candidates or [None])[0]


@lru_cache(maxsize=16)
def cjk_font(size):
    path = cjk_font_path()
    if not path:
        return None
    # In Noto's .ttc the Simplified Chinese face is number 2 (JP, KR, SC, TC, HK).
    for index in (2, 0):
        try:
            return ImageFont.truetype(path, size, index=index)
        except OSError:
            continue
    return None


def _jpeg(image):
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def _vertical_gradient(size, top, bottom):
    # A one-pixel column stretched sideways: far cheaper than resizing the full square.
    width, height = size
    ramp = Image.linear_gradient("L").resize((1, height), Image.Resampling.BILINEAR)
    column = ImageOps.colorize(ramp, black=top, white=bottom)
    return column.resize((width, height), Image.Resampling.NEAREST)


def _glow(canvas, centre, radius, colour, strength=0.75):
    """Lighten the canvas with a soft round glow."""
    # Pillow's radial gradient reads 181 at the middle of each edge and 255 in the corners;
    # fading to nothing at 181 keeps the glow round instead of showing its square.
    edge = 181
    mask = Image.radial_gradient("L").point(
        lambda v: int(255 * strength * (max(0, edge - v) / edge) ** 2)
    )
    mask = mask.resize((radius * 2, radius * 2), Image.Resampling.BILINEAR)
    layer = Image.new("RGB", mask.size, colour)
    canvas.paste(layer, (centre[0] - radius, centre[1] - radius), mask)


def _shade(colour, factor):
    return tuple(max(0, min(255, int(c * factor))) for c in colour)


# --- portraits ------------------------------------------------------------------------


def draw_portrait(look, size=(600, 800)):
    """A head-and-shoulders bust on a red-to-gold ground; `look` is a plan.Look."""
    width, height = size
    top, bottom, glow = PORTRAIT_PALETTES[look.palette % len(PORTRAIT_PALETTES)]
    canvas = _vertical_gradient(size, top, bottom)
    _glow(canvas, (width // 2, int(height * 0.4)), int(width * 0.6), glow, 0.8)

    figure = Image.new("RGBA", (width * SCALE, height * SCALE), (0, 0, 0, 0))
    _draw_bust(ImageDraw.Draw(figure), look, random.Random(look.seed))
    figure = figure.reduce(SCALE)
    # Blurring a quarter-size alpha and scaling it back is as soft and much quicker.
    shadow = figure.getchannel("A").reduce(4).filter(ImageFilter.GaussianBlur(3))
    shadow = shadow.resize(size, Image.Resampling.BILINEAR)
    canvas.paste((60, 10, 14), (8, 10), shadow.point(lambda v: v // 3))
    canvas.paste(figure, (0, 0), figure)
    return _jpeg(canvas)


def _draw_bust(draw, look, rng):
    def s(*values):
        return [round(v * SCALE) for v in values]

    skin = look.skin
    skin_dark = _shade(skin, 0.86)
    hair = look.hair
    main, collar, accent = CLOTHES.get(look.clothing, CLOTHES["navy_work"])
    head_w = rng.randint(176, 196)
    head_h = rng.randint(228, 248)
    cx, cy = 300, 330
    head = (cx - head_w / 2, cy - head_h / 2, cx + head_w / 2, cy + head_h / 2)

    # Long hair falls behind the shoulders, so it comes first.
    if look.hair_style == "long":
        draw.rounded_rectangle(s(cx - 122, 210, cx + 122, 600), radius=90 * SCALE, fill=hair)
    elif look.hair_style == "bob":
        draw.rounded_rectangle(s(cx - 116, 200, cx + 116, 470), radius=80 * SCALE, fill=hair)
    elif look.hair_style == "bun":
        draw.ellipse(s(cx - 52, 150, cx + 52, 236), fill=hair)

    # Neck, then shoulders as the top of a wide ellipse running off the bottom edge.
    draw.rectangle(s(cx - 40, 410, cx + 40, 540), fill=skin_dark)
    shoulders = s(cx - 270, 520, cx + 270, 1140)
    draw.ellipse(shoulders, fill=main)
    _draw_clothing_details(draw, s, cx, main, collar, accent, look.clothing, skin_dark)

    # Ears, head, hair on top.
    draw.ellipse(s(head[0] - 12, cy - 22, head[0] + 18, cy + 30), fill=skin_dark)
    draw.ellipse(s(head[2] - 18, cy - 22, head[2] + 12, cy + 30), fill=skin_dark)
    draw.ellipse(s(*head), fill=skin)
    if look.helmet:
        _draw_helmet(draw, s, cx, head, look.helmet, look.lamp)
    else:
        _draw_hair(draw, s, cx, head, hair, look.hair_style, rng)
    _draw_face(draw, s, cx, cy, skin, hair, look, rng)
    if look.medal:
        _draw_medal(draw, s, cx + 110, 640)


def _draw_clothing_details(draw, s, cx, main, collar, accent, clothing, skin_dark):
    dark = _shade(main, 0.7)
    if collar in ("tie", "coat"):
        # Shirt opening with lapels.
        draw.polygon(s(cx - 46, 524, cx + 46, 524, cx, 640), fill=(245, 245, 242))
        if collar == "tie":
            draw.polygon(
                s(cx - 12, 530, cx + 12, 530, cx + 18, 630, cx, 650, cx - 18, 630), fill=accent
            )
        draw.polygon(s(cx - 46, 524, cx - 90, 540, cx - 20, 720, cx - 4, 650), fill=dark)
        draw.polygon(s(cx + 46, 524, cx + 90, 540, cx + 20, 720, cx + 4, 650), fill=dark)
        if clothing == "white_coat":
            # Stethoscope around the neck.
            draw.arc(s(cx - 110, 470, cx + 110, 700), 20, 160, fill=accent, width=8 * SCALE)
            draw.ellipse(s(cx + 70, 650, cx + 104, 684), fill=(180, 186, 196))
    elif collar == "vest":
        # A high-visibility vest over a work shirt: two orange panels, a reflective band.
        draw.polygon(s(cx - 250, 620, cx - 60, 560, cx - 40, 800, cx - 270, 800), fill=accent)
        draw.polygon(s(cx + 250, 620, cx + 60, 560, cx + 40, 800, cx + 270, 800), fill=accent)
        draw.rectangle(s(cx - 260, 700, cx - 44, 724), fill=(226, 226, 214))
        draw.rectangle(s(cx + 44, 700, cx + 260, 724), fill=(226, 226, 214))
    else:
        # Work-shirt collar flaps.
        draw.polygon(s(cx - 44, 520, cx - 96, 548, cx - 54, 604, cx, 560), fill=dark)
        draw.polygon(s(cx + 44, 520, cx + 96, 548, cx + 54, 604, cx, 560), fill=dark)
        draw.polygon(s(cx - 36, 520, cx + 36, 520, cx, 556), fill=skin_dark)
        if accent:
            draw.rectangle(s(cx - 250, 712, cx - 60, 730), fill=accent)
            draw.rectangle(s(cx + 60, 712, cx + 250, 730), fill=accent)


def _draw_helmet(draw, s, cx, head, colour, lamp):
    left, top, right, _bottom = head
    draw.chord(s(left - 14, top - 18, right + 14, top + 200), 180, 360, fill=colour)
    draw.rounded_rectangle(
        s(left - 28, top + 92, right + 28, top + 112), radius=8 * SCALE, fill=_shade(colour, 0.85)
    )
    draw.line(s(cx, top - 16, cx, top + 92), fill=_shade(colour, 0.8), width=6 * SCALE)
    if lamp:
        draw.ellipse(s(cx - 22, top + 36, cx + 22, top + 80), fill=(60, 60, 60))
        draw.ellipse(s(cx - 14, top + 44, cx + 14, top + 72), fill=(255, 244, 196))


def _draw_hair(draw, s, cx, head, hair, style, rng):
    left, top, right, _bottom = head
    if style == "crew":
        draw.chord(s(left - 2, top - 6, right + 2, top + 150), 180, 360, fill=hair)
    elif style == "parted":
        draw.chord(s(left - 6, top - 14, right + 6, top + 170), 175, 365, fill=hair)
        draw.polygon(s(left + 10, top + 60, cx + 30, top + 20, right - 4, top + 70), fill=hair)
    elif style == "short":
        draw.chord(s(left - 6, top - 12, right + 6, top + 176), 180, 360, fill=hair)
        draw.rectangle(s(left - 4, top + 80, left + 10, top + 130), fill=hair)
        draw.rectangle(s(right - 10, top + 80, right + 4, top + 130), fill=hair)
    else:
        # Women's styles share a fringe swept to one side.
        draw.chord(s(left - 10, top - 14, right + 10, top + 190), 180, 360, fill=hair)
        sweep = rng.choice([-1, 1])
        draw.polygon(
            s(cx - 90 * sweep, top + 40, cx + 70 * sweep, top + 20, cx + 95 * sweep, top + 110),
            fill=hair,
        )
        if style in ("bob", "long"):
            draw.rectangle(s(left - 10, top + 90, left + 14, top + 200), fill=hair)
            draw.rectangle(s(right - 14, top + 90, right + 10, top + 200), fill=hair)


def _draw_face(draw, s, cx, cy, skin, hair, look, rng):
    eye_y = cy - 2
    gap = rng.randint(36, 42)
    eye_colour = (44, 34, 32)
    brow = hair if sum(hair) < 400 else (90, 80, 76)
    for side in (-1, 1):
        ex = cx + side * gap
        draw.ellipse(s(ex - 9, eye_y - 6, ex + 9, eye_y + 7), fill=eye_colour)
        draw.line(s(ex - 18, eye_y - 22, ex + 16, eye_y - 25 - side), fill=brow, width=5 * SCALE)
    if look.glasses:
        for side in (-1, 1):
            ex = cx + side * gap
            draw.rounded_rectangle(
                s(ex - 26, eye_y - 18, ex + 26, eye_y + 18),
                radius=10 * SCALE,
                outline=(50, 44, 44),
                width=3 * SCALE,
            )
        draw.line(
            s(cx - gap + 26, eye_y - 4, cx + gap - 26, eye_y - 4),
            fill=(50, 44, 44),
            width=3 * SCALE,
        )
    nose = _shade(skin, 0.8)
    draw.line(
        s(cx + 2, eye_y + 10, cx - 6, eye_y + 48, cx + 8, eye_y + 50), fill=nose, width=4 * SCALE
    )
    mouth_y = eye_y + 74
    draw.arc(
        s(cx - 26, mouth_y - 16, cx + 26, mouth_y + 12),
        25,
        155,
        fill=(164, 78, 74),
        width=5 * SCALE,
    )
    if look.gender == "female":
        blush = _shade(skin, 0.95)
        blush = (min(255, blush[0] + 14), blush[1], blush[2])
        for side in (-1, 1):
            bx = cx + side * (gap + 18)
            draw.ellipse(s(bx - 16, eye_y + 36, bx + 16, eye_y + 52), fill=blush)


def _draw_medal(draw, s, x, y):
    """A model worker's medal: red ribbon, gold disc, five-pointed star."""
    draw.polygon(s(x - 16, y - 44, x + 16, y - 44, x + 20, y, x - 20, y), fill=(196, 28, 36))
    draw.line(s(x, y - 44, x, y), fill=GOLD, width=3 * SCALE)
    draw.ellipse(
        s(x - 26, y - 6, x + 26, y + 46), fill=GOLD, outline=(176, 126, 30), width=2 * SCALE
    )
    draw.polygon(s(*_star_points(x, y + 20, 18, 7.5)), fill=(196, 28, 36))


def _star_points(cx, cy, outer, inner, points=5):

    coords = []
    for k in range(points * 2):
        radius = outer if k % 2 == 0 else inner
        angle = math.pi / points * k - math.pi / 2
        coords += [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    return coords


# --- enterprise logos -------------------------------------------------------------------


def draw_logo(text, colour, size=400):
    """A round badge in the enterprise's colour with its short name (or a star without a font)."""
    big = size * SCALE
    image = Image.new("RGB", (big, big), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    margin = big // 16
    draw.ellipse((margin, margin, big - margin, big - margin), fill=colour)
    ring = big // 11
    draw.ellipse((ring, ring, big - ring, big - ring), outline=GOLD, width=big // 60)
    centre = big // 2
    font = cjk_font(int(big * 0.27)) if text else None
    if font:
        draw.polygon(_star_points(centre, big * 0.25, big * 0.07, big * 0.028), fill=GOLD)
        draw.text((centre, big * 0.56), text, font=font, fill=(255, 255, 255), anchor="mm")
    else:
        # No CJK font: a monogram of star and rising lines carries the enterprise colour.
        draw.polygon(_star_points(centre, big * 0.4, big * 0.16, big * 0.065), fill=GOLD)
        for k in range(3):
            y = big * (0.6 + 0.07 * k)
            draw.rounded_rectangle(
                (big * 0.3, y, big * 0.7, y + big * 0.035), radius=big // 80, fill=(255, 255, 255)
            )
    return _jpeg(image.reduce(SCALE))


# --- scenes and the home hero ------------------------------------------------------------


def _ground_and_sky(size, horizon):
    width, height = size
    sky = _vertical_gradient(size, (196, 52, 40), (250, 206, 120))
    draw = ImageDraw.Draw(sky)
    draw.rectangle((0, horizon, width, height), fill=(124, 24, 28))
    return sky, draw


def _building(draw, x, base, w, h, colour, windows=True):
    draw.rectangle((x, base - h, x + w, base), fill=colour)
    if windows:
        light = (238, 182, 88)
        for wy in range(base - h + 16, base - 20, 28):
            for wx in range(x + 10, x + w - 14, 24):
                draw.rectangle((wx, wy, wx + 10, wy + 14), fill=light)


def _chimney(draw, x, base, h, colour):
    draw.polygon((x, base, x + 10, base - h, x + 30, base - h, x + 40, base), fill=colour)
    draw.rectangle((x + 8, base - h + 20, x + 32, base - h + 30), fill=(230, 220, 210))


def _headframe(draw, x, base, h, colour):
    draw.polygon(
        (x, base, x + h * 0.28, base - h, x + h * 0.34, base - h, x + h * 0.2, base), fill=colour
    )
    draw.polygon(
        (x + h * 0.5, base, x + h * 0.34, base - h, x + h * 0.28, base - h, x + h * 0.4, base),
        fill=colour,
    )
    draw.ellipse(
        (x + h * 0.16, base - h - h * 0.12, x + h * 0.46, base - h + h * 0.18),
        outline=colour,
        width=8,
    )


def _cooling_tower(draw, x, base, w, h, colour):
    draw.polygon(
        (
            x,
            base,
            x + w * 0.18,
            base - h * 0.55,
            x + w * 0.12,
            base - h,
            x + w * 0.88,
            base - h,
            x + w * 0.82,
            base - h * 0.55,
            x + w,
            base,
        ),
        fill=colour,
    )


def _pylon(draw, x, base, h, colour):
    draw.line((x, base, x + h * 0.2, base - h, x + h * 0.4, base), fill=colour, width=6)
    draw.line((x + h * 0.02, base - h * 0.7, x + h * 0.38, base - h * 0.7), fill=colour, width=6)
    draw.line((x - h * 0.05, base - h * 0.85, x + h * 0.45, base - h * 0.85), fill=colour, width=6)


def _crane(draw, x, base, h, colour):
    draw.rectangle((x, base - h, x + 18, base), fill=colour)
    draw.rectangle((x - h * 0.25, base - h, x + h * 0.7, base - h + 14), fill=colour)
    draw.line((x + 9, base - h - 50, x + h * 0.6, base - h + 6), fill=colour, width=4)
    draw.line((x + h * 0.55, base - h + 14, x + h * 0.55, base - h * 0.45), fill=colour, width=3)


def _tank(draw, x, base, r, colour):
    draw.ellipse((x, base - 2 * r, x + 2 * r, base), fill=colour)
    draw.rectangle((x + r * 0.4, base - r * 0.4, x + r * 1.6, base), fill=colour)


def _gear(draw, cx, cy, r, colour, background):

    for k in range(12):
        angle = math.pi * 2 * k / 12
        tx, ty = cx + r * math.cos(angle), cy + r * math.sin(angle)
        draw.ellipse((tx - r * 0.2, ty - r * 0.2, tx + r * 0.2, ty + r * 0.2), fill=colour)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    draw.ellipse((cx - r * 0.4, cy - r * 0.4, cx + r * 0.4, cy + r * 0.4), fill=background)


def _sawtooth_factory(draw, x, base, w, h, colour):
    draw.rectangle((x, base - h, x + w, base), fill=colour)
    step = w // 5
    for k in range(5):
        sx = x + k * step
        draw.polygon(
            (sx, base - h, sx + step, base - h, sx + step, base - h - step * 0.6), fill=colour
        )


def _bus(draw, x, base, colour):
    draw.rounded_rectangle((x, base - 120, x + 320, base - 20), radius=22, fill=colour)
    for wx in range(x + 24, x + 300, 56):
        draw.rectangle((wx, base - 100, wx + 40, base - 66), fill=(250, 232, 190))
    for wx in (x + 60, x + 250):
        draw.ellipse((wx - 22, base - 44, wx + 22, base), fill=(40, 30, 30))


def _tree(draw, x, base, h, colour):
    draw.rectangle((x - 5, base - h * 0.4, x + 5, base), fill=colour)
    draw.ellipse((x - h * 0.3, base - h, x + h * 0.3, base - h * 0.35), fill=colour)


def _draw_scene(draw, kind, width, horizon):
    """Silhouettes for one industry, along the horizon."""
    c = SILHOUETTE
    if kind == "煤炭开采":
        _headframe(draw, width * 0.18, horizon, 320, c)
        _building(draw, int(width * 0.45), horizon, 260, 150, c)
        _chimney(draw, width * 0.75, horizon, 300, c)
    elif kind == "电力":
        _cooling_tower(draw, width * 0.1, horizon, 260, 300, c)
        _chimney(draw, width * 0.42, horizon, 380, c)
        _pylon(draw, width * 0.62, horizon, 320, c)
        _pylon(draw, width * 0.85, horizon, 240, c)
    elif kind == "钢铁":
        draw.rectangle((width * 0.2, horizon - 340, width * 0.28, horizon), fill=c)
        draw.polygon(
            (
                width * 0.17,
                horizon - 200,
                width * 0.31,
                horizon - 200,
                width * 0.28,
                horizon - 340,
                width * 0.2,
                horizon - 340,
            ),
            fill=c,
        )
        _sawtooth_factory(draw, int(width * 0.4), horizon, 420, 160, c)
        _chimney(draw, width * 0.85, horizon, 320, c)
    elif kind == "化工":
        _tank(draw, width * 0.08, horizon, 110, c)
        draw.rectangle((width * 0.36, horizon - 360, width * 0.36 + 40, horizon), fill=c)
        draw.rectangle((width * 0.44, horizon - 300, width * 0.44 + 50, horizon), fill=c)
        draw.rectangle((width * 0.3, horizon - 140, width * 0.75, horizon - 126), fill=c)
        _tank(draw, width * 0.62, horizon, 130, c)
    elif kind == "装备制造":
        _sawtooth_factory(draw, int(width * 0.08), horizon, 560, 180, c)
        _gear(draw, width * 0.78, horizon - 190, 120, c, (238, 170, 90))
    elif kind == "建筑":
        _crane(draw, width * 0.2, horizon, 380, c)
        for floor in range(6):
            y = horizon - 40 - floor * 48
            draw.rectangle((width * 0.5, y, width * 0.8, y + 10), fill=c)
        for col in range(5):
            x = width * 0.5 + col * width * 0.075
            draw.rectangle((x, horizon - 290, x + 10, horizon), fill=c)
    elif kind == "交通运输":
        _building(draw, int(width * 0.05), horizon - 40, 200, 200, c)
        _building(draw, int(width * 0.75), horizon - 40, 220, 260, c)
        _bus(draw, int(width * 0.32), horizon + 20, (200, 48, 40))
    elif kind == "教育":
        _building(draw, int(width * 0.2), horizon, 620, 220, c)
        draw.rectangle((width * 0.1, horizon - 360, width * 0.1 + 8, horizon), fill=c)
        draw.rectangle(
            (width * 0.1 + 8, horizon - 360, width * 0.1 + 100, horizon - 300), fill=(222, 41, 16)
        )
    elif kind == "医疗卫生":
        _building(draw, int(width * 0.25), horizon, 560, 300, c)
        cx, cy = width * 0.25 + 280, horizon - 360
        draw.rectangle((cx - 60, cy - 60, cx + 60, cy + 60), fill=(255, 255, 255))
        draw.rectangle((cx - 14, cy - 44, cx + 14, cy + 44), fill=(222, 41, 16))
        draw.rectangle((cx - 44, cy - 14, cx + 44, cy + 14), fill=(222, 41, 16))
    elif kind == "商贸服务":
        for k in range(4):
            x = int(width * 0.08 + k * width * 0.22)
            _building(draw, x, horizon, 220, 170 + 30 * (k % 2), c)
            for stripe in range(6):
                colour = (222, 41, 16) if stripe % 2 == 0 else (250, 236, 210)
                sx = x + stripe * 36
                draw.polygon(
                    (
                        sx,
                        horizon - 120,
                        sx + 36,
                        horizon - 120,
                        sx + 36,
                        horizon - 90,
                        sx,
                        horizon - 90,
                    ),
                    fill=colour,
                )
    else:  # agriculture and anything unknown: fields and trees
        for k in range(8):
            draw.line(
                (0, horizon + 30 + k * 40, width, horizon + 10 + k * 46),
                fill=(206, 150, 60),
                width=10,
            )
        for k in range(5):
            _tree(draw, width * (0.12 + k * 0.19), horizon, 160 + 20 * (k % 2), c)


def draw_scene(kind, size=(1200, 800)):
    """A flat illustration of a workplace of the given industry, for stories."""
    width, height = size
    horizon = int(height * 0.72)
    canvas, draw = _ground_and_sky(size, horizon)
    sun = (int(width * 0.7), int(height * 0.3))
    _glow(canvas, sun, 220, (255, 240, 200), 0.9)
    draw.ellipse((sun[0] - 60, sun[1] - 60, sun[0] + 60, sun[1] + 60), fill=(255, 226, 150))
    _draw_scene(draw, kind, width, horizon)
    return _jpeg(canvas)


def draw_hero(size=(1920, 800)):
    """The home banner: a sunrise over the city's industries, no lettering (the page adds it)."""
    width, height = size
    horizon = int(height * 0.78)
    canvas, draw = _ground_and_sky(size, horizon)
    sun = (width // 2, horizon)
    _glow(canvas, sun, 520, (255, 236, 180), 0.9)
    # Rays fanning out from the sun, then the sun itself over their meeting point.
    for k in range(14):
        angle = math.pi * (k + 0.5) / 14
        spread = 0.03
        draw.polygon(
            (
                sun[0],
                sun[1],
                sun[0] - math.cos(angle) * width,
                sun[1] - math.sin(angle) * width,
                sun[0] - math.cos(angle + spread) * width,
                sun[1] - math.sin(angle + spread) * width,
            ),
            fill=(246, 196, 112),
        )
    draw.ellipse((sun[0] - 150, sun[1] - 150, sun[0] + 150, sun[1] + 150), fill=(255, 214, 120))
    c = SILHOUETTE
    _headframe(draw, width * 0.04, horizon, 300, c)
    _cooling_tower(draw, width * 0.16, horizon, 200, 240, c)
    _chimney(draw, width * 0.27, horizon, 330, c)
    _sawtooth_factory(draw, int(width * 0.31), horizon, 300, 130, c)
    _crane(draw, width * 0.66, horizon, 340, c)
    _building(draw, int(width * 0.72), horizon, 160, 230, c)
    _building(draw, int(width * 0.82), horizon, 120, 170, c)
    _pylon(draw, width * 0.92, horizon, 260, c)
    draw.rectangle((0, horizon, width, height), fill=DEEP_RED)
    return _jpeg(canvas)


# --- the sculpture park: its map ----------------------------------------------------------

PARK_INK = (42, 31, 26)
PARK_RED = (155, 21, 27)
PARK_WALL = (122, 44, 36)
PARK_GOLD = (217, 169, 47)
PARK_SURROUND = (236, 228, 212)
PARK_PAPER = (251, 246, 236)
PARK_LAWN = (205, 221, 174)
PARK_PATH = (246, 238, 218)
PARK_PATH_EDGE = (212, 196, 164)
PARK_PAVING = (238, 226, 200)
PARK_WATER = (146, 194, 200)
PARK_WATER_EDGE = (96, 150, 160)
PARK_TREES = [(92, 138, 82), (112, 154, 92), (78, 122, 74), (128, 164, 98)]
ENTRANCE = (800, 1035)


def _png(image):
    buffer = io.BytesIO()
    # optimize=True would take six times as long to save two per cent.
    image.convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


def _park_paths(layout):
    """The walkways: (points, width) polylines and (centre, radii, width) rings, in map pixels."""
    (lake_x, lake_y), _pond_radii = layout["pond"]
    zones = {zone["key"]: zone for zone in layout["zones"]}
    ring_centre, ring_radii = zones["lake"]["ring"]
    gate_x, gate_y = ENTRANCE
    meander = [(470 + 10 * k, 252 + 14 * math.sin(k / 6.5)) for k in range(0, 73)]
    lines = [
        ([(gate_x, gate_y + 4), (gate_x, 790)], 54),  # the main axis from the south gate
        ([(600, 590), (265, 590)], 30),  # west to the craftsmen's corridor
        ([(265, 200), (265, 860)], 36),  # the corridor's walkway
        ([(265, 205), (330, 252), (470, 252)], 26),
        ([(800, 400), (800, 262)], 30),  # north into the woods
        (meander, 24),  # through the woods to the pioneers' garden
        ([(1190, 262), (1484, 262)], 20),
        ([(1190, 430), (1484, 430)], 20),
        ([(935, 455), (1060, 430), (1190, 430)], 28),  # north-east spoke
        ([(940, 720), (1030, 790), (ring_centre[0] - ring_radii[0], lake_y)], 28),
        ([(265, 860), (300, 985), (1210, 985), (lake_x - 60, lake_y + ring_radii[1] - 6)], 24),
    ]
    rings = [(ring_centre, ring_radii, 22)]
    return lines, rings


def _draw_park_paths(draw, lines, rings, k, pad=0, colours=(PARK_PATH_EDGE, PARK_PATH)):
    """Edges first, then the surfaces, so crossings merge; k scales, pad widens (for masks)."""
    for stroke, colour in ((6 + pad, colours[0]), (pad, colours[1])):
        for points, width in lines:
            w = (width + stroke) * k
            scaled = [(x * k, y * k) for x, y in points]
            draw.line(scaled, fill=colour, width=round(w), joint="curve")
            for x, y in (scaled[0], scaled[-1]):
                draw.ellipse((x - w / 2, y - w / 2, x + w / 2, y + w / 2), fill=colour)
        for (cx, cy), (rx, ry), width in rings:
            w = (width + stroke) * k
            box = ((cx - rx) * k - w / 2, (cy - ry) * k - w / 2)
            box += ((cx + rx) * k + w / 2, (cy + ry) * k + w / 2)
            draw.ellipse(box, outline=colour, width=round(w))


def _label(draw, xy, text, size, k, colour=PARK_RED, fill=(255, 251, 242), outline=None):
    """A name on a rounded pill; nothing without a CJK font."""
    font = cjk_font(round(size * k))
    if not font:
        return
    x, y = xy[0] * k, xy[1] * k
    left, top, right, bottom = draw.textbbox((x, y), text, font=font, anchor="mm")
    pad_x, pad_y = size * 0.6 * k, size * 0.3 * k
    draw.rounded_rectangle(
        (left - pad_x, top - pad_y, right + pad_x, bottom + pad_y),
        radius=(bottom - top + 2 * pad_y) / 2,
        fill=fill,
        outline=outline or PARK_GOLD,
        width=round(2 * k),
    )
    draw.text((x, y), text, font=font, fill=colour, anchor="mm")


def _park_tree(draw, x, y, r, colour, k):
    shadow = _shade(colour, 0.7)
    draw.ellipse(((x - r + 3) * k, (y - r + 4) * k, (x + r + 3) * k, (y + r + 4) * k), fill=shadow)
    draw.ellipse(((x - r) * k, (y - r) * k, (x + r) * k, (y + r) * k), fill=colour)
    light = tuple(min(255, c + 34) for c in colour)
    hr = r * 0.45
    hx, hy = x - r * 0.3, y - r * 0.3
    draw.ellipse(((hx - hr) * k, (hy - hr) * k, (hx + hr) * k, (hy + hr) * k), fill=light)


def _plant_trees(draw, mask, rng, area, count, radii, k, tries=40):
    """Up to `count` trees in `area` where the mask is clear; each tree then blocks its place."""
    mask_draw = ImageDraw.Draw(mask)
    left, top, right, bottom = area
    for _ in range(count):
        for _attempt in range(tries):
            r = rng.uniform(*radii)
            x, y = rng.uniform(left + r, right - r), rng.uniform(top + r, bottom - r)
            probes = [(x, y)] + [
                (x + r * math.cos(a), y + r * math.sin(a)) for a in (0, 1.57, 3.14, 4.71)
            ]
            if all(mask.getpixel((int(px), int(py))) == 0 for px, py in probes):
                _park_tree(draw, x, y, r, rng.choice(PARK_TREES), k)
                mask_draw.ellipse((x - r * 0.8, y - r * 0.8, x + r * 0.8, y + r * 0.8), fill=255)
                break


def _compass(draw, cx, cy, r, k):
    draw.ellipse(
        ((cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k),
        fill=PARK_PAPER,
        outline=PARK_GOLD,
        width=round(3 * k),
    )
    for step in range(8):
        angle = math.pi / 4 * step - math.pi / 2
        length = r * (0.9 if step % 2 == 0 else 0.55)
        tip = (cx + length * math.cos(angle), cy + length * math.sin(angle))
        for side, shade in ((-1, 1.0), (1, 0.75)):
            wing = angle + side * math.pi / 2
            base = (cx + r * 0.14 * math.cos(wing), cy + r * 0.14 * math.sin(wing))
            colour = PARK_RED if step == 0 else (PARK_INK if step % 2 == 0 else PARK_GOLD)
            draw.polygon(
                [tip[0] * k, tip[1] * k, base[0] * k, base[1] * k, cx * k, cy * k],
                fill=_shade(colour, shade),
            )
    _label(draw, (cx, cy - r - 18), "北", 20, k, fill=PARK_PAPER)


def _gate(draw, x, y, k):
    """The south gate seen from above: a red pailou with a gold-edged roof over four pillars."""
    for px in (-52, -20, 20, 52):
        draw.rectangle(
            ((x + px - 5) * k, (y - 14) * k, (x + px + 5) * k, (y + 2) * k), fill=PARK_WALL
        )
    draw.rounded_rectangle(
        ((x - 74) * k, (y - 30) * k, (x + 74) * k, (y - 12) * k),
        radius=4 * k,
        fill=PARK_RED,
        outline=PARK_GOLD,
        width=round(3 * k),
    )
    draw.rectangle(((x - 36) * k, (y - 42) * k, (x + 36) * k, (y - 28) * k), fill=PARK_RED)
    draw.line(
        ((x - 36) * k, (y - 42) * k, (x + 36) * k, (y - 42) * k), fill=PARK_GOLD, width=round(3 * k)
    )


def draw_park_map(layout):
    """The park's illustrated plan, seen from above, without sculpture markers (the site adds them).

    `layout` is plan.park_layout(): the map size, the pond, and the zones with their areas,
    label positions, tints and the spots kept free for sculptures.
    """
    width, height = layout["size"]
    k = SCALE
    rng = random.Random("park-map")
    canvas = Image.new("RGBA", (width * k, height * k), PARK_SURROUND + (255,))
    draw = ImageDraw.Draw(canvas)
    zones = {zone["key"]: zone for zone in layout["zones"]}
    (pond_x, pond_y), (pond_rx, pond_ry) = layout["pond"]
    lines, rings = _park_paths(layout)
    # Where trees may not grow, at 1:1.
    blocked = Image.new("L", (width, height), 0)
    block = ImageDraw.Draw(blocked)

    # Title band and the street along the south side.
    draw.rectangle((0, 0, width * k, 80 * k), fill=PARK_PAPER)
    draw.line((0, 80 * k, width * k, 80 * k), fill=PARK_GOLD, width=round(2 * k))
    draw.rectangle((0, 1046 * k, width * k, height * k), fill=(214, 205, 190))
    for x in range(20, width, 60):
        if abs(x - ENTRANCE[0]) > 110:
            draw.rectangle((x * k, 1071 * k, (x + 30) * k, 1074 * k), fill=(250, 246, 236))

    # The park inside its wall.
    park_box = (40, 92, 1560, ENTRANCE[1])
    draw.rounded_rectangle(
        [v * k for v in park_box], radius=30 * k, fill=PARK_LAWN, outline=PARK_WALL, width=6 * k
    )
    block.rectangle((0, 0, width, park_box[1] + 22), fill=255)
    block.rectangle((0, park_box[3] - 22, width, height), fill=255)
    block.rectangle((0, 0, park_box[0] + 22, height), fill=255)
    block.rectangle((park_box[2] - 22, 0, width, height), fill=255)

    # Zone areas, softly tinted.
    tints = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    tint_draw = ImageDraw.Draw(tints)
    for zone in layout["zones"]:
        box = [v * k for v in zone["area"]]
        tint_draw.rounded_rectangle(
            box,
            radius=26 * k,
            fill=zone["tint"] + (88,),
            outline=_shade(zone["tint"], 0.72) + (190,),
            width=round(3 * k),
        )
        if zone["key"] != "forest":
            block.rounded_rectangle(
                [v - 10 for v in zone["area"][:2]] + [v + 10 for v in zone["area"][2:]],
                radius=26,
                fill=255,
            )
    canvas = Image.alpha_composite(canvas, tints)
    draw = ImageDraw.Draw(canvas)

    # The pond with lotus leaves and ripples.
    draw.ellipse(
        (
            (pond_x - pond_rx) * k,
            (pond_y - pond_ry) * k,
            (pond_x + pond_rx) * k,
            (pond_y + pond_ry) * k,
        ),
        fill=PARK_WATER,
        outline=PARK_WATER_EDGE,
        width=round(4 * k),
    )
    for dx, dy, r in ((-70, -50, 34), (-40, 44, 26), (70, 40, 30)):
        x, y = pond_x + dx, pond_y + dy
        draw.arc(
            ((x - r) * k, (y - r * 0.4) * k, (x + r) * k, (y + r * 0.4) * k),
            200,
            340,
            fill=(196, 226, 226),
            width=round(2 * k),
        )
    for dx, dy in ((88, -52), (100, -34), (76, -30), (-96, 22), (-110, 40)):
        x, y = pond_x + dx, pond_y + dy
        draw.ellipse(((x - 9) * k, (y - 9) * k, (x + 9) * k, (y + 9) * k), fill=(96, 150, 96))
    draw.ellipse(
        (
            (pond_x + 92 - 4) * k,
            (pond_y - 44 - 4) * k,
            (pond_x + 92 + 4) * k,
            (pond_y - 44 + 4) * k,
        ),
        fill=(232, 140, 150),
    )

    # A clipped hedge inside the pioneers' garden; the walkways cut their way through it.
    left, top, right, bottom = zones["pioneers"]["area"]
    draw.rounded_rectangle(
        ((left + 12) * k, (top + 12) * k, (right - 12) * k, (bottom - 12) * k),
        radius=18 * k,
        outline=(110, 150, 88),
        width=round(7 * k),
    )

    # Walkways, then the central plaza over the axis.
    _draw_park_paths(draw, lines, rings, k)
    _draw_park_paths(block, lines, rings, 1, pad=14, colours=(255, 255))
    plaza = zones["plaza"]
    (cx, cy), (r, _ry) = plaza["ring"]
    for radius, fill in (
        (r + 50, PARK_PATH_EDGE),
        (r + 46, PARK_PAVING),
        (r + 20, (230, 214, 182)),
        (r - 20, PARK_PAVING),
    ):
        draw.ellipse(
            ((cx - radius) * k, (cy - radius) * k, (cx + radius) * k, (cy + radius) * k), fill=fill
        )
    for radius in (r + 40, r - 26):
        draw.ellipse(
            ((cx - radius) * k, (cy - radius) * k, (cx + radius) * k, (cy + radius) * k),
            outline=PARK_GOLD,
            width=round(2 * k),
        )
    # A flower bed with a red star in the middle.
    bed = 50
    draw.ellipse(
        ((cx - bed) * k, (cy - bed + 14) * k, (cx + bed) * k, (cy + bed + 14) * k),
        fill=(112, 150, 90),
        outline=PARK_GOLD,
        width=round(3 * k),
    )
    draw.polygon([v * k for v in _star_points(cx, cy + 17, 40, 16.5)], fill=PARK_RED)
    draw.polygon([v * k for v in _star_points(cx, cy + 17, 14, 5.7)], fill=PARK_GOLD)

    # The corridor: a pergola of paired posts and beams along its walkway.
    for y in range(214, 850, 34):
        draw.line((238 * k, y * k, 292 * k, y * k), fill=(170, 96, 70), width=round(4 * k))
        for x in (240, 290):
            draw.rectangle(((x - 4) * k, (y - 4) * k, (x + 4) * k, (y + 4) * k), fill=PARK_WALL)

    # Low hedges along the corridor's long sides.
    for x in (118, 412):
        for y in range(226, 830, 44):
            draw.ellipse(
                ((x - 11) * k, (y - 11) * k, (x + 11) * k, (y + 11) * k), fill=(104, 146, 84)
            )
            draw.ellipse(((x - 6) * k, (y - 7) * k, (x + 2) * k, (y + 1) * k), fill=(138, 176, 106))
    # The pioneers' garden: round flower beds between its rows.
    for x, y in ((1300, 347), (1400, 347)):
        draw.ellipse(((x - 26) * k, (y - 26) * k, (x + 26) * k, (y + 26) * k), fill=(116, 154, 92))
        for step in range(8):
            a = math.pi / 4 * step
            fx, fy = x + 15 * math.cos(a), y + 15 * math.sin(a)
            colour = (214, 70, 70) if step % 2 else (240, 196, 90)
            draw.ellipse(((fx - 5) * k, (fy - 5) * k, (fx + 5) * k, (fy + 5) * k), fill=colour)

    # The visitor centre west of the gate.
    draw.rectangle((470 * k, 872 * k, 650 * k, 948 * k), fill=(200, 110, 90))
    draw.polygon([470 * k, 872 * k, 650 * k, 872 * k, 560 * k, 910 * k], fill=(176, 84, 66))
    draw.polygon([470 * k, 948 * k, 650 * k, 948 * k, 560 * k, 910 * k], fill=(188, 96, 76))
    draw.line((490 * k, 910 * k, 630 * k, 910 * k), fill=PARK_GOLD, width=round(3 * k))
    block.rectangle((440, 850, 680, 990), fill=255)

    # Trees: the forest first, then a belt inside the wall and a few on the open lawns.
    forest = zones["forest"]
    for x, y in forest["spots"]:
        block.ellipse((x - 34, y - 34, x + 34, y + 34), fill=255)
    lx, ly = forest["label"]
    block.rectangle((lx - 90, ly - 26, lx + 90, ly + 26), fill=255)
    block.ellipse((80, 860, 220, 1010), fill=255)  # the compass
    _plant_trees(draw, blocked, rng, forest["area"], 140, (12, 19), k)
    _plant_trees(draw, blocked, rng, park_box, 420, (11, 17), k)

    # Names and furniture.
    for zone in layout["zones"]:
        _label(draw, zone["label"], zone["name"], 26, k, outline=_shade(zone["tint"], 0.7))
    _gate(draw, ENTRANCE[0], ENTRANCE[1], k)
    _label(draw, (ENTRANCE[0], 1073), "南门 · 主入口", 22, k)
    _label(draw, (560, 972), "游客服务中心", 16, k, colour=PARK_INK, fill=PARK_PAPER)
    _compass(draw, 150, 950, 44, k)
    font = cjk_font(round(34 * k))
    if font:
        draw.text(
            (width / 2 * k, 42 * k),
            "平顶山市劳模雕塑园 · 导览平面图",
            font=font,
            fill=PARK_RED,
            anchor="mm",
        )
        small = cjk_font(round(15 * k))
        for x, text in ((1400, "0"), (1460, "50"), (1520, "100"), (1548, "米")):
            draw.text((x * k, 58 * k), text, font=small, fill=PARK_INK, anchor="mm")
    for step, colour in enumerate((PARK_INK, PARK_PAPER, PARK_INK, PARK_PAPER)):
        x = 1400 + step * 30
        draw.rectangle((x * k, 30 * k, (x + 30) * k, 38 * k), fill=colour, outline=PARK_INK)
    return _png(canvas.reduce(k))


# --- the sculpture park: sculpture photos ----------------------------------------------------

# Each material as (highlight, body, shadow) and the plinth it usually stands on.
MATERIAL_COLOURS = {
    "铸铜": ((176, 142, 88), (102, 80, 50), (46, 36, 26)),
    "锻铜": ((232, 158, 108), (166, 92, 58), (84, 42, 28)),
    "汉白玉": ((255, 253, 248), (230, 226, 214), (164, 160, 152)),
    "花岗岩": ((200, 196, 190), (150, 146, 140), (92, 88, 86)),
    "不锈钢": ((250, 252, 255), (178, 188, 202), (86, 98, 116)),
}
PLINTHS = {
    "铸铜": (118, 60, 50),
    "锻铜": (72, 66, 64),
    "汉白玉": (112, 108, 104),
    "花岗岩": (124, 64, 52),
    "不锈钢": (64, 60, 60),
}

# Arms by pose, in figure units (head top 0, soles 100): shoulder, elbow, hand for each side.
ARM_POSES = [
    # 0: standing at ease
    (((-10, 19), (-12.6, 32), (-12.8, 45)), ((10, 19), (12.6, 32), (12.8, 45))),
    # 1: a rolled drawing held across the chest
    (((-10, 19), (-12.6, 32), (-12.8, 45)), ((10, 19), (12.2, 31), (3.5, 30))),
    # 2: the right hand raised towards the future
    (((-10, 19), (-12.6, 32), (-12.8, 45)), ((10, 19), (16.5, 10), (19, 0))),
    # 3: a hand on the hip, a book at the chest
    (((-10, 19), (-16.5, 30), (-10, 40)), ((10, 19), (12.2, 31), (3.5, 30))),
]
# The upper body, half of it (the other side mirrors): from the neck round the shoulder to the hem.
TORSO = [(3.4, 14.6), (8.6, 16.2), (11.6, 18.6), (12.2, 22), (11.4, 31), (10.2, 46)]


def _figure_mask(size, figures, k):
    """The statue's silhouette (an L mask) and the lines of its folds, at scale k.

    `figures` holds (centre x, soles y, height, (gender, helmet, clothing, pose)) in pixels.
    """
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    folds = []
    for fx, base, height, (gender, helmet, clothing, pose) in figures:
        u = height / 100
        slim = 0.9 if gender == "female" else 1.0

        def p(x, y, fx=fx, base=base, u=u, height=height):
            return ((fx + x * u) * k, (base - height + y * u) * k)

        def box(x0, y0, x1, y1, p=p):
            return [*p(x0, y0), *p(x1, y1)]

        # Trousers and shoes.
        for side in (-1, 1):
            leg = [(9.4, 44), (-0.3, 44), (-0.3, 52), (1.5, 94), (8.0, 94)]
            draw.polygon([c for x, y in leg for c in p(-side * x * slim, y)], fill=255)
            inner, outer = sorted((side * 1.0, side * 9.6))
            draw.ellipse(box(inner, 93, outer, 99.6), fill=255)
        # The upper body: a work jacket to the hips, or a doctor's coat to the knees.
        hem = 70 if clothing == "white_coat" else 46
        torso = [(x * slim, y) for x, y in TORSO]
        if hem > 46:
            torso[-1] = (12.4 * slim, hem)
        outline = torso + [(-x, y) for x, y in reversed(torso)]
        draw.polygon([c for x, y in outline for c in p(x, y)], fill=255)
        draw.rectangle(box(-2.6, 10, 2.6, 16), fill=255)
        # Head, then hair or the safety helmet.
        draw.ellipse(box(-5.0, 0.8, 5.0, 14), fill=255)
        if helmet:
            draw.chord(box(-6.4, -0.6, 6.4, 11.6), 180, 360, fill=255)
            draw.rounded_rectangle(box(-7.6, 4.4, 7.6, 6.4), radius=u * k, fill=255)
            folds.append(([p(-7.2, 5.4), p(7.2, 5.4)], 0.45))
            folds.append(([p(0, -0.4), p(0, 4.4)], 0.45))
        elif gender == "female":
            draw.ellipse(box(-2.8, -2.4, 2.8, 2.8), fill=255)  # a bun
            draw.chord(box(-5.6, 0.2, 5.6, 11), 180, 360, fill=255)
            draw.rectangle(box(-5.6, 5.5, -4.2, 10.5), fill=255)
            draw.rectangle(box(4.2, 5.5, 5.6, 10.5), fill=255)
        else:
            draw.chord(box(-5.4, 0.3, 5.4, 9), 180, 360, fill=255)
        # Arms, rounded at shoulder and elbow, and the hands.
        pose %= len(ARM_POSES)
        for arm in ARM_POSES[pose]:
            points = [p(x * slim if i == 0 else x, y) for i, (x, y) in enumerate(arm)]
            width = 5.0 * slim * u * k
            draw.line(points, fill=255, width=round(width), joint="curve")
            for x, y in points[:2]:
                r = width / 2
                draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
            hx, hy = points[-1]
            r = 2.6 * u * k
            draw.ellipse((hx - r, hy - r, hx + r, hy + r), fill=255)
        if pose == 1:
            draw.line([p(-2, 40), p(9, 22)], fill=255, width=round(3.2 * u * k))
            folds.append(([p(-1.2, 38.6), p(8.2, 23.4)], 0.3))
        elif pose == 3:
            draw.polygon([*p(-1, 24), *p(8, 23.5), *p(8.6, 35), *p(-0.4, 35.5)], fill=255)
            folds.append(([p(-0.4, 29.6), p(8.2, 29.2)], 0.35))
        # Folds: collar, placket, belt or pocket line, trouser creases, brows and nose.
        folds.append(([p(-4, 15.4), p(0, 21), p(4, 15.4)], 0.6))
        folds.append(([p(0, 21), p(0, hem - 1)], 0.4))
        folds.append(([p(-9.8 * slim, 44), p(9.8 * slim, 44)], 0.6 if hem == 46 else 0.3))
        folds.append(([p(-4.6, 52), p(-4.8, 92)], 0.3))
        folds.append(([p(4.6, 52), p(4.8, 92)], 0.3))
        folds.append(([p(-3.2, 6.6), p(-1, 6.2)], 0.5))
        folds.append(([p(1, 6.2), p(3.2, 6.6)], 0.5))
        folds.append(([p(0, 6.8), p(-0.6, 9.6), p(0.6, 9.8)], 0.35))
    return mask, folds


def _statue(canvas, figures, material, k):
    """Draws the figures in the material's colours, lit from the upper left."""
    highlight, body, shadow = MATERIAL_COLOURS.get(material, MATERIAL_COLOURS["铸铜"])
    big = (canvas.width * k, canvas.height * k)
    mask, folds = _figure_mask(big, figures, k)
    _left, top, _right, bottom = mask.getbbox()
    # Light from the left: linear_gradient runs dark to light downwards; turned, left to right.
    ramp = Image.linear_gradient("L").rotate(90)
    layer = Image.new("RGB", big, shadow)
    # Each figure is lit on its own: one ramp across a group would leave the last one dark.
    for fx, _base, height, _person in figures:
        width = round(height * 0.5 * k)
        one = ramp.resize((width, bottom - top), Image.Resampling.BILINEAR)
        lit = ImageOps.colorize(one, black=shadow, white=highlight, mid=body, midpoint=150)
        lit = ImageOps.mirror(lit)
        layer.paste(lit, (round(fx * k - width / 2), top))
    statue = Image.new("RGB", big, _shade(shadow, 0.85))
    # The lit surface stops short of the outline, which stays in shadow: an edge to the form.
    inner = mask.filter(ImageFilter.BoxBlur(2)).point(lambda v: 255 if v > 250 else 0)
    statue.paste(layer, (0, 0), inner)
    draw = ImageDraw.Draw(statue)
    unit = figures[0][2] / 100 * k
    for points, weight in folds:
        draw.line(points, fill=shadow, width=max(1, round(weight * unit)), joint="curve")
    canvas.paste(statue.reduce(k), (0, 0), mask.reduce(k))


def _park_crown(draw, cx, cy, r, colour, rng):
    """A tree crown of a few overlapping discs, lit from the upper left."""
    for _ in range(5):
        dx, dy = rng.uniform(-0.5, 0.5) * r, rng.uniform(-0.4, 0.4) * r
        rr = r * rng.uniform(0.55, 0.75)
        draw.ellipse((cx + dx - rr, cy + dy - rr, cx + dx + rr, cy + dy + rr), fill=colour)
    light = _shade(colour, 1.18)
    for _ in range(3):
        dx, dy = rng.uniform(-0.55, -0.1) * r, rng.uniform(-0.55, -0.15) * r
        rr = r * rng.uniform(0.22, 0.34)
        draw.ellipse((cx + dx - rr, cy + dy - rr, cx + dx + rr, cy + dy + rr), fill=light)


def _background(size, rng, horizon):
    width, height = size
    warm = rng.choice([(248, 236, 214), (244, 238, 224), (250, 232, 206)])
    canvas = _vertical_gradient(size, rng.choice([(168, 200, 224), (190, 212, 230)]), warm)
    draw = ImageDraw.Draw(canvas)
    # A few soft clouds.
    clouds = Image.new("L", (width // 4, height // 4), 0)
    cloud_draw = ImageDraw.Draw(clouds)
    for _ in range(rng.randint(2, 4)):
        x, y = rng.uniform(0, width / 4), rng.uniform(10, height / 4 * 0.35)
        for _puff in range(4):
            r = rng.uniform(8, 18)
            dx = rng.uniform(-24, 24)
            cloud_draw.ellipse((x + dx - r * 1.6, y - r, x + dx + r * 1.6, y + r * 0.6), fill=150)
    clouds = clouds.filter(ImageFilter.GaussianBlur(4)).resize(size, Image.Resampling.BILINEAR)
    canvas.paste((255, 255, 255), (0, 0), clouds)
    # Distant trees along the horizon, two nearer trees at the sides, then the lawn.
    for layer, colour in ((0, (156, 184, 138)), (1, (124, 158, 106))):
        x = -40
        while x < width + 40:
            r = rng.randint(36, 70) - layer * 8
            y = horizon - r * 0.55 + layer * 22
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
            x += rng.randint(45, 80)
    draw.rectangle((0, horizon, width, height), fill=(136, 170, 100))
    draw.rectangle((0, horizon, width, horizon + 5), fill=(114, 150, 88))
    for side in (0, 1):
        r = rng.randint(130, 170)
        cx = rng.uniform(0.02, 0.1) * width
        cx = cx if side == 0 else width - cx
        cy = horizon - r * 1.2 - rng.randint(0, 60)
        draw.rectangle((cx - 10, cy + r * 0.3, cx + 10, horizon + 14), fill=(96, 74, 56))
        _park_crown(draw, cx, cy, r, rng.choice([(86, 128, 78), (98, 138, 84)]), rng)
    return canvas, draw


def draw_sculpture(look):
    """A statue on its plinth in the park, like a photo; `look` is a plan.SculptureLook."""
    rng = random.Random(look.seed)
    people = look.figures
    group = len(people) > 1
    size = (1200, 900) if group else (900, 1200)
    width, height = size
    horizon = int(height * (0.66 if group else 0.68))
    canvas, draw = _background(size, rng, horizon)
    cx = width // 2 + rng.randint(-16, 16)

    # The plinth in polished stone: a front face, a side in shade, a lighter top and a step.
    half = (150 + 105 * (len(people) - 1)) if group else 135
    depth = 26
    top = int(height * (0.63 if group else 0.64))
    foot = int(height * (0.85 if group else 0.84))
    stone = PLINTHS.get(look.material, (118, 60, 50))
    left, right = cx - half, cx + half - depth
    draw.ellipse((cx - half * 1.7, foot - 36, cx + half * 1.7, foot + 70), fill=(222, 212, 192))
    draw.rectangle((left - 14, foot - 16, right + depth + 14, foot + 4), fill=_shade(stone, 0.8))
    draw.rectangle((left, top, right, foot - 16), fill=stone)
    draw.polygon(
        (
            right,
            top,
            right + depth,
            top - depth * 0.6,
            right + depth,
            foot - 16 - depth * 0.6,
            right,
            foot - 16,
        ),
        fill=_shade(stone, 0.78),
    )
    draw.polygon(
        (left, top, right, top, right + depth, top - depth * 0.6, left + depth, top - depth * 0.6),
        fill=_shade(stone, 1.3),
    )
    draw.rectangle(
        (left + 14, top + 14, right - 14, foot - 30), outline=_shade(stone, 1.15), width=2
    )
    font = cjk_font(60 if len(look.plaque) <= 4 else 46)
    if font:
        draw.text(
            ((left + right) / 2, (top + foot - 16) / 2),
            look.plaque,
            font=font,
            fill=GOLD,
            anchor="mm",
        )
    # Flowers laid at the ceremony, in a bed along the front of the plinth.
    bed_top = foot + 8
    draw.rounded_rectangle(
        (left - 20, bed_top, right + depth + 20, bed_top + 34), radius=16, fill=(84, 122, 70)
    )
    for n in range(int((right + depth - left + 30) / 13)):
        fx = left - 12 + n * 13 + rng.uniform(-3, 3)
        fy = bed_top + 10 + (n % 3) * 7
        colour = (206, 38, 44) if n % 4 else (240, 190, 70)
        draw.ellipse((fx - 6, fy - 6, fx + 6, fy + 6), fill=colour)

    # The statue: one person, or a group with the first in the middle and a little taller.
    figure_h = 420 if group else 560
    soles = top - depth * 0.3
    offsets = {1: [0], 2: [-0.42, 0.42], 3: [0, -0.78, 0.78]}[len(people)]
    figures = []
    for position, (person, offset) in enumerate(zip(people, offsets, strict=True)):
        h = figure_h * (1 if position == 0 else 0.96)
        x = cx - depth / 2 + offset * figure_h * 0.5
        figures.append((x, soles - (0 if position == 0 else 6), h, person))
    figures.sort(key=lambda figure: figure[1])  # the ones behind first
    # A soft shadow under the feet, then the statue.
    for x, base, h, _person in figures:
        draw.ellipse((x - h * 0.13, base - 8, x + h * 0.13, base + 6), fill=_shade(stone, 0.95))
    _statue(canvas, figures, look.material, SCALE)
    return _jpeg(canvas)
