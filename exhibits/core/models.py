"""The abstract BasePage and its queryset, and the county and industry lists.

Why not swap the page model (WAGTAIL_PAGE_MODEL)? Listing fields on the base
table would spare `.specific()` in mixed lists, but a swapped page model needs
hand-written bootstrap migrations and puts third-party apps (wagtail-factories,
future Wagtail upgrades) on a path little travelled. Our listings are per type
(honorees, enterprises, sculptures), which query their own tables directly, so
the abstract BasePage below carries the shared fields instead.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index


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
