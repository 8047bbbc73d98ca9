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
