"""A kiosk in the park (configuration, reviewed like a page) and what kiosks report back."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from exhibits.kiosks.blocks import PlaylistBlock
from exhibits.park.panels import MapPositionPanel
from exhibits.park.position import MapPosition


class KioskDisplay(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    MapPosition,
    models.Model,
):
    """One touch screen. The row holds the published configuration; drafts live in revisions."""

    class Orientation(models.TextChoices):
        PORTRAIT = "portrait", _("竖屏（1080×1920）")
        LANDSCAPE = "landscape", _("横屏（1920×1080）")

    class TextSize(models.TextChoices):
        NORMAL = "normal", _("标准")
        LARGE = "large", _("大字")

    name = models.CharField(_("名称"), max_length=50, unique=True)
    slug = models.SlugField(
        _("网址标识"),
        max_length=50,
        unique=True,
        help_text=_("展台地址为 /kiosk/<网址标识>/，设置到展台浏览器后请勿更改"),
    )
    orientation = models.CharField(
        _("屏幕方向"), max_length=10, choices=Orientation.choices, default=Orientation.PORTRAIT
    )
    text_size = models.CharField(
        _("字号"), max_length=10, choices=TextSize.choices, default=TextSize.LARGE
    )
    idle_timeout = models.PositiveSmallIntegerField(
        _("无操作返回时间（秒）"),
        default=90,
        validators=[MinValueValidator(20), MaxValueValidator(900)],
        help_text=_("无人触摸这么久后，先提示“还在看吗？”，再回到轮播"),
    )
    playlist = StreamField(
        PlaylistBlock(),
        verbose_name=_("轮播内容"),
        blank=True,
        help_text=_("无人使用时依次播放；留空则播放首页推荐人物"),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("orientation"), FieldPanel("text_size"), FieldPanel("idle_timeout")]
                ),
                MapPositionPanel(heading=_("展台在园区的位置（“您在这里”）")),
            ],
            heading=_("展台设置"),
        ),
        FieldPanel("playlist"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("slug"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("园区展台")
        verbose_name_plural = _("园区展台")
        ordering = ["name"]

    def __str__(self):
        return self.name


class KioskStatus(models.Model):
    """What the kiosk said in its latest heartbeat; one row per kiosk, overwritten."""

    kiosk = models.OneToOneField(
        KioskDisplay, on_delete=models.CASCADE, primary_key=True, related_name="status"
    )
    last_seen = models.DateTimeField(_("最后在线"))
    content_version = models.BigIntegerField(_("内容版本"))
    screen_width = models.PositiveIntegerField(_("屏幕宽度"), default=0)
    screen_height = models.PositiveIntegerField(_("屏幕高度"), default=0)
    uptime_seconds = models.PositiveIntegerField(_("开机时长（秒）"), default=0)

    class Meta:
        verbose_name = _("展台状态")
        verbose_name_plural = _("展台状态")

    @property
    def online(self):
        limit = timezone.now() - datetime.timedelta(seconds=settings.KIOSK_OFFLINE_AFTER_SECONDS)
        return self.last_seen >= limit


class KioskUsageDay(models.Model):
    """Visitor sessions (attract → browse) counted on one kiosk on one day."""

    kiosk = models.ForeignKey(KioskDisplay, on_delete=models.CASCADE, related_name="usage_days")
    day = models.DateField(_("日期"))
    sessions = models.PositiveIntegerField(_("使用次数"), default=0)

    class Meta:
        verbose_name = _("展台每日使用")
        verbose_name_plural = _("展台每日使用")
        constraints = [
            models.UniqueConstraint(fields=["kiosk", "day"], name="kiosk_usage_one_row_per_day")
        ]


class KioskHonoreeViews(models.Model):
    """How often a person's detail was opened on one kiosk on one day."""

    kiosk = models.ForeignKey(KioskDisplay, on_delete=models.CASCADE, related_name="honoree_views")
    day = models.DateField(_("日期"))
    honoree = models.ForeignKey(
        "honorees.HonoreePage", on_delete=models.CASCADE, related_name="kiosk_views"
    )
    views = models.PositiveIntegerField(_("查看次数"), default=0)

    class Meta:
        verbose_name = _("展台人物查看")
        verbose_name_plural = _("展台人物查看")
        constraints = [
            models.UniqueConstraint(
                fields=["kiosk", "day", "honoree"], name="kiosk_views_one_row_per_person_day"
            )
        ]


class KioskUsageBatch(models.Model):
    """Ids of usage batches already counted, so a batch resent after a lost answer counts once."""

    kiosk = models.ForeignKey(KioskDisplay, on_delete=models.CASCADE, related_name="+")
    batch_id = models.UUIDField(unique=True)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
