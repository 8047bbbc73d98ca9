"""Open an enterprise's section: page, editors, collections, first editor, review workflow."""

from django.core.management.base import BaseCommand, CommandError

from exhibits.enterprises.onboarding import OnboardingError, onboard_enterprise


class Command(BaseCommand):
    help = "开通企业栏目（企业“星光大道”）并创建企业联络员账号"

    def add_arguments(self, parser):
        parser.add_argument("name", help="企业全称")
        parser.add_argument("--slug", required=True, help="网址别名，如 pdsmy")
        parser.add_argument("--editor", required=True, help="企业联络员的用户名")
        parser.add_argument("--email", required=True, help="企业联络员的电子邮箱")
        parser.add_argument("--county", help="县（市、区）名称")
        parser.add_argument("--industry", help="行业名称")

    def handle(self, *args, **options):
        # No --password on purpose: a password typed here would stay in shell history;
        # the editor sets their own through the one-time link printed below.
        try:
            result = onboard_enterprise(
                options["name"],
                options["slug"],
                options["editor"],
                options["email"],
                county=options["county"],
                industry=options["industry"],
            )
        except OnboardingError as error:
            raise CommandError(str(error)) from error

        page = result.page
        if result.created:
            self.stdout.write(self.style.SUCCESS(f"已开通企业栏目：{page.title}"))
        else:
            self.stdout.write(f"企业栏目“{page.title}”已存在，未做任何改动")
        self.stdout.write(f"  页面：{page.full_url or page.url_path}（ID {page.pk}）")
        self.stdout.write(f"  用户组：{result.group.name}")
        self.stdout.write(
            "  图片/文档分类："
            f"{result.collections['image'].name}，{result.collections['document'].name}"
        )
        self.stdout.write(f"  企业联络员：{result.user.username} <{result.user.email}>")
        if result.password_link:
            self.stdout.write("  设置密码的一次性链接（用后即失效，请只发给联络员本人）：")
            self.stdout.write(f"  {result.password_link}")
