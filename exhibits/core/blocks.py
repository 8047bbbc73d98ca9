"""StreamField blocks: stories (事迹: text, pictures, quotes, video, galleries) and links."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

# Rich-text features editors of stories need; no headings above h2's level.
STORY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "hr"]


class CaptionedImageBlock(blocks.StructBlock):
    # ImageBlock carries its own alt text (or a "decorative" flag), so every
    # picture in a story is described for screen readers.
    image = ImageBlock(label=_("图片"))
    caption = blocks.CharBlock(label=_("图注"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("图片")
        template = "blocks/captioned_image_block.html"
        description = _("一张图片，可加图注")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("引语"))
    attribution = blocks.CharBlock(label=_("出处"), required=False, max_length=100)

    class Meta:
        icon = "openquote"
        label = _("引语")
        template = "blocks/quote_block.html"
        description = _("人物说过的一段话，或他人对其的评价")
        preview_value = {
            "text": "干一行，爱一行，钻一行，精一行。",
            "attribution": "劳模语录",
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("视频链接"), help_text=_("视频网站的分享链接"))
    caption = blocks.CharBlock(label=_("说明"), required=False, max_length=200)

    class Meta:
        icon = "media"
        label = _("视频")
        template = "blocks/video_block.html"
        description = _("嵌入一段网络视频，例如《劳动者之歌》节目")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("标题"), required=False, max_length=100)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("图片"), min_num=2)

    class Meta:
        icon = "doc-full-inverse"
        label = _("图集")
        template = "blocks/gallery_block.html"
        description = _("多张图片组成的图集")


class StoryBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("段落"),
        features=STORY_FEATURES,
        template="blocks/paragraph_block.html",
        description=_("正文段落"),
        preview_value="<p>他扎根一线三十年，带出徒弟六十余名。</p>",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    gallery = GalleryBlock()

    class Meta:
        block_counts = {}


class LinkBlock(blocks.StructBlock):
    """A named link to another site (the footer's 友情链接)."""

    title = blocks.CharBlock(label=_("名称"), max_length=50)
    url = blocks.URLBlock(label=_("网址"))

    class Meta:
        icon = "link"
        label = _("链接")
        template = "blocks/link_block.html"
        description = _("一个外部网站的链接，例如上级工会的网站")
        preview_value = {"title": "中华全国总工会", "url": "https://www.acftu.org/"}
