"""python manage.py import_honorees roll.xlsx [--photos photos.zip] [--dry-run] [--publish]
[--user NAME]

Reads the roll (XLSX, or CSV in UTF-8 or GBK), prints who would be created, updated or left
alone and every problem; then, unless --dry-run or a problem was found, writes it all in
one transaction. Imported profiles are drafts submitted to the union's review, or published
with --publish.
"""

import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from exhibits.rolls.apply import apply_plan
from exhibits.rolls.photos import read_photos
from exhibits.rolls.plan import make_plan
from exhibits.rolls.reading import RollFileError, read_roll


class Command(BaseCommand):
    help = "从 Excel（.xlsx）或 CSV 名单导入先进人物及其荣誉"

    def add_arguments(self, parser):
        parser.add_argument("roll", help="名单文件：.xlsx，或 UTF-8 / GBK 编码的 .csv")
        parser.add_argument("--photos", help="照片包（zip），照片按编号、姓名或“姓名-工作单位”命名")
        parser.add_argument("--dry-run", action="store_true", help="只检查并列出将做的改动，不写入")
        parser.add_argument("--publish", action="store_true", help="直接发布（默认提交工会审核）")
        parser.add_argument("--user", help="记在修订历史中的导入人（用户名）")

    def handle(self, roll, photos, dry_run, publish, user, **options):
        path = Path(roll)
        if not path.is_file():
            raise CommandError(f"找不到文件：{roll}")
        importer = self._user(user)
        if photos and not Path(photos).is_file():
            raise CommandError(f"找不到照片包：{photos}")
        try:
            sheet = read_roll(path.read_bytes(), path.name)
            photo_set = read_photos(Path(photos).read_bytes()) if photos else None
        except RollFileError as error:
            raise CommandError(str(error)) from error
        plan = make_plan(sheet, photo_set)
        for warning in plan.warnings:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(
            f"共 {plan.row_count} 行、{len(plan.people)} 人：新建 {len(plan.of('create'))} 人，"
            f"更新 {len(plan.of('update'))} 人，不变 {len(plan.of('unchanged'))} 人。"
        )
        if not plan.ok:
            for problem in plan.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"名单有 {len(plan.problems)} 处问题，没有导入任何内容。")
        if dry_run:
            self.stdout.write("试运行（--dry-run）：没有写入任何内容。")
            return
        outcome = apply_plan(plan, user=importer, publish=publish, progress=self._progress)
        self.stderr.write("")
        done = "已发布" if outcome.published else "已提交工会审核"
        self.stdout.write(
            self.style.SUCCESS(
                f"导入完成：新建 {outcome.created} 人，更新 {outcome.updated} 人，{done}。"
            )
        )

    def _user(self, username):
        if not username:
            return None
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"没有这个用户：{username}")
        return user

    def _progress(self, done, total):
        if sys.stderr.isatty() or done == total or done % 100 == 0:
            width = 30
            filled = width * done // total
            bar = "█" * filled + "·" * (width - filled)
            self.stderr.write(f"\r[{bar}] {done}/{total}", ending="")
            self.stderr.flush()
