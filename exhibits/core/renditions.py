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
LOGO = "max-320x320|format-webp"
IMAGE_THUMBNAIL = "max-400x400|format-webp"
IMAGE_LARGE = "max-1600x1600|format-webp"
# The park map in the page editor's position panel.
MAP_EDITOR = "max-1000x1000"

# Kiosk screens, by orientation. The map fills the detail view's width: about 1000 px
# on a portrait screen, 1600 landscape.
KIOSK_MAP = {"portrait": "max-1000x1000|format-webp", "landscape": "max-1600x1000|format-webp"}
KIOSK_ATTRACT = {
    "portrait": "fill-1080x1200-c100|format-webp",
    "landscape": "fill-960x1080-c100|format-webp",
}
KIOSK_SLIDE = {"portrait": "fill-1080x1920|format-webp", "landscape": "fill-1920x1080|format-webp"}
