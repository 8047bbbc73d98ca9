"""Stories (报道): the kinds editors keep, the story index at /stories/ and one page per story.

A story is about honorees (people sit a layer below, so the link lives here); a
《劳动者之歌》 episode is a story of a kind marked as a series, with its episode number
and air date. The video is an uploaded file (wagtailmedia) played by the browser's own
<video>; an embed link is only a fallback.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from exhibits.core.blocks import StoryBlock
from exhibits.core.models import BasePage, BasePageQuerySet, TypedChildrenMixin
from exhibits.honorees.models import HonoreePage


def today():
    return datetime.date.today()


class StoryKind(index.Indexed, models.Model):
    """What sort of story it is (人物故事, 工会新闻, 《劳动者之歌》…), maintained by editors."""

    name = models.CharField(_("名称"), max_length=50, unique=True)
    slug = models.SlugField(
        _("网址名"),
        max_length=50,
        unique=True,
        help_text=_("列表筛选网址中使用的英文名，如 song 表示 /stories/?kind=song"),
    )
    is_series = models.BooleanField(
        _("按期播出的栏目"),
        default=False,
        help_text=_("如电视栏目《劳动者之歌》：每篇须填期数和播出日期，按播出日期排列"),
    )
    sort_order = models.PositiveSmallIntegerField(_("排序"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("is_series"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = _("报道类别")
        verbose_name_plural = _("报道类别")

    def __str__(self):
        return self.name


class StoryIndexPage(RoutablePageMixin, TypedChildrenMixin, BasePage):
    intro = RichTextField(_("导语"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("报道列表")
        verbose_name_plural = _("报道列表")

    def routable_children(self):
        return StoryPage.objects.child_of(self).for_detail()

    def get_context(self, request, *args, **kwargs):
        from exhibits.stories.listing import StoryListing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = StoryListing(self, request.GET)
        context["feeds"] = self.feed_urls(request)
        return context

    def feed_urls(self, request=None):
        """{"rss": …, "atom": …}: the absolute addresses of the feeds."""
        base = self.get_full_url(request)
        return {name: base + self.reverse_subpage(name) for name in ("rss", "atom")}

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from exhibits.stories.feeds import StoryRssFeed

        return StoryRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from exhibits.stories.feeds import StoryAtomFeed

        return StoryAtomFeed(self)(request)

    def stories(self):
        """The live public stories under this index, newest first."""
        return StoryPage.objects.child_of(self).visible().newest_first()


class StoryPageQuerySet(BasePageQuerySet):
    """The one vocabulary for choosing stories: the list, the feeds, profiles and the API."""

    def with_shown_on(self):
        """Annotate `shown_on`: the air date of an episode, the story's date otherwise."""
        return self.annotate(shown_on=Coalesce("air_date", "date"))

    def newest_first(self):
        return self.with_shown_on().order_by("-shown_on", "-episode_number", "-pk")

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def in_year(self, year):
        return self.with_shown_on().filter(shown_on__year=year)

    def about(self, honoree):
        """The stories naming this person (a page or its id)."""
        return self.filter(people__honoree=honoree).distinct()

    def for_cards(self):
        """What a story card shows: its kind and its picture's renditions."""
        images = get_image_model().objects.prefetch_renditions()
        return self.select_related("kind").prefetch_related(Prefetch("hero_image", queryset=images))

    def for_detail(self):
        return self.select_related(
            "kind",
            "hero_image",
            "social_image",
            "video",
            "video_poster",
            "video_subtitles",
        )


StoryPageManager = PageManager.from_queryset(StoryPageQuerySet)


class StoryPage(BasePage):
    share_type = "article"  # og:type

    date = models.DateField(_("日期"), default=today)
    kind = models.ForeignKey(
        StoryKind, verbose_name=_("类别"), on_delete=models.PROTECT, related_name="stories"
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("题图"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("列表卡片和分享时使用；宽图为宜，至少 1200×630"),
    )
    summary = models.CharField(
        _("摘要"), max_length=200, blank=True, help_text=_("一两句话概括这篇报道")
    )
    body = StreamField(StoryBlock(), verbose_name=_("正文"), blank=True)
    episode_number = models.PositiveSmallIntegerField(
        _("期数"), null=True, blank=True, help_text=_("按期播出的栏目（如《劳动者之歌》）填写")
    )
    air_date = models.DateField(_("播出日期"), null=True, blank=True)
    video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("视频文件"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("上传的 MP4 视频，由浏览器直接播放"),
    )
    video_poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("视频封面"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    video_subtitles = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("字幕文件"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("WebVTT 格式（.vtt）的中文字幕，可不填"),
    )
    video_embed_url = models.URLField(
        _("视频网址（备用）"),
        blank=True,
        help_text=_("没有上传视频文件时，才使用视频网站的链接"),
    )

    objects = StoryPageManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
                FieldRowPanel([FieldPanel("episode_number"), FieldPanel("air_date")]),
                FieldPanel("hero_image"),
                FieldPanel("summary"),
            ],
            heading=_("基本信息"),
        ),
        InlinePanel("people", heading=_("报道人物"), label=_("人物")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                MediaChooserPanel("video", media_type="video"),
                FieldPanel("video_poster"),
                FieldPanel("video_subtitles"),
                FieldPanel("video_embed_url"),
            ],
            heading=_("视频"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("kind", [index.SearchField("name")]),
        index.RelatedFields(
            "people", [index.RelatedFields("honoree", [index.SearchField("title")])]
        ),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("报道")
        verbose_name_plural = _("报道")

    def clean(self):
        super().clean()
        if self.kind_id and self.kind.is_series:
            missing = {
                name: _("“%(kind)s”按期播出，请填写此项。") % {"kind": self.kind.name}
                for name in ("episode_number", "air_date")
                if getattr(self, name) is None
            }
            if missing:
                raise ValidationError(missing)
        if self.video_subtitles and self.video_subtitles.file_extension.lower() != "vtt":
            raise ValidationError({"video_subtitles": _("字幕须为 WebVTT 格式（.vtt）。")})

    @property
    def shown_date(self):
        """The date a reader goes by: an episode's air date, the story's date otherwise."""
        return self.air_date or self.date

    @property
    def is_episode(self):
        return self.episode_number is not None and self.kind.is_series

    def get_summary(self):
        return self.summary or self.search_description

    def get_lead_image(self):
        return self.hero_image or self.video_poster

    @cached_property
    def honorees(self):
        """The live public people the story is about, in the editors' order, for cards."""
        ids = [link.honoree_id for link in self.people.all()]
        pages = {
            page.pk: page for page in HonoreePage.objects.visible().filter(pk__in=ids).for_cards()
        }
        return [pages[pk] for pk in ids if pk in pages]

    def structured_data(self):
        """schema.org NewsArticle (an episode: also its episode number)."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "url": self.full_url,
            "datePublished": self.shown_date.isoformat(),
            "publisher": {"@type": "Organization", "name": "平顶山市总工会"},
            "about": [{"@type": "Person", "name": person.title} for person in self.honorees],
        }
        if self.summary:
            data["description"] = self.summary
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["story_people"] = self.honorees
        return context


class StoryHonoree(Orderable):
    """A person a story is about."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="people")
    honoree = models.ForeignKey(
        HonoreePage,
        verbose_name=_("人物"),
        on_delete=models.CASCADE,
        related_name="story_links",
    )

    panels = [FieldPanel("honoree")]

    class Meta(Orderable.Meta):
        verbose_name = _("报道人物")
        verbose_name_plural = _("报道人物")

    def __str__(self):
        return str(self.honoree)
