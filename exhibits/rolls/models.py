"""An upload of a roll, from its preview to its import: the file itself (kept in the
database, not under the public /media/, since a roll holds personal details), who uploaded
it, and how far the import has got."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from exhibits.rolls.photos import read_photos
from exhibits.rolls.plan import make_plan
from exhibits.rolls.reading import read_roll


class RollImport(models.Model):
    class Status(models.TextChoices):
        PREVIEWED = "previewed", _("待确认")
        QUEUED = "queued", _("排队中")
        RUNNING = "running", _("导入中")
        DONE = "done", _("已完成")
        FAILED = "failed", _("未导入")

    filename = models.CharField(_("文件名"), max_length=255)
    data = models.BinaryField(_("文件内容"))
    photos = models.BinaryField(_("照片包"), null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("上传人"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    publish = models.BooleanField(_("直接发布"), default=False)
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.PREVIEWED
    )
    done = models.PositiveIntegerField(_("已处理人数"), default=0)
    total = models.PositiveIntegerField(_("总人数"), default=0)
    message = models.TextField(_("结果"), blank=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("名单导入")
        verbose_name_plural = _("名单导入")

    def __str__(self):
        return self.filename

    @property
    def percent(self):
        return 100 * self.done // self.total if self.total else 0

    def read(self):
        """(the rows, the photos or None): read again from what was uploaded."""
        photos = read_photos(bytes(self.photos)) if self.photos else None
        return read_roll(bytes(self.data), self.filename), photos

    def plan(self):
        return make_plan(*self.read())
