"""The rendition sizes the site hands out, named once: the API, the kiosks and sharing
metadata ask for the same files, so each picture is encoded once per size.

Templates name their responsive sets (`{% picture %}`) themselves, beside the markup.
"""

PORTRAIT_THUMBNAIL = "fill-300x400-c100|format-webp"
PORTRAIT_LARGE = "fill-600x800-c100|format-webp"
# For schema.org data and link previews, where WebP is not understood everywhere.
PORTRAIT_SHARE = "fill-600x800|format-jpeg"
SCULPTURE_PHOTO = "fill-800x600-c50|format-webp"
STORY_IMAGE = "max-900x900|format-webp"
# A story's title picture and its video's poster (16:9), in the API.
STORY_HERO = "fill-800x450-c50|format-webp"
LOGO = "max-320x320|format-webp"
IMAGE_THUMBNAIL = "max-400x400|format-webp"
IMAGE_LARGE = "max-1600x1600|format-webp"
# The park map in the page editor's position panel.
MAP_EDITOR = "max-1000x1000"

# Kiosk screens, by orientation: each picture is made at the size of the slot it fills
# (static/kiosks/kiosk.css names the same sizes), so the screen never shows one enlarged.
# A picture smaller than its slot is shown at its own size, centred, never stretched.
#
# The attract loop's pictures pan slowly, growing by up to KIOSK_PAN (kiosk.css --pan):
# they are made that much larger than their slot. Portrait screen: a 735×980 slot under
# the brand bar (1080×980 for a sculpture); landscape: 654×872 beside the text (a
# sculpture 1000×872). Sculptures keep their whole photo.
KIOSK_PAN = 1.06
KIOSK_ATTRACT = {
    "portrait": "fill-779x1039-c100|format-webp",
    "landscape": "fill-693x924-c100|format-webp",
}
KIOSK_ATTRACT_SCULPTURE = {
    "portrait": "max-1145x1039|format-webp",
    "landscape": "max-1060x924|format-webp",
}
# An editor's own slide: the whole picture above its caption, in a 1080×1240 slot on a
# portrait screen, about 1824×440 on a landscape one (the caption takes two lines).
KIOSK_SLIDE = {"portrait": "max-1145x1315|format-webp", "landscape": "max-1934x600|format-webp"}
# The person's portrait heading the detail view (a 420 px column on either screen), and
# the cards of the lists (at most 300 px wide).
KIOSK_PORTRAIT = "fill-420x560-c100|format-webp"
KIOSK_CARD = PORTRAIT_THUMBNAIL
KIOSK_SCULPTURE_CARD = "fill-300x300-c50|format-webp"
# A sculpture's photo on its own view (shown smaller in a person's view).
KIOSK_SCULPTURE_PHOTO = {
    "portrait": "max-1000x800|format-webp",
    "landscape": "max-800x820|format-webp",
}
# The park map: the map view's width on a portrait screen, its height on a landscape one.
KIOSK_MAP = {"portrait": "max-1000x1000|format-webp", "landscape": "max-1600x1000|format-webp"}

# Link previews: Open Graph and Twitter Cards take a 1200×630 picture; WeChat takes the first
# picture of at least 300×300 in the page (see exhibits/core/sharing.py). "cover" is fill
# that also enlarges a smaller picture (exhibits/core/image_operations.py).
SHARE_CARD = "cover-1200x630|format-jpeg"
SHARE_SQUARE = "cover-300x300|format-jpeg"
