"""`manage.py prepare_kiosks`: make every picture the live kiosks show, before they boot."""

import time

from django.core.management.base import BaseCommand

from exhibits.kiosks.content import build_content
from exhibits.kiosks.models import KioskDisplay


class Command(BaseCommand):
    help = (
        "为所有已发布的园区展台预先生成屏幕尺寸的图片，展台首次启动时无需等待。"
        "已生成的图片不会重复生成。"
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        kiosks = list(KioskDisplay.objects.filter(live=True).order_by("pk"))
        for kiosk in kiosks:
            content = build_content(kiosk, version=0)
            self.stdout.write(f"{kiosk.name}：{len(content['assets'])} 个文件已就绪")
        self.stdout.write(
            f"展台图片已就绪：{len(kiosks)} 台（用时 {time.monotonic() - started:.1f} 秒）"
        )
