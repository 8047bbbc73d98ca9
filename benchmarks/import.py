#!/usr/bin/env python
"""Roll import benchmark: a generated 10,000-row roll through import_honorees' steps.

Builds a throw-away database (a fresh SQLite file, or a fresh PostgreSQL database with
--database-url), runs `migrate`, adds the reference lists and the honoree index, writes an
XLSX roll of --rows rows (one honour each, about --honours per person), then times:

    read     the workbook streamed by openpyxl (read-only mode) into rows,
    plan     validation and matching against the site: what the admin's preview shows,
    commit   writing every person (drafts submitted to review, or --publish),
    again    the same roll imported a second time (everything matched, nothing written).

Prints rows/s, the time to the preview (read + plan) and to the commit, and the process's
peak memory after each step, against the target of 10,000 rows committed in under 60 s.

    .venv/bin/python benchmarks/import.py [--rows N] [--honours H] [--publish]
        [--database-url postgres://postgres@127.0.0.1/postgres]
"""

import argparse
import contextlib
import io
import os
import random
import resource
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from _server import PostgresDatabase, configure_django_in_process, log, versions

SETTINGS_MODULE = "siteconfig.settings.dev"
TARGET_SECONDS = 60.0
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "芳强军平洁伟敏静丽勇艳杰娟涛明超秀霞刚桂英华玉兰红建国志德海云鹏飞春燕文斌"
EMPLOYERS = [
    "中国平煤神马集团",
    "平顶山天安煤业股份有限公司",
    "平高集团有限公司",
    "舞阳钢铁有限责任公司",
    "平顶山姚孟发电有限责任公司",
    "河南平宝煤业有限公司",
    "平顶山市第一人民医院",
    "平顶山市公交公司",
]
INDUSTRIES = ["煤炭", "电力", "钢铁", "装备制造", "化工", "医疗卫生", "交通运输", "教育"]
TITLES = [
    ("全国劳动模范", 1),
    ("全国五一劳动奖章", 1),
    ("河南省劳动模范", 2),
    ("中原大工匠", 2),
    ("平顶山市劳动模范", 3),
    ("鹰城大工匠", 3),
    ("平顶山市五一劳动奖章", 3),
    ("最美职工", 3),
]
POSTS = ["采煤工", "电工", "焊工", "检修工", "护士", "教师", "驾驶员", "技术员", "班组长"]


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_roll(rows, honours_per_person, seed):
    """(XLSX bytes, people): unique names by numbering, 编号 on half of them."""
    from openpyxl import Workbook

    from exhibits.demo.data import COUNTIES
    from exhibits.rolls import columns as c

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("名单")
    sheet.append(["2026年度先进人物名单"])
    sheet.append(c.HEADERS)
    written, person = 0, 0
    while written < rows:
        person += 1
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        employer = f"{rng.choice(EMPLOYERS)}第{person}分厂"  # name + employer: one person
        shared = {
            c.EXTERNAL_ID: f"2026-{person:05d}" if person % 2 else "",
            c.NAME: name,
            c.GENDER: rng.choice("男女"),
            c.BIRTH_YEAR: rng.randint(1960, 1995),
            c.EMPLOYER: employer,
            c.POST: rng.choice(POSTS),
            c.COUNTY: rng.choice(COUNTIES),
            c.INDUSTRY: rng.choice(INDUSTRIES),
            c.SUMMARY: f"扎根一线{rng.randint(10, 35)}年，带出徒弟{rng.randint(5, 80)}名。",
        }
        count = max(1, min(rows - written, round(rng.gauss(honours_per_person, 1))))
        for title, _level in rng.sample(TITLES, min(count, len(TITLES))):
            sheet.append(
                [{**shared, c.TITLE: title, c.YEAR: rng.randint(2000, 2025)}[h] for h in c.HEADERS]
            )
            written += 1
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue(), person


