"""Honour titles (a snippet editors maintain), the honoree index and the honoree page."""

import contextlib
import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, Max, Min, OuterRef, Prefetch, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from exhibits.core.blocks import StoryBlock
from exhibits.core.models import BasePage, LocatedPageQuerySet, TypedChildrenMixin
from exhibits.core.pinyin import name_initial, name_pinyin, sort_key
from exhibits.core.renditions import PORTRAIT_SHARE
from exhibits.honorees import profile

EARLIEST_YEAR = 1950


def current_year():
    return datetime.date.today().year


class HonourLevel(models.IntegerChoices):
    """Lower is higher: sorting ascending puts national honours first."""

    NATIONAL = 1, _("国家级")
    PROVINCIAL = 2, _("省级")
    CITY = 3, _("市级")
    COUNTY = 4, _("县区级")
    ENTERPRISE = 5, _("企业级")

    @property
    def slug(self):
        return self.name.lower()

    @classmethod
    def from_slug(cls, value):
        try:
            return cls[str(value).upper()]
        except KeyError:
            return None


class HonourTitle(index.Indexed, models.Model):
    """A title that can be awarded (全国劳动模范, 鹰城大工匠…), maintained by editors."""

    name = models.CharField(_("称号"), max_length=100, unique=True)
    level = models.PositiveSmallIntegerField(_("级别"), choices=HonourLevel.choices)
    awarding_body = models.CharField(_("授予机关"), max_length=100, blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("排序"), default=0, help_text=_("同一级别内的先后，数字小的在前")
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("sort_order")]),
        FieldPanel("awarding_body"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("awarding_body"),
        index.AutocompleteField("name"),
        index.FilterField("level"),
    ]

    class Meta:
        ordering = ["level", "sort_order", "id"]
        verbose_name = _("荣誉称号")
        verbose_name_plural = _("荣誉称号")

    def __str__(self):
        return self.name

    @property
    def level_slug(self):
        return HonourLevel(self.level).slug


