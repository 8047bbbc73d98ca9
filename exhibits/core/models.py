"""The abstract BasePage and its queryset, the county and industry lists, and the site settings.

Why not swap the page model (WAGTAIL_PAGE_MODEL)? Listing fields on the base
table would spare `.specific()` in mixed lists, but a swapped page model needs
hand-written bootstrap migrations and puts third-party apps (wagtail-factories,
future Wagtail upgrades) on a path little travelled. Our listings are per type
(honorees, enterprises, sculptures), which query their own tables directly, so
the abstract BasePage below carries the shared fields instead.
"""

import re

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from exhibits.core.blocks import LinkBlock


class SocialMixin(models.Model):
    """What a page looks like when shared (Open Graph): an image and a line of text."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("分享图片"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("分享到微信等平台时显示的图片；不填则用页面自身的主图"),
    )
    social_text = models.CharField(
        _("分享文字"),
        max_length=255,
        blank=True,
        help_text=_("分享时显示的一句话；不填则用页面摘要"),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("分享"),
        )
    ]

    class Meta:
        abstract = True


class BasePageQuerySet(PageQuerySet):
    """The queryset every page type of this site shares."""

    def visible(self):
        """What the public may see: live and not restricted by password, login or group."""
        return self.live().public()


class LocatedPageQuerySet(BasePageQuerySet):
    """For page types with a county and an industry (people, enterprises)."""

    def in_county(self, county):
        return self.filter(county=county)

    def in_industry(self, industry):
        return self.filter(industry=industry)


BasePageManager = PageManager.from_queryset(BasePageQuerySet)


class BasePage(SocialMixin, Page):
    """The page every page type of this site subclasses."""

    promote_panels = Page.promote_panels + SocialMixin.promote_panels

    objects = BasePageManager()

    class Meta:
        abstract = True

    def get_summary(self):
        """One line describing the page, for cards, meta description and sharing."""
        return self.search_description

    def get_lead_image(self):
        """The picture that represents the page (portrait, logo…); none by default."""
        return None

    def get_share_text(self):
        return self.social_text or self.get_summary() or ""

    def get_share_image(self):
        return self.social_image or self.get_lead_image()


class TypedChildrenMixin:
    """For a page whose children are all of one type: routing loads the child in one query.

    Wagtail's default route fetches a child as a generic Page, then again as its
    specific type, then each related row on first use; `routable_children()`
    returns the specific type with what its template needs already joined.
    """

    def routable_children(self):
        raise NotImplementedError

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        child_slug, remaining = path_components[0], path_components[1:]
        try:
            child = self.routable_children().get(slug=child_slug)
        except ObjectDoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self
        return child.route(request, remaining)


class County(index.Indexed, models.Model):
    """A county or district of Pingdingshan (新华区, 舞钢市, 叶县…)."""

    name = models.CharField(_("名称"), max_length=50, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("排序"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("县（市、区）")
        verbose_name_plural = _("县（市、区）")

    def __str__(self):
        return self.name


class Industry(index.Indexed, models.Model):
    """A branch of the economy (煤炭, 电力, 教育…)."""

    name = models.CharField(_("名称"), max_length=50, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("排序"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("行业")
        verbose_name_plural = _("行业")

    def __str__(self):
        return self.name


# Where the 备案 numbers must link: the MIIT's ICP register and the MPS's public-security one.
ICP_REGISTER_URL = "https://beian.miit.gov.cn/"
PUBLIC_SECURITY_REGISTER_URL = "https://beian.mps.gov.cn/#/query/webSearch"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What every page's footer says (who runs the site, how to reach them, its 备案 numbers),
    and the picture a shared link shows when its page has none of its own."""

    select_related = ["share_image"]

    organisation = models.CharField(
        _("主办单位"), max_length=100, blank=True, default="平顶山市总工会"
    )
    address = models.CharField(_("地址"), max_length=200, blank=True)
    postcode = models.CharField(_("邮政编码"), max_length=6, blank=True)
    phone = models.CharField(
        _("联系电话"), max_length=50, blank=True, help_text=_("如：0375-1234567")
    )
    email = models.EmailField(_("电子邮箱"), blank=True)
    icp_record = models.CharField(
        _("ICP备案号"),
        max_length=50,
        blank=True,
        help_text=_("如：豫ICP备12345678号-1；页脚链接到工业和信息化部备案管理系统"),
    )
    public_security_record = models.CharField(
        _("公安备案号"),
        max_length=50,
        blank=True,
        help_text=_(
            "如：豫公网安备41040202000001号；页脚按其中的数字链接到全国互联网安全管理服务平台"
        ),
    )
    links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("友情链接"),
        blank=True,
        help_text=_("页脚“友情链接”中列出的网站，按此顺序显示"),
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("默认分享图片"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "没有自己图片的页面（首页、列表页等）分享到微信等平台时显示的图片，"
            "宜用横幅照片，将裁成1200×630；不填则用劳模风采标志"
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("address"),
                FieldPanel("postcode"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("联系方式"),
        ),
        MultiFieldPanel(
            [FieldPanel("icp_record"), FieldPanel("public_security_record")],
            heading=_("备案信息"),
        ),
        FieldPanel("links"),
        FieldPanel("share_image", heading=_("分享")),
    ]

    class Meta:
        verbose_name = _("站点信息与页脚")
        verbose_name_plural = _("站点信息与页脚")

    @property
    def icp_register_url(self):
        return ICP_REGISTER_URL

    @property
    def public_security_register_url(self):
        """The record's own entry in the register (found by its number), or the register."""
        code = "".join(re.findall(r"\d+", self.public_security_record))
        return (
            f"{PUBLIC_SECURITY_REGISTER_URL}?code={code}" if code else PUBLIC_SECURITY_REGISTER_URL
        )
