"""The park page (introduction, hours, map, zones) and one page per sculpture."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from exhibits.core.models import BasePage, BasePageQuerySet, TypedChildrenMixin
from exhibits.core.pinyin import by_pinyin
from exhibits.honorees.models import HonoreePage
from exhibits.park.panels import MapPositionPanel
from exhibits.park.position import MapPosition


class ParkPage(TypedChildrenMixin, BasePage):
    intro = RichTextField(_("简介"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    opening_hours = models.CharField(_("开放时间"), max_length=200, blank=True)
    address = models.CharField(_("地址"), max_length=200, blank=True)
    map_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("园区平面图"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("更换平面图后，雕塑位置按相对位置保留"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("opening_hours"), FieldPanel("address")]),
        FieldPanel("map_image"),
        InlinePanel("zones", heading=_("园区分区"), label=_("分区")),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["park.SculpturePage"]
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("劳模雕塑园")
        verbose_name_plural = _("劳模雕塑园")

    def get_lead_image(self):
        return self.map_image

    def routable_children(self):
        return SculpturePage.objects.child_of(self).for_detail()

    def sculptures(self):
        return SculpturePage.objects.child_of(self).visible().for_cards()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every list below (by zone, by year, on the map) in pinyin order of the titles.
        sculptures = by_pinyin(self.sculptures(), name=lambda sculpture: sculpture.title)
        zones = list(self.zones.all())
        by_zone = {zone.pk: [] for zone in zones}
        unzoned = []
        for sculpture in sculptures:
            by_zone.get(sculpture.zone_id, unzoned).append(sculpture)
        years = sorted({s.year_of_entry for s in sculptures}, reverse=True)
        context.update(
            sculptures=sculptures,
            zone_groups=[(zone, by_zone[zone.pk]) for zone in zones if by_zone[zone.pk]]
            + ([(None, unzoned)] if unzoned else []),
            year_groups=[(y, [s for s in sculptures if s.year_of_entry == y]) for y in years],
            newest_year=years[0] if years else None,
            newest_entrants=[s for s in sculptures if years and s.year_of_entry == years[0]],
            placed=[s for s in sculptures if s.has_position],
        )
        return context


class ParkZone(Orderable):
    park = ParentalKey(ParkPage, on_delete=models.CASCADE, related_name="zones")
    name = models.CharField(_("名称"), max_length=50)
    description = models.CharField(_("简介"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("分区")
        verbose_name_plural = _("分区")

    def __str__(self):
        return self.name


class SculpturePageQuerySet(BasePageQuerySet):
    def entered_in(self, year):
        """The sculptures that entered the park (入园) in a year."""
        return self.filter(year_of_entry=year)

    def for_cards(self):
        images = get_image_model().objects.prefetch_renditions()
        return self.select_related("zone").prefetch_related(
            Prefetch(
                "photos",
                queryset=SculpturePhoto.objects.prefetch_related(
                    Prefetch("image", queryset=images)
                ),
            ),
            Prefetch(
                "depicted",
                queryset=SculptureHonoree.objects.select_related("honoree"),
            ),
        )

    def for_detail(self):
        return self.select_related("zone", "audio_guide", "social_image")


SculpturePageManager = PageManager.from_queryset(SculpturePageQuerySet)


def this_year():
    return datetime.date.today().year


# The query a sculpture's short link (/p/<id>/, the plaque's QR code) adds: the visitor is
# standing in front of the statue, and the page leads with the people's stories.
FROM_PLAQUE = ("from", "plaque")


class SculpturePage(RoutablePageMixin, MapPosition, BasePage):
    year_of_entry = models.PositiveSmallIntegerField(
        _("入园年份"), validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    sculptor = models.CharField(_("作者"), max_length=100, blank=True)
    material = models.CharField(_("材质"), max_length=100, blank=True)
    unveiled_on = models.DateField(_("揭幕日期"), null=True, blank=True)
    inscription = models.TextField(_("碑文"), blank=True)
    zone = models.ForeignKey(
        ParkZone,
        verbose_name=_("分区"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sculptures",
    )
    audio_guide = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("语音导览"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("上传 MP3、M4A 或 OGG 音频文件"),
    )

    objects = SculpturePageManager()

    content_panels = Page.content_panels + [
        InlinePanel("depicted", heading=_("塑像人物"), label=_("人物"), min_num=1),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("year_of_entry"), FieldPanel("unveiled_on")]),
                FieldRowPanel([FieldPanel("sculptor"), FieldPanel("material")]),
                FieldPanel("zone"),
                MapPositionPanel(),
            ],
            heading=_("雕塑信息"),
        ),
        FieldPanel("inscription"),
        InlinePanel("photos", heading=_("照片"), label=_("照片")),
        FieldPanel("audio_guide"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("inscription"),
        index.SearchField("sculptor"),
        index.FilterField("year_of_entry"),
    ]

    parent_page_types = ["park.ParkPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("雕塑")
        verbose_name_plural = _("雕塑")

    def clean(self):
        super().clean()
        if self.year_of_entry and self.year_of_entry > this_year() + 1:
            raise ValidationError({"year_of_entry": _("入园年份不能晚于明年。")})

    @cached_property
    def honorees(self):
        """The people depicted, in order, with what their cards and stories show; drafts are
        left out. Uses a listing's prefetch when there is one (for_cards)."""
        links = self.depicted.all()
        if "depicted" not in getattr(self, "_prefetched_objects_cache", {}):
            # Also on a preview's links, held in memory (modelcluster's FakeQuerySet).
            links = links.prefetch_related(
                Prefetch("honoree", queryset=HonoreePage.objects.for_cards())
            )
        return [link.honoree for link in links if link.honoree.live]

    @cached_property
    def photo_list(self):
        """The photos in order, from a listing's prefetch when there is one."""
        photos = self.photos.all()
        if "photos" not in getattr(self, "_prefetched_objects_cache", {}):
            photos = photos.select_related("image")  # a no-op on a preview's, in memory
        return list(photos)

    @cached_property
    def lead_photo(self):
        return self.photo_list[0] if self.photo_list else None

    @property
    def more_photos(self):
        return self.photo_list[1:]

    def get_lead_image(self):
        photo = self.lead_photo
        return photo.image if photo else None

    def get_summary(self):
        names = "、".join(h.title for h in self.honorees)
        return self.search_description or _("%(year)s年入园 · %(names)s") % {
            "year": self.year_of_entry,
            "names": names,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["park"] = ParkPage.objects.parent_of(self).select_related("map_image").first()
        key, value = FROM_PLAQUE
        context["from_plaque"] = request.GET.get(key) == value
        return context

    def short_link_target(self, request=None):
        """Where the short link lands (exhibits.links): printed plaques carry /p/<id>/, and
        whoever scans one stands before the statue and wants the story first."""
        key, value = FROM_PLAQUE
        return f"{self.get_url(request=request)}?{key}={value}"

    @path("plaque/")
    def plaque(self, request):
        """The A5 plaque: names, titles, year of entry, inscription and the QR code."""
        return self.render(request, template="park/sculpture_plaque.html")


class SculptureHonoree(Orderable):
    sculpture = ParentalKey(SculpturePage, on_delete=models.CASCADE, related_name="depicted")
    honoree = models.ForeignKey(
        "honorees.HonoreePage",
        verbose_name=_("人物"),
        on_delete=models.CASCADE,
        related_name="sculpture_links",
    )

    panels = [FieldPanel("honoree")]

    class Meta(Orderable.Meta):
        verbose_name = _("塑像人物")
        verbose_name_plural = _("塑像人物")


class SculpturePhoto(Orderable):
    sculpture = ParentalKey(SculpturePage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("照片"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("说明"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("照片")
        verbose_name_plural = _("照片")
