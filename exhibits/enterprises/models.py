"""Enterprise sections (企业"星光大道"): the enterprise index and one page per enterprise."""

from django import forms
from django.db import models
from django.db.models import Count, F, Func, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from exhibits.core.models import (
    BasePage,
    County,
    Industry,
    LocatedPageQuerySet,
    TypedChildrenMixin,
)
from exhibits.core.pinyin import by_pinyin
from exhibits.honorees.models import HonoreePage, Honour, HonourLevel


def stars_of(pk, path, depth):
    """Who stands on an enterprise's wall (its 星光大道): the pages in its own section, and
    the union's profiles (under the honoree list) of people who work there. A page in a
    section belongs to that wall alone, whatever employer it names (a star moved between
    sections keeps its old one). Values, or OuterRefs in a subquery.

    People live under the honoree list or in a section (their parent_page_types), and
    sections are siblings, so "at a section's child depth" means "in some section".
    """
    in_section = Q(path__startswith=path, depth=depth + 1)
    union_profile = Q(employer_enterprise=pk) & ~Q(depth=depth + 1)
    return in_section | union_profile


class EnterprisePageQuerySet(LocatedPageQuerySet):
    def with_star_count(self):
        """Annotate `star_count`: the visible people on each enterprise's wall."""
        stars = (
            HonoreePage.objects.visible()
            .filter(stars_of(OuterRef("pk"), OuterRef("path"), OuterRef("depth")))
            .order_by()
            # COUNT as a plain function: no GROUP BY in the subquery.
            .annotate(count=Func(F("pk"), function="COUNT"))
            .values("count")
        )
        return self.annotate(star_count=Coalesce(Subquery(stars), 0))


EnterprisePageManager = PageManager.from_queryset(EnterprisePageQuerySet)


class EnterpriseIndexPage(TypedChildrenMixin, BasePage):
    intro = RichTextField(_("导语"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
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
        context = super().get_context(request, *args, **kwargs)
        form = EnterpriseFilterForm(request.GET)
        form.is_valid()  # invalid values drop out of cleaned_data and are ignored
        chosen = {k: v for k, v in form.cleaned_data.items() if v is not None}
        enterprises = EnterprisePage.objects.child_of(self).visible()
        if "county" in chosen:
            enterprises = enterprises.in_county(chosen["county"])
        if "industry" in chosen:
            enterprises = enterprises.in_industry(chosen["industry"])
        context["filter_form"] = form
        context["is_filtered"] = bool(chosen)
        # A few dozen at most: sorted by pinyin here, as the database sorts by code point.
        context["enterprises"] = by_pinyin(
            enterprises.select_related("county", "industry")
            .prefetch_related(
                Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions())
            )
            .with_star_count(),
            name=lambda enterprise: enterprise.title,
        )
        return context


class EnterpriseFilterForm(forms.Form):
    county = forms.ModelChoiceField(
        label=_("县（市、区）"), queryset=None, required=False, empty_label=_("全部")
    )
    industry = forms.ModelChoiceField(
        label=_("行业"), queryset=None, required=False, empty_label=_("全部")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["county"].queryset = County.objects.all()
        self.fields["industry"].queryset = Industry.objects.all()


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
        InlinePanel(
            "star_order",
            heading=_("星光大道排序"),
            label=_("人物"),
            help_text=_("按此顺序展示；未列出的人物按姓氏拼音排在后面"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("county"),
        index.FilterField("industry"),
    ]

    parent_page_types = ["enterprises.EnterpriseIndexPage"]
    subpage_types = ["honorees.HonoreePage"]

    objects = EnterprisePageManager()

    class Meta:
        verbose_name = _("企业")
        verbose_name_plural = _("企业")

    def get_lead_image(self):
        return self.logo

    def routable_children(self):
        return HonoreePage.objects.child_of(self).for_profile()

    def stars(self):
        """The enterprise's honorees: its own pages and union profiles of people who work here."""
        return (
            HonoreePage.objects.visible()
            .filter(stars_of(self.pk, self.path, self.depth))
            .for_cards()
            .order_by("name_pinyin")
        )

    def ordered_stars(self):
        """The stars in the order the enterprise's editors chose, the rest by pinyin."""
        position = {link.honoree_id: link.sort_order for link in self.star_order.all()}
        unlisted = len(position)
        return sorted(
            self.stars(), key=lambda page: (position.get(page.pk, unlisted), page.name_pinyin)
        )

    @staticmethod
    def honour_statistics(stars):
        """How many honours of each level the stars hold, best level first."""
        counts = dict(
            Honour.objects.filter(page__in=[star.pk for star in stars])
            .values_list("title__level")
            .annotate(count=Count("id"))
        )
        return [(HonourLevel(level), counts[level]) for level in sorted(counts)]

    def last_updated(self, stars):
        """When the section last changed publicly: the page itself or any of its stars."""
        moments = [self.last_published_at] + [star.last_published_at for star in stars]
        return max((m for m in moments if m), default=None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stars = self.ordered_stars()
        context["stars"] = stars
        context["honour_statistics"] = self.honour_statistics(stars)
        context["last_updated"] = self.last_updated(stars)
        return context


class EnterpriseStar(Orderable):
    """The order of an enterprise's wall of stars, chosen by its editors."""

    enterprise = ParentalKey(EnterprisePage, on_delete=models.CASCADE, related_name="star_order")
    honoree = models.ForeignKey(
        "honorees.HonoreePage", verbose_name=_("人物"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("honoree")]

    class Meta(Orderable.Meta):
        verbose_name = _("星光大道排序")
        verbose_name_plural = _("星光大道排序")