def build_site():
    from wagtail.models import Page

    from exhibits.core.models import County, Industry
    from exhibits.demo.data import COUNTIES
    from exhibits.honorees.models import HonoreeIndexPage, HonourTitle

    County.objects.bulk_create([County(name=n, sort_order=i) for i, n in enumerate(COUNTIES)])
    Industry.objects.bulk_create([Industry(name=n, sort_order=i) for i, n in enumerate(INDUSTRIES)])
    HonourTitle.objects.bulk_create([HonourTitle(name=n, level=lv) for n, lv in TITLES])
    home = Page.objects.get(depth=2)
    home.add_child(instance=HonoreeIndexPage(title="先进人物", slug="honorees"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--honours", type=float, default=3.0, help="honours per person")
    parser.add_argument("--publish", action="store_true", help="publish instead of review")
    parser.add_argument("--database-url", help="a PostgreSQL server to create a database on")
    parser.add_argument("--seed", default="laomo-import-bench")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="laomo-bench-import-"))
    database = PostgresDatabase(args.database_url) if args.database_url else None
    try:
        if database:
            database.create()
            url, described = database.url, database.describe()
        else:
            url = f"sqlite:///{tmp / 'db.sqlite3'}"
            described = f"sqlite {sqlite3.sqlite_version}"
        configure_django_in_process(url, tmp, SETTINGS_MODULE)
        from django.core.management import call_command

        from exhibits.honorees.models import HonoreePage
        from exhibits.rolls.apply import apply_plan
        from exhibits.rolls.plan import make_plan
        from exhibits.rolls.reading import read_roll

        call_command("migrate", verbosity=0, interactive=False)
        build_site()
        data, people = make_roll(args.rows, args.honours, args.seed)
        log(f"roll: {args.rows:,} rows, {people:,} people, {len(data) / 1_048_576:.1f} MB")
        baseline = peak_mb()

        figures = {}
        started = time.perf_counter()
        sheet = read_roll(data, "roll.xlsx")
        figures["read"] = time.perf_counter() - started
        figures["read MB"] = peak_mb()
        started = time.perf_counter()
        plan = make_plan(sheet)
        figures["plan"] = time.perf_counter() - started
        figures["plan MB"] = peak_mb()
        assert plan.ok, plan.problems[:5]
        started = time.perf_counter()
        apply_plan(plan, publish=args.publish)
        figures["commit"] = time.perf_counter() - started
        figures["commit MB"] = peak_mb()
        assert HonoreePage.objects.count() == people
        started = time.perf_counter()
        again = make_plan(read_roll(data, "roll.xlsx"))
        figures["again"] = time.perf_counter() - started
        assert len(again.of("unchanged")) == people

        total = figures["read"] + figures["plan"] + figures["commit"]
        print(f"database        {described}")
        print(f"packages        {versions('Django', 'wagtail', 'openpyxl')}")
        print(f"CPUs            {os.cpu_count()}; load {os.getloadavg()[0]:.2f}")
        print(f"roll            {args.rows:,} rows, {people:,} people, {len(data) / 1e6:.1f} MB")
        mode = "published" if args.publish else "drafts submitted to review"
        print(
            f"to the preview  {figures['read'] + figures['plan']:.1f} s "
            f"(read {figures['read']:.1f} s, plan {figures['plan']:.1f} s)"
        )
        print(f"commit          {figures['commit']:.1f} s ({mode})")
        print(
            f"total           {total:.1f} s, {args.rows / total:.0f} rows/s "
            f"(target: {args.rows:,} rows under {TARGET_SECONDS:.0f} s: "
            f"{'met' if total < TARGET_SECONDS else 'missed'})"
        )
        print(f"re-import plan  {figures['again']:.1f} s (all {people:,} unchanged)")
        print(
            f"peak memory     {baseline:.0f} MB before; after read {figures['read MB']:.0f}, "
            f"plan {figures['plan MB']:.0f}, commit {figures['commit MB']:.0f} MB"
        )
    finally:
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        if database:
            database.drop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
