"""The attract playlist of a kiosk: people, sculptures and picture slides, in order."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class SlideBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("图片"))
    caption = blocks.CharBlock(label=_("说明"), max_length=60)

    class Meta:
        icon = "image"
        label = _("图片幻灯")


class PlaylistBlock(blocks.StreamBlock):
    honoree = blocks.PageChooserBlock(
        label=_("先进人物"), page_type="honorees.HonoreePage", icon="user"
    )
    sculpture = blocks.PageChooserBlock(
        label=_("雕塑"), page_type="park.SculpturePage", icon="site"
    )
    slide = SlideBlock()
    # Campaigns (五一劳模宣传月) join the playlist once they exist as pages.

    class Meta:
        block_counts = {}