class HonoreeIndexPage(TypedChildrenMixin, BasePage):
    intro = RichTextField(_("导语"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["honorees.HonoreePage"]
    max_count = 1
    show_in_menus_default = True  # a section of the site: listed in the header

    class Meta:
        verbose_name = _("先进人物列表")
        verbose_name_plural = _("先进人物列表")

    def routable_children(self):
        return HonoreePage.objects.child_of(self).for_profile()

    def get_context(self, request, *args, **kwargs):
        from exhibits.honorees.listing import HonoreeListing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = HonoreeListing(request.GET)
        return context


class HonoreePageQuerySet(LocatedPageQuerySet):
    """The one vocabulary for choosing people: the list, the API, search, the enterprise
    walls and the kiosks all filter through these methods."""

    def holding(self, *, title=None, level=None, year=None):
        """People holding one honour that matches every criterion given ("市级 in 2015")."""
        match = honour_match(title=title, level=level, year=year)
        if not match:
            return self
        return self.filter(Exists(Honour.objects.filter(page=OuterRef("pk"), **match)))

    def highest_level(self, level):
        """People whose best honour is of this level. Someone who is 全国劳模 and 市劳模
        is 国家级 and is not listed under 市级: what a reader means by choosing a level."""
        level = int(level)
        honours = Honour.objects.filter(page=OuterRef("pk"))
        return self.filter(
            Exists(honours.filter(title__level=level)),
            ~Exists(honours.filter(title__level__lt=level)),
        )

    def honoured(self, *, title=None, level=None, year=None):
        """What the honour filters mean together, on the list and in the API (search and
        the list's counts work it out in Python: highest_held(), count_facets()): the
        level is the person's highest, and one honour matches the title, the year and
        that level. 市级 in 2015: someone whose best honour is city-level and who received
        a city-level honour in 2015."""
        pages = self.holding(title=title, level=level, year=year)
        return pages if level is None else pages.highest_level(level)

    def working_at(self, enterprise):
        """The people who work at an enterprise (a page or its id): its employees."""
        return self.filter(employer_enterprise=enterprise)

    def level_bits(self):
        """{page id: the honour levels each person holds, as bits (1 << level)}: the
        counting form of honour levels, for facets counted over thousands of people
        (highest_held() reads the level a person is listed under)."""
        return level_bits(honour_levels(self.order_by().values("pk")))

    def facet_members(self):
        """{facet: {value: [page ids]}} for the title, level, county, industry and
        enterprise facets: who each option of a list holds (a level: the people whose
        highest honour it is), read in two queries (the kiosks browse offline from these)."""
        members = {facet: {} for facet in ("title", "level", "county", "industry", "enterprise")}

        def add(facet, value, pk):
            if value is not None:
                members[facet].setdefault(value, set()).add(pk)

        pages = self.order_by().values_list(
            "pk", "county_id", "industry_id", "employer_enterprise_id"
        )
        for pk, county, industry, enterprise in pages:
            add("county", county, pk)
            add("industry", industry, pk)
            add("enterprise", enterprise, pk)
        honours = (
            Honour.objects.filter(page__in=self.order_by().values("pk"))
            .values_list("page_id", "title_id", "title__level")
            .order_by()
        )
        best = {}
        for pk, title, level in honours:
            add("title", title, pk)
            best[pk] = min(level, best.get(pk, level))
        for pk, level in best.items():
            add("level", level, pk)
        return {
            facet: {value: sorted(ids) for value, ids in options.items()}
            for facet, options in members.items()
        }

    def facet_counts(self, chosen):
        """{facet: {value: people}} for the list's facets (title, level, year, county,
        industry, enterprise): how many people each option would list, counted with the
        other chosen filters applied and its own choice left out. Two reads."""
        people = self.order_by().values_list(
            "pk", "county_id", "industry_id", "employer_enterprise_id"
        )
        honours = (
            Honour.objects.filter(page__in=self.order_by().values("pk"))
            .values_list("page_id", "title_id", "title__level", "year")
            .order_by()
        )
        held = {}
        for page_id, *honour in honours:
            held.setdefault(page_id, []).append(tuple(honour))
        located = (
            (pk, {"county": county, "industry": industry, "enterprise": enterprise})
            for pk, county, industry, enterprise in people
        )
        return count_facets(located, held, chosen)

    def with_latest_honour(self, *, title=None, level=None, year=None):
        """Annotate `latest_year`: the year of the newest honour matching the criteria
        (of any honour without them). 按最新获奖 sorts by it and the card shows that honour."""
        match = {
            f"honours__{field}": value
            for field, value in honour_match(title=title, level=level, year=year).items()
        }
        return self.annotate(latest_year=Max("honours__year", filter=Q(**match) if match else None))

    def with_honour_stats(self):
        """Annotate the derived figures: best level held and first/latest honour year."""
        return self.annotate(
            best_level=Min("honours__title__level"),
            latest_honour_year=Max("honours__year"),
            first_honour_year=Min("honours__year"),
        )

    def for_profile(self):
        """The related rows a profile page shows, joined in."""
        return self.select_related(
            "employer_enterprise", "county", "industry", "portrait", "social_image"
        )

    def for_cards(self):
        """Everything a portrait card shows, fetched in a fixed number of queries."""
        return self.select_related("employer_enterprise", "county").prefetch_related(
            Prefetch("portrait", queryset=get_image_model().objects.prefetch_renditions()),
            Prefetch("honours", queryset=Honour.objects.select_related("title")),
        )


def honour_match(*, title=None, level=None, year=None):
    """The conditions on one Honour row for holding(); a title or level by object or id."""
    match = {}
    if title is not None:
        match["title_id"] = getattr(title, "pk", title)
    if level is not None:
        match["title__level"] = int(level)
    if year is not None:
        match["year"] = year
    return match


HONOUR_FACETS = ("title", "level", "year")
PLACE_FACETS = ("county", "industry", "enterprise")


def count_facets(people, held, chosen):
    """The counting form of honoured() and the place filters, for facet_counts().

    people: (page id, {place facet: value}); held: {page id: [(title, level, year)]};
    chosen: {facet: value} of the filters applied. A person counts towards an option of
    a facet when they pass every other chosen filter and would pass that option.
    """
    counts = {facet: {} for facet in (*HONOUR_FACETS, *PLACE_FACETS)}

    def add(facet, values):
        for value in values:
            counts[facet][value] = counts[facet].get(value, 0) + 1

    honour_chosen = {facet: chosen.get(facet) for facet in HONOUR_FACETS}
    for pk, places in people:
        missed = [f for f in PLACE_FACETS if f in chosen and places[f] != chosen[f]]
        if len(missed) > 1:
            continue
        honours = held.get(pk, [])
        best = min((level for _title, level, _year in honours), default=None)
        if not missed:
            for facet in HONOUR_FACETS:
                add(facet, _options(facet, honours, best, honour_chosen))
        place_facets = missed or PLACE_FACETS
        if _passes(honours, best, **honour_chosen):
            for facet in place_facets:
                if places[facet] is not None:
                    add(facet, [places[facet]])
    return counts


def _matching(honours, title=None, level=None, year=None):
    return [
        honour
        for honour in honours
        if (title is None or honour[0] == title)
        and (level is None or honour[1] == level)
        and (year is None or honour[2] == year)
    ]


def _passes(honours, best, *, title=None, level=None, year=None):
    """Whether a person with these honours passes honoured(title, level, year)."""
    if level is not None and best != level:
        return False
    if title is None and level is None and year is None:
        return True
    return bool(_matching(honours, title, level, year))


def _options(facet, honours, best, chosen):
    """The values of an honour facet a person would pass, the other honour facets as chosen."""
    others = {f: v for f, v in chosen.items() if f != facet}
    if facet == "level":
        return [best] if best is not None and _passes(honours, best, level=best, **others) else []
    if others["level"] is not None and best != others["level"]:
        return []
    position = HONOUR_FACETS.index(facet)
    return {honour[position] for honour in _matching(honours, **others)}


def highest_held(bits):
    """The highest level among those a level_bits() value holds (lower is higher), or
    None: the level a person is listed under (see highest_level())."""
    return (bits & -bits).bit_length() - 1 if bits else None


def honour_levels(pages):
    """(page id, level) of every honour the pages hold: pages as ids or a subquery."""
    return (
        Honour.objects.filter(page_id__in=pages).values_list("page_id", "title__level").order_by()
    )


def level_bits(rows):
    """{page id: levels held, as bits (1 << level)} from honour_levels() rows.

    Bits rather than sets: thousands of sets kept through a request made Python's
    garbage collector run full passes of 100 ms and more (search counts facets this way).
    """
    held = {}
    for page_id, level in rows:
        held[page_id] = held.get(page_id, 0) | 1 << level
    return held


HonoreePageManager = PageManager.from_queryset(HonoreePageQuerySet)


class HonoreeTag(TaggedItemBase):
    content_object = ParentalKey(
        "honorees.HonoreePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class HonoreePage(BasePage):
    """One person, one profile, whatever titles they hold."""

    share_type = "profile"  # og:type

    class Gender(models.TextChoices):
        MALE = "male", _("男")
        FEMALE = "female", _("女")

    gender = models.CharField(_("性别"), max_length=6, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(
        _("出生年份"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("肖像"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    portrait_alt = models.CharField(
        _("肖像替代文字"),
        max_length=200,
        blank=True,
        help_text=_(
            "为看不到图片的读者描述照片，例如“王芳在车间检修设备”；图片自身已有描述时可不填"
        ),
    )
    summary = models.CharField(
        _("事迹简介"), max_length=200, blank=True, help_text=_("一句话概括主要事迹")
    )
    employer_enterprise = models.ForeignKey(
        "enterprises.EnterprisePage",
        verbose_name=_("工作单位（企业栏目）"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="employees",
        help_text=_("单位在本站有企业栏目时选择它"),
    )
    employer_name = models.CharField(
        _("工作单位（名称）"),
        max_length=100,
        blank=True,
        help_text=_("单位在本站没有企业栏目时填写全称"),
    )
    post = models.CharField(_("岗位/工种"), max_length=100, blank=True)
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
    tags = ClusterTaggableManager(through=HonoreeTag, blank=True, verbose_name=_("标签"))
    # The roll's own ID for this person (Excel's 编号 column): a re-import finds them by it.
    external_id = models.CharField(
        _("编号"),
        max_length=50,
        blank=True,
        db_index=True,
        help_text=_("导入名单中此人的编号；再次导入时按编号找到同一人，可不填"),
    )
    story = StreamField(StoryBlock(), verbose_name=_("事迹"), blank=True)
    # Kept in sync by save() from the title; the database cannot sort by pinyin itself.
    name_pinyin = models.CharField(_("姓名拼音"), max_length=200, blank=True, editable=False)

    objects = HonoreePageManager()

    content_panels = [
        FieldPanel("title", heading=_("姓名")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("gender"), FieldPanel("birth_year")]),
                FieldPanel("portrait"),
                FieldPanel("portrait_alt"),
                FieldPanel("summary"),
            ],
            heading=_("基本信息"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("employer_enterprise"),
                FieldPanel("employer_name"),
                FieldPanel("post"),
                FieldRowPanel([FieldPanel("county"), FieldPanel("industry")]),
            ],
            heading=_("单位与岗位"),
        ),
        InlinePanel("honours", heading=_("荣誉"), label=_("荣誉"), min_num=0),
        FieldPanel("story"),
        FieldPanel("tags"),
        FieldPanel("external_id"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("post"),
        index.SearchField("employer_name"),
        index.SearchField("story"),
        index.SearchField("name_pinyin"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        # Found by where they work and what they hold: 平煤 finds the people of 平煤神马.
        index.RelatedFields("employer_enterprise", [index.SearchField("title")]),
        index.RelatedFields("county", [index.SearchField("name")]),
        index.RelatedFields("honours", [index.RelatedFields("title", [index.SearchField("name")])]),
        index.FilterField("county"),
        index.FilterField("industry"),
        # Lets the read API sort search results by pinyin (order=name_pinyin&search=…).
        index.FilterField("name_pinyin"),
    ]

    parent_page_types = ["honorees.HonoreeIndexPage", "enterprises.EnterprisePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("先进人物")
        verbose_name_plural = _("先进人物")

    def clean(self):
        super().clean()
        if self.portrait and not (self.portrait_alt.strip() or self.portrait.description.strip()):
            raise ValidationError({"portrait_alt": _("请为肖像填写替代文字。")})
        if self.birth_year and self.birth_year > current_year():
            raise ValidationError({"birth_year": _("出生年份不能晚于今年。")})

    def save(self, *args, **kwargs):
        self.name_pinyin = name_pinyin(self.title)
        if self.employer_enterprise_id is None:
            # A star created inside an enterprise's section works there.
            self.employer_enterprise = self._enterprise_ancestor()
        return super().save(*args, **kwargs)

    @classmethod
    def employer_model(cls):
        """The enterprise page type: named by string on the field, since enterprises are a
        layer above the people they employ."""
        return cls._meta.get_field("employer_enterprise").related_model

    def _enterprise_ancestor(self):
        if not self.path or self.depth is None:
            return None
        parent_path = self.path[: -self.steplen]
        return self.employer_model().objects.filter(path=parent_path).first()

    # --- derived from the honours; nothing below is stored ---

    @cached_property
    def honour_list(self):
        """The honours with their titles, from the listing's prefetch when there is one."""
        honours = self.honours.all()
        if "honours" not in getattr(self, "_prefetched_objects_cache", {}):
            # Previews hold honours in memory (a FakeQuerySet), where there is nothing to join.
            with contextlib.suppress(AttributeError):
                honours = honours.select_related("title")
        return list(honours)

    @cached_property
    def sorted_honours(self):
        """Honours as a timeline: oldest first, the best title first within a year."""
        return sorted(self.honour_list, key=lambda h: (h.year, h.title.level, h.title.sort_order))

    @cached_property
    def top_honour(self):
        honours = self.honour_list
        if not honours:
            return None
        return min(honours, key=lambda h: (h.title.level, h.title.sort_order, -h.year))

    @property
    def highest_level(self):
        top = self.top_honour
        return HonourLevel(top.title.level) if top else None

    def honour_for(self, *, title=None, level=None, year=None, latest=False):
        """The honour a list shows on this person's card: of those matching the list's
        filters (all of them without filters), the newest when the list is sorted by
        newest honour, else the best."""
        honours = [
            h
            for h in self.honour_list
            if (title is None or h.title_id == getattr(title, "pk", title))
            and (level is None or h.title.level == int(level))
            and (year is None or h.year == year)
        ] or self.honour_list
        if not honours:
            return None
        if latest:
            return min(honours, key=lambda h: (-h.year, h.title.level, h.title.sort_order))
        return min(honours, key=lambda h: (h.title.level, h.title.sort_order, -h.year))

    @cached_property
    def tag_names(self):
        """Tag names in pinyin order."""
        return sorted((tag.name for tag in self.tags.all()), key=sort_key)

    @property
    def employer(self):
        if self.employer_enterprise_id:
            return self.employer_enterprise.title
        return self.employer_name

    @property
    def name_initial(self):
        return name_initial(self.title)

    @property
    def portrait_alt_text(self):
        if self.portrait_alt:
            return self.portrait_alt
        if self.portrait and self.portrait.description:
            return self.portrait.description
        return _("%(name)s的肖像") % {"name": self.title}

    def get_summary(self):
        return self.summary or self.search_description

    def get_lead_image(self):
        return self.portrait

    def structured_data(self):
        """schema.org Person, for search engines and link previews."""
        data = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": self.title,
            "url": self.full_url,
            "award": [f"{h.year}年 {h.title.name}" for h in self.sorted_honours],
        }
        if self.summary:
            data["description"] = self.summary
        if self.gender:
            data["gender"] = "Male" if self.gender == self.Gender.MALE else "Female"
        if self.birth_year:
            data["birthDate"] = str(self.birth_year)
        if self.post:
            data["jobTitle"] = self.post
        if self.employer:
            data["worksFor"] = {"@type": "Organization", "name": self.employer}
            if self.employer_enterprise_id and self.employer_enterprise.live:
                data["worksFor"]["url"] = self.employer_enterprise.full_url
        if self.county_id:
            data["workLocation"] = {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressRegion": "河南省",
                    "addressLocality": f"平顶山市{self.county.name}",
                    "addressCountry": "CN",
                },
            }
        if self.portrait:
            data["image"] = self.portrait.get_rendition(PORTRAIT_SHARE).full_url
        if self.tag_names:
            data["knowsAbout"] = self.tag_names
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_honorees"] = self.related_honorees()
        context.update(profile.section_context(self))
        return context

    def related_honorees(self, limit=6):
        """Colleagues first (same enterprise), then holders of the same titles."""
        title_ids = [h.title_id for h in self.honour_list]
        same_employer = models.Q(pk__in=[])
        if self.employer_enterprise_id:
            same_employer = models.Q(employer_enterprise_id=self.employer_enterprise_id)
        same_title = models.Q(honours__title_id__in=title_ids)
        candidates = (
            HonoreePage.objects.live()
            .public()
            .exclude(pk=self.pk)
            .filter(same_employer | same_title)
            .annotate(
                colleague=models.Case(
                    models.When(same_employer, then=0),
                    default=1,
                    output_field=models.IntegerField(),
                )
            )
            .order_by("colleague", "name_pinyin")
            .distinct()
        )
        return list(candidates.for_cards()[:limit])


class Honour(Orderable):
    """A title held by a person, in a year."""

    page = ParentalKey(HonoreePage, on_delete=models.CASCADE, related_name="honours")
    title = models.ForeignKey(
        HonourTitle, verbose_name=_("称号"), on_delete=models.PROTECT, related_name="honours"
    )
    year = models.PositiveSmallIntegerField(
        _("年份"), validators=[MinValueValidator(EARLIEST_YEAR), MaxValueValidator(2100)]
    )
    note = models.CharField(_("备注"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("year")]), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("荣誉")
        verbose_name_plural = _("荣誉")

    def __str__(self):
        return f"{self.year} {self.title}"

    def clean(self):
        super().clean()
        if self.year and self.year > current_year():
            raise ValidationError({"year": _("获奖年份不能晚于今年。")})
