"""python manage.py export_honorees roll.xlsx [--query "level=national&county=3"] [--all]

Writes honorees to XLSX or CSV (by the file's extension) in the columns import_honorees
reads. --query filters as /honorees/ does, with the same parameters; by default only the
people the public sees, with --all also drafts and unpublished profiles.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from exhibits.honorees.listing import HonoreeListing
from exhibits.rolls.export import export


class Command(BaseCommand):
    help = "把先进人物及其荣誉导出为 Excel（.xlsx）或 CSV 名单"

    def add_arguments(self, parser):
        parser.add_argument("out", help="导出文件：.xlsx 或 .csv")
        parser.add_argument("--query", default="", help="筛选条件，与 /honorees/ 网址中的相同")
        parser.add_argument(
            "--all", dest="include_unpublished", action="store_true", help="也导出未发布的人物"
        )

    def handle(self, out, query, include_unpublished, **options):
        path = Path(out)
        file_format = path.suffix.lower().lstrip(".")
        if file_format not in ("xlsx", "csv"):
            raise CommandError("导出文件须以 .xlsx 或 .csv 结尾。")
        listing = HonoreeListing(QueryDict(query), include_unpublished=include_unpublished)
        if listing.ignored:
            raise CommandError(f"无法识别的筛选条件：{'、'.join(listing.ignored)}")
        path.write_bytes(export(listing.queryset, file_format))
        self.stdout.write(self.style.SUCCESS(f"已导出 {listing.queryset.count()} 人到 {path}"))
