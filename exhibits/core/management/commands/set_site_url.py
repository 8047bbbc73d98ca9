"""`manage.py set_site_url [URL]`: point the Wagtail Site at the public address (default
WAGTAILADMIN_BASE_URL), so short links, QR codes and shared links reach the site."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from exhibits.core import site_address


class Command(BaseCommand):
    help = "设置站点的公网地址（主机名和端口）：二维码、短网址和分享链接都用它。"

    def add_arguments(self, parser):
        parser.add_argument(
            "url",
            nargs="?",
            help="网站的公网地址，如 https://laomo.example.cn（默认 WAGTAILADMIN_BASE_URL）",
        )

    def handle(self, *args, url=None, **options):
        url = url or settings.WAGTAILADMIN_BASE_URL
        try:
            changed = site_address.configure(url)
        except ValidationError as error:
            raise CommandError(error.messages[0]) from error
        except Site.DoesNotExist as error:
            raise CommandError("没有默认站点，请先运行 manage.py migrate。") from error
        root_url = Site.objects.get(is_default_site=True).root_url
        self.stdout.write(f"站点地址{'已改为' if changed else '已是'} {root_url}")
