"""The home page: the site's root, its banner and the honorees it features."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from exhibits.campaigns.models import CampaignIndexPage, CampaignPage
from exhibits.core.dates import seconds_until_midnight
from exhibits.core.models import BasePage
from exhibits.enterprises.models import EnterpriseIndexPage
from exhibits.honorees.models import HonoreeIndexPage, HonoreePage
from exhibits.park.models import ParkPage


class HomePage(BasePage):
    hero_title = models.CharField(_("主标题"), max_length=100, default="劳动最光荣")
    hero_text = models.TextField(
        _("导语"),
        blank=True,
        default="致敬平顶山的劳动模范、大国工匠与最美职工。",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("主图"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("首页横幅"),
        ),
        InlinePanel("featured_honorees", heading=_("推荐人物"), label=_("人物")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "honorees.HonoreeIndexPage",
        "enterprises.EnterpriseIndexPage",
        "park.ParkPage",
        "stories.StoryIndexPage",
        "campaigns.CampaignIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("首页")
        verbose_name_plural = _("首页")

    def get_summary(self):
        return self.search_description or self.hero_text

    def get_lead_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured_ids = [f.honoree_id for f in self.featured_honorees.all()]
        featured = HonoreePage.objects.visible().filter(id__in=featured_ids).for_cards()
        by_id = {page.id: page for page in featured}
        context["featured_honorees"] = [by_id[i] for i in featured_ids if i in by_id]
        context["honoree_index"] = HonoreeIndexPage.objects.live().first()
        context["enterprise_index"] = EnterpriseIndexPage.objects.live().first()
        context["park"] = ParkPage.objects.live().first()
        context["honoree_count"] = HonoreePage.objects.visible().count()
        context.update(self.campaign_context())
        return context

    def campaign_context(self):
        """The campaign taking over the banner today (by the date in Asia/Shanghai), if any.

        Nothing is stored when a campaign starts or ends: the date decides, and the cached
        banner carries the date in its key and expires at midnight.
        """
        today = timezone.localdate()
        campaign = CampaignPage.objects.visible().on_home().running_on(today).for_cards().first()
        return {
            "today": today,
            "campaign": campaign,
            "todays_honoree": campaign.honoree_on(today) if campaign else None,
            "campaign_index": CampaignIndexPage.objects.live().first(),
            "until_midnight": seconds_until_midnight(),
        }


class HomeFeaturedHonoree(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_honorees")
    honoree = models.ForeignKey(
        "honorees.HonoreePage",
        verbose_name=_("人物"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("honoree")]

    class Meta(Orderable.Meta):
        verbose_name = _("推荐人物")
        verbose_name_plural = _("推荐人物")
