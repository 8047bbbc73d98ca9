"""A campaign's own attract playlist for the kiosks it takes over: people, sculptures, slides.

The same block names and values as the kiosk's playlist (exhibits.kiosks.blocks), so
the kiosk content builds both alike; declared here because campaigns sit below kiosks.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class CampaignSlideBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("图片"))
    caption = blocks.CharBlock(label=_("说明"), max_length=60)

    class Meta:
        icon = "image"
        label = _("图片幻灯")


class CampaignPlaylistBlock(blocks.StreamBlock):
    honoree = blocks.PageChooserBlock(
        label=_("先进人物"), page_type="honorees.HonoreePage", icon="user"
    )
    sculpture = blocks.PageChooserBlock(
        label=_("雕塑"), page_type="park.SculpturePage", icon="site"
    )
    slide = CampaignSlideBlock()

    class Meta:
        block_counts = {}
