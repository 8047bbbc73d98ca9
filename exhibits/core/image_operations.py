"""Our own rendition operation: "cover-1200x630" crops like Wagtail's fill, then enlarges a
smaller picture to exactly that size.

Link previews promise a 1200×630 picture (og:image:width/height, and WeChat or Weibo show
nothing for a small one), while Wagtail's fill never enlarges: a 600×800 portrait would
become 600×315. A slightly soft preview is better than a missing one.
"""

from wagtail.images.image_operations import FillOperation


class CoverOperation(FillOperation):
    def run(self, transform, image):
        transform = super().run(transform, image)
        if transform.size != (self.width, self.height):
            transform = transform.resize((self.width, self.height))
        return transform
