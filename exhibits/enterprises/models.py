"""Enterprise sections (企业"星光大道"): the enterprise index and one page per enterprise."""

from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from exhibits.core.models import BasePage, TypedChildrenMixin


class EnterpriseIndexPage(TypedChildrenMixin, BasePage):
    intro = RichTextField(_("导语"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["enterprises.EnterprisePage"]
    max_count = 1
    show_in_menus_default = True  # a section of the site: listed in the header

    class Meta:
        verbose_name = _("企业列表")
        verbose_name_plural = _("企业列表")

    def routable_children(self):
        return EnterprisePage.objects.child_of(self).select_related(
            "county", "industry", "logo", "social_image"
        )

    def get_context(self, request, *args, **kwargs):
        from exhibits.honorees.models import HonoreePage

        context = super().get_context(request, *args, **kwargs)
        live_stars = HonoreePage.objects.live().public()
        context["enterprises"] = (
            EnterprisePage.objects.child_of(self)
            .live()
            .public()
            .select_related("county", "industry")
            .prefetch_related(
                Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions())
            )
            .annotate(
                star_count=Count("employees", filter=Q(employees__in=live_stars), distinct=True)
            )
            .order_by("title")
        )
        return context


class EnterprisePage(TypedChildrenMixin, BasePage):
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("标志"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    county = models.ForeignKey(
        "core.County",
        verbose_name=_("县（市、区）"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    industry = models.ForeignKey(
        "core.Industry",
        verbose_name=_("行业"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    introduction = RichTextField(
        _("企业简介"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("logo"), FieldRowPanel([FieldPanel("county"), FieldPanel("industry")])],
            heading=_("基本信息"),
        ),
        FieldPanel("introduction"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("county"),
        index.FilterField("industry"),
    ]

    parent_page_types = ["enterprises.EnterpriseIndexPage"]
    subpage_types = ["honorees.HonoreePage"]

    class Meta:
        verbose_name = _("企业")
        verbose_name_plural = _("企业")

    def get_lead_image(self):
        return self.logo

    def routable_children(self):
        from exhibits.honorees.models import HonoreePage

        return HonoreePage.objects.child_of(self).for_profile()

    def stars(self):
        """The enterprise's honorees: its own pages and union profiles of people who work here."""
        from exhibits.honorees.models import HonoreePage

        return (
            HonoreePage.objects.live()
            .public()
            .filter(
                Q(employer_enterprise=self) | Q(path__startswith=self.path, depth=self.depth + 1)
            )
            .for_cards()
            .order_by("name_pinyin")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stars"] = list(self.stars())
        return context
