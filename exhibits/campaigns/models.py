"""The May Day publicity month (五一劳模宣传月): the index at /campaigns/ and its campaigns.

A campaign runs from its start to its end date by the calendar in Asia/Shanghai
(`timezone.localdate()`): while it runs it takes over the home page banner and the
kiosks it names, and shows one featured person a day (今日劳模). Nothing is switched by
an editor or a scheduled job; every reader of the date decides for itself, so cached
fragments that depend on it carry the date in their keys. The kiosks are named by the
string "kiosks.KioskDisplay": kiosks sit a layer above and read campaigns, not the
other way round.
"""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager

from exhibits.campaigns.blocks import CampaignPlaylistBlock
from exhibits.campaigns.forms import CampaignPageForm
from exhibits.campaigns.schedule import days_between, draft_schedule, month_calendar
from exhibits.core.dates import chinese_date
from exhibits.core.models import BasePage, BasePageQuerySet, TypedChildrenMixin
from exhibits.honorees.models import HonoreePage, Honour, HonourLevel
from exhibits.stories.models import StoryPage


class CampaignIndexPage(RoutablePageMixin, TypedChildrenMixin, BasePage):
    intro = RichTextField(_("导语"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("宣传月列表")
        verbose_name_plural = _("宣传月列表")

    def routable_children(self):
        return CampaignPage.objects.child_of(self).for_detail()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        campaigns = list(
            CampaignPage.objects.child_of(self).visible().for_cards().order_by("-start_date")
        )
        context["today"] = today
        context["running"] = [c for c in campaigns if c.runs_on(today)]
        context["upcoming"] = [c for c in campaigns if c.start_date > today][::-1]
        context["past"] = [c for c in campaigns if c.end_date < today]
        return context

    @path("honours/", name="honours")
    def honours(self, request):
        """历年表彰: each year's commended people, grouped by the level of the honour."""
        return self.render(
            request,
            template="campaigns/campaign_honours.html",
            context_overrides={"years": honours_by_year()},
        )


def honours_by_year():
    """[{year, levels: [{name, slug, honours: [Honour]}]}], newest year first.

    One query: every honour of a live public person, with its title and person.
    """
    rows = (
        Honour.objects.filter(page__in=HonoreePage.objects.visible())
        .select_related("title", "page")
        .order_by("-year", "title__level", "title__sort_order", "title__pk", "page__name_pinyin")
    )
    grouped = defaultdict(lambda: defaultdict(list))
    for honour in rows:
        grouped[honour.year][honour.title.level].append(honour)
    return [
        {
            "year": year,
            "levels": [
                {
                    "name": HonourLevel(level).label,
                    "slug": HonourLevel(level).slug,
                    "honours": honours,
                }
                for level, honours in sorted(levels.items())
            ],
        }
        for year, levels in grouped.items()
    ]


class CampaignPageQuerySet(BasePageQuerySet):
    """The one vocabulary for choosing campaigns: the home page, the index, the kiosks."""

    def running_on(self, day):
        return self.filter(start_date__lte=day, end_date__gte=day)

    def overlapping(self, start, end):
        return self.filter(start_date__lte=end, end_date__gte=start)

    def not_ended(self, day):
        return self.filter(end_date__gte=day)

    def on_home(self):
        return self.filter(takes_over_home=True)

    def taking_over(self, kiosk):
        return self.filter(kiosk_links__kiosk=kiosk).distinct()

    def for_cards(self):
        images = get_image_model().objects.prefetch_renditions()
        return self.prefetch_related(Prefetch("hero_image", queryset=images))

    def for_detail(self):
        return self.select_related("hero_image", "social_image")


CampaignPageManager = PageManager.from_queryset(CampaignPageQuerySet)


class CampaignPage(BasePage):
    theme = models.CharField(_("主题"), max_length=60, help_text=_("如：中国梦·劳动美"))
    slogan = models.CharField(_("口号"), max_length=100, blank=True)
    start_date = models.DateField(_("开始日期"))
    end_date = models.DateField(_("结束日期"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("主图"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("首页横幅和分享时使用；宽图为宜，至少 1600×900"),
    )
    introduction = RichTextField(
        _("简介"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    takes_over_home = models.BooleanField(
        _("接管首页横幅"),
        default=True,
        help_text=_("活动期间首页显示本活动的横幅和今日劳模"),
    )
    playlist = StreamField(
        CampaignPlaylistBlock(),
        verbose_name=_("展台轮播内容"),
        blank=True,
        help_text=_("活动期间接管的展台播放这些内容（今日劳模排在最前）"),
    )

    objects = CampaignPageManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("theme"),
                FieldPanel("slogan"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("hero_image"),
                FieldPanel("introduction"),
            ],
            heading=_("基本信息"),
        ),
        InlinePanel("featured_honorees", heading=_("重点宣传人物"), label=_("人物")),
        InlinePanel(
            "schedule_days",
            heading=_("今日劳模排期"),
            label=_("日期"),
            help_text=_(
                "每天一位重点宣传人物。可先保存草稿，再用页面右上角“更多”菜单中的"
                "“生成排期草稿”按重点人物顺序填满未排的日期。"
            ),
        ),
        InlinePanel("story_links", heading=_("活动报道"), label=_("报道")),
        MultiFieldPanel(
            [
                FieldPanel("takes_over_home"),
                InlinePanel("kiosk_links", label=_("展台")),
                FieldPanel("playlist"),
            ],
            heading=_("首页与展台"),
        ),
    ]

    base_form_class = CampaignPageForm
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("宣传月活动")
        verbose_name_plural = _("宣传月活动")

    def get_summary(self):
        return self.search_description or self.slogan or self.theme

    def get_lead_image(self):
        return self.hero_image

    # -- dates ------------------------------------------------------------------------

    def runs_on(self, day):
        return self.start_date <= day <= self.end_date

    @property
    def period(self):
        return f"{chinese_date(self.start_date)}至{chinese_date(self.end_date)}"

    def days(self):
        return days_between(self.start_date, self.end_date)

    # -- validation -------------------------------------------------------------------

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("结束日期不能早于开始日期。")})
        if self.start_date and self.end_date:
            errors = self.overlap_errors()
            if errors:
                raise ValidationError(errors)

    def _kiosk_ids(self):
        # The admin form sets the kiosks its inline holds before the model is cleaned
        # (CampaignPageForm); elsewhere the cluster's rows, in memory or stored, count.
        pending = getattr(self, "pending_kiosk_ids", None)
        if pending is not None:
            return set(pending)
        return {link.kiosk_id for link in self.kiosk_links.all() if link.kiosk_id}

    def overlap_errors(self):
        """{field: [message]} for each other campaign that would take over the same screen."""
        others = CampaignPage.objects.overlapping(self.start_date, self.end_date)
        if self.pk:
            others = others.exclude(pk=self.pk)
        errors = defaultdict(list)
        if self.takes_over_home:
            for other in others.on_home().order_by("start_date"):
                errors["takes_over_home"].append(
                    _("与活动“%(other)s”（%(period)s）的时间重叠，同一时间只能有一个活动接管首页。")
                    % {"other": other.title, "period": other.period}
                )
        kiosks = self._kiosk_ids()
        if kiosks:
            links = (
                CampaignKiosk.objects.filter(page__in=others, kiosk_id__in=kiosks)
                .select_related("page", "kiosk")
                .order_by("page__start_date", "kiosk__name")
            )
            for link in links:
                errors["start_date"].append(
                    _(
                        "展台“%(kiosk)s”在这段时间已由活动“%(other)s”（%(period)s）接管，请调整日期或展台。"
                    )
                    % {
                        "kiosk": link.kiosk.name,
                        "other": link.page.title,
                        "period": link.page.period,
                    }
                )
        return dict(errors)

    # -- schedule ---------------------------------------------------------------------

    def fill_schedule_draft(self):
        """Give each unscheduled day of the period a featured person, in turn; returns the count.

        Days already set are kept; works on the cluster in memory (save a revision after).
        """
        featured = [f.honoree_id for f in self.featured_honorees.all()]
        kept = [d for d in self.schedule_days.all() if self.runs_on(d.date)]
        taken = {d.date: d.honoree_id for d in kept}
        new = [
            CampaignDay(date=day, honoree_id=pk)
            for day, pk in draft_schedule(self.start_date, self.end_date, featured, taken)
        ]
        self.schedule_days = sorted(kept + new, key=lambda d: d.date)
        return len(new)

    @cached_property
    def schedule(self):
        """{date: live public person (a card)} for the scheduled days."""
        days = list(self.schedule_days.all())
        people = {
            p.pk: p
            for p in HonoreePage.objects.visible()
            .filter(pk__in={d.honoree_id for d in days})
            .for_cards()
        }
        return {d.date: people[d.honoree_id] for d in days if d.honoree_id in people}

    def honoree_on(self, day):
        """The live public person of this day (a card), None outside the period."""
        if not self.runs_on(day):
            return None
        if "schedule" in self.__dict__:
            return self.schedule.get(day)
        scheduled = CampaignDay.objects.filter(page=self, date=day).values("honoree_id")
        return HonoreePage.objects.visible().filter(pk__in=scheduled).for_cards().first()

    @cached_property
    def featured(self):
        """The live public featured people, in the editors' order, as cards."""
        ids = [f.honoree_id for f in self.featured_honorees.all()]
        pages = {p.pk: p for p in HonoreePage.objects.visible().filter(pk__in=ids).for_cards()}
        return [pages[pk] for pk in ids if pk in pages]

    @cached_property
    def stories(self):
        """The live public stories chosen for the campaign, in the editors' order."""
        ids = [s.story_id for s in self.story_links.all()]
        pages = {p.pk: p for p in StoryPage.objects.visible().filter(pk__in=ids).for_cards()}
        return [pages[pk] for pk in ids if pk in pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        context["today"] = today
        context["running"] = self.runs_on(today)
        context["todays_honoree"] = self.honoree_on(today)
        context["calendar"] = month_calendar(self.start_date, self.end_date, self.schedule, today)
        context["featured"] = self.featured
        context["stories"] = self.stories
        return context


class CampaignHonoree(Orderable):
    """A person the campaign features."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="featured_honorees")
    honoree = models.ForeignKey(
        HonoreePage, verbose_name=_("人物"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("honoree")]

    class Meta(Orderable.Meta):
        verbose_name = _("重点宣传人物")
        verbose_name_plural = _("重点宣传人物")


class CampaignDay(models.Model):
    """One day of the schedule: its 今日劳模."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="schedule_days")
    date = models.DateField(_("日期"))
    honoree = models.ForeignKey(
        HonoreePage, verbose_name=_("今日劳模"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("honoree")])]

    class Meta:
        ordering = ["date"]
        verbose_name = _("今日劳模")
        verbose_name_plural = _("今日劳模排期")
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="campaign_one_honoree_per_day")
        ]

    def __str__(self):
        return f"{chinese_date(self.date)} {self.honoree}"


class CampaignStory(Orderable):
    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="story_links")
    story = models.ForeignKey(
        StoryPage, verbose_name=_("报道"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("story")]

    class Meta(Orderable.Meta):
        verbose_name = _("活动报道")
        verbose_name_plural = _("活动报道")


class CampaignKiosk(Orderable):
    """A kiosk the campaign takes over while it runs."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="kiosk_links")
    kiosk = models.ForeignKey(
        "kiosks.KioskDisplay",
        verbose_name=_("展台"),
        on_delete=models.CASCADE,
        related_name="campaign_links",
    )

    panels = [FieldPanel("kiosk")]

    class Meta(Orderable.Meta):
        verbose_name = _("接管的展台")
        verbose_name_plural = _("接管的展台")
