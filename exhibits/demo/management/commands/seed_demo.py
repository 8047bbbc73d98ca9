"""`manage.py seed_demo`: fill the site with the invented demo content; safe to run again."""

import io
import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings
from wagtail.models import Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from exhibits.core import site_address
from exhibits.demo import data
from exhibits.demo.builders import (
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    DEMO_PASSWORD,
    REVIEWER_USERNAME,
    DemoSeeder,
)
from exhibits.search.signals import deferred_indexing

DEFAULT_HONOREES = data.DEFAULT_HONOREES

SUMMARY_LABELS = [
    ("titles", "荣誉称号", "个"),
    ("counties", "县（市、区）", "个"),
    ("industries", "行业", "个"),
    ("pages", "栏目页", "个"),
    ("enterprises", "企业", "家"),
    ("honorees", "先进人物", "人"),
    ("park", "劳模雕塑园", "个"),
    ("zones", "园区分区", "个"),
    ("sculptures", "雕塑", "座"),
    ("stories", "报道", "篇"),
    ("videos", "报道视频", "段"),
    ("scheduled", "定时上线或下线的报道", "篇"),
    ("kiosks", "园区展台", "台"),
    ("campaigns", "宣传月活动", "个"),
    ("images", "图片", "张"),
    ("users", "管理员", "个"),
    ("editors", "企业联络员", "个"),
    ("reviewers", "工会审核员", "个"),
    ("moderation", "待审核的修改", "处"),
    ("footer", "页脚信息（联系方式、备案号）", "份"),
]


class Command(BaseCommand):
    help = (
        "创建演示数据：先进人物、企业星光大道、劳模雕塑园、荣誉称号和后台管理员。"
        "重复运行不会产生重复数据。"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--honorees",
            type=int,
            default=DEFAULT_HONOREES,
            help=f"先进人物人数（默认 {DEFAULT_HONOREES}）",
        )
        parser.add_argument(
            "--enterprises",
            type=int,
            default=len(data.ENTERPRISES),
            help=(
                f"企业数量，1 到 {len(data.ENTERPRISES)}（默认全部）；"
                "不少于 12 家时覆盖全部县（市、区）"
            ),
        )
        parser.add_argument(
            "--base-url",
            default=settings.WAGTAILADMIN_BASE_URL,
            help=(
                "演示站点的访问地址，短网址、二维码和分享链接都用它"
                f"（默认 WAGTAILADMIN_BASE_URL：{settings.WAGTAILADMIN_BASE_URL}；"
                "make run 按 HOST 和 PORT 设置）"
            ),
        )

    def handle(self, *args, honorees, enterprises, base_url, **options):
        if not 1 <= enterprises <= len(data.ENTERPRISES):
            raise CommandError(f"--enterprises 须在 1 到 {len(data.ENTERPRISES)} 之间")
        if honorees < 0:
            raise CommandError("--honorees 不能为负数")
        try:
            site_address.parse_base_url(base_url)
        except ValidationError as error:
            raise CommandError(f"--base-url：{error.messages[0]}") from error
        started = time.monotonic()
        # Every short link, QR code and og:url is built on the Site: it must be where the
        # demo is served, port included, or nothing a tester scans or clicks reaches it.
        moved = site_address.configure(base_url)
        seeder = DemoSeeder(honorees=honorees, enterprises=enterprises)
        # The search and reference indexes are built once at the end, not on every save;
        # the review's notification e-mails stay in memory, not on the terminal.
        with (
            deferred_indexing(),
            disable_reference_index_auto_update(),
            override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"),
        ):
            seeder.run()
        root_url = Site.objects.get(is_default_site=True).root_url
        # Filling in only the footer changes no page: no index to rebuild.
        indexed = any(made for key, made in seeder.created.items() if key != "footer")
        if indexed:
            call_command("update_index", verbosity=0, stdout=io.StringIO())
            call_command("rebuild_references_index", verbosity=0, stdout=io.StringIO())

        for key, label, unit in SUMMARY_LABELS:
            made, found = seeder.created[key], seeder.found[key]
            self.stdout.write(f"{label}：新建 {made} {unit}，已存在 {found} {unit}")
        self.stdout.write(
            f"首页横幅与推荐人物：{'已填写' if seeder.created['home'] else '保持不变'}"
        )
        self.stdout.write(f"站点地址：{root_url}（{'已更新' if moved else '未变'}）")
        if indexed:
            self.stdout.write("搜索索引：已重建")
        self.stdout.write(
            self.style.SUCCESS(f"演示数据已就绪（用时 {time.monotonic() - started:.1f} 秒）")
        )
        self.stdout.write(f"后台 {root_url}/admin/ 用户名 {ADMIN_USERNAME} 密码 {ADMIN_PASSWORD}")
        self.write_demo_logins(seeder, root_url)

    def write_demo_logins(self, seeder, root_url):
        """The reviewer's and the enterprise editors' logins (local demo only)."""
        first_editor = seeder.editor_logins[0][0]
        self.stdout.write(
            f"后台 {root_url}/admin/ 审核员 {REVIEWER_USERNAME} / {DEMO_PASSWORD}，"
            f"企业联络员 {first_editor} / {DEMO_PASSWORD} …（演示密码，仅供本机使用）"
        )
        if seeder.review_page is not None:
            self.stdout.write(
                f"待审核：“{seeder.review_page.title}”的事迹简介修改，"
                f"请以 {REVIEWER_USERNAME} 登录后台审核"
            )
        self.stdout.write(f"企业联络员（密码均为 {DEMO_PASSWORD}）：")
        for username, enterprise in seeder.editor_logins:
            self.stdout.write(f"  {username}  {enterprise}")
