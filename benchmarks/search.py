#!/usr/bin/env python
"""Chinese search benchmark: the search page and the search box's suggestions, in-process.

Builds a throw-away database (a fresh SQLite file, or a fresh PostgreSQL database when
--database-url is given), runs `migrate`, creates 10,000 live honorees with generated
Chinese names, summaries, employers, counties and honours (2,000 with a story), builds
the search index in one go, then times a fixed list of queries three ways:

    the whole /search/?q= request through Django's test client (templates included),
    the SiteSearch calls that page makes (counts, facets and the first 20 honorees),
    the /search/suggest/?q= request for prefixes typed into the search box.

It prints the build times and p50/p95/max per operation against the 50 ms target.
Everything it creates (the temp dir, the PostgreSQL database) is removed at the end.

    .venv/bin/python benchmarks/search.py [--honorees N] [--stories N] [--queries N]
        [--seed S] [--analyze] [--database-url URL]
"""

import argparse
import contextlib
import gc
import hashlib
import math
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
import uuid
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from _server import ROOT, PostgresDatabase, configure_django_in_process, log, versions

SETTINGS_MODULE = "siteconfig.settings.dev"
TARGET_MS = 50.0
BATCH = 500  # pages per transaction while building: progress shows, memory stays flat

# Twenty enterprises with a section on the site: (name, county, industry, weight as employer).
ENTERPRISES = [
    ("中国平煤神马集团", "新华区", "煤炭开采", 30),
    ("平顶山神马帘子布发展有限公司", "新华区", "化工", 8),
    ("平顶山天安煤业股份有限公司", "新华区", "煤炭开采", 10),
    ("平高集团有限公司", "卫东区", "装备制造", 6),
    ("舞阳钢铁有限责任公司", "舞钢市", "钢铁", 8),
    ("神马实业股份有限公司", "新华区", "化工", 5),
    ("平煤神马建工集团有限公司", "卫东区", "建筑", 4),
    ("平顶山姚孟发电有限责任公司", "湛河区", "电力", 4),
    ("河南平宝煤业有限公司", "宝丰县", "煤炭开采", 3),
    ("平顶山瑞平煤电有限公司", "汝州市", "煤炭开采", 3),
    ("平顶山东方碳素股份有限公司", "城乡一体化示范区", "化工", 2),
    ("平顶山鸿翔热电有限责任公司", "石龙区", "电力", 2),
    ("平顶山平煤机煤矿机械装备有限公司", "高新区", "装备制造", 3),
    ("河南神马氯碱发展有限责任公司", "高新区", "化工", 2),
    ("平顶山市公共交通有限公司", "新华区", "交通运输", 3),
    ("叶县中平能化盐业有限公司", "叶县", "化工", 2),
    ("鲁山县汇源农业开发有限公司", "鲁山县", "农业", 2),
    ("郏县宏达建筑工程有限公司", "郏县", "建筑", 2),
    ("平顶山市鹰城商贸集团有限公司", "卫东区", "商贸服务", 2),
    ("汝州市天瑞建材有限公司", "汝州市", "建筑", 2),
]
# Employers named in text only, besides the demo's OTHER_EMPLOYERS.
MORE_EMPLOYERS = [
    ("平顶山市第一人民医院", "新华区", "医疗卫生"),
    ("平顶山市第一高级中学", "新华区", "教育"),
    ("国网平顶山供电公司", "卫东区", "电力"),
    ("宝丰县人民医院", "宝丰县", "医疗卫生"),
    ("郏县第一高级中学", "郏县", "教育"),
]

SUMMARY_OPENINGS = [
    "扎根{place}{years}年",
    "从一名普通学徒成长为技术能手",
    "{years}年如一日坚守{post}岗位",
    "长期奋战在{place}",
    "{entry}后投身{place}",
]
SUMMARY_CLOSINGS = [
    "带领班组开展技术革新",
    "坚持安全生产零事故",
    "常年参加志愿服务",
    "带出徒弟{n}名",
    "累计创效{m}万元",
    "获国家专利{k}项",
    "被工友们称为“{nickname}”",
]
NICKNAMES = ["老黄牛", "活字典", "设备医生", "拼命三郎", "金手指", "主心骨"]
STORY_SENTENCES = [
    "{P}牵头成立“{name}劳模创新工作室”，先后完成技术革新项目{n}项，累计创造经济效益{m}万元。",
    "在安全生产上，{P}始终坚持“宁听骂声，不听哭声”，带领班组连续{k}年实现安全生产零事故。",
    "{P}把多年积累的经验整理成操作手册，手把手带出徒弟{n}名，其中多人成长为技术骨干。",
    "工作之余，{P}加入“{team}”志愿服务队，常年到社区、敬老院开展志愿服务，"
    "累计服务时长超过{m}小时。",
    "面对设备老化、工艺落后的难题，{P}带领技术小组开展技术革新，先后提出合理化建议{n}条。",
    "{year}年，{P}参加全省职工职业技能大赛，获得{post}项目第一名。",
    "抗击疫情期间，{P}主动请缨坚守岗位，连续{n}天吃住在单位，保障了生产正常运行。",
    "{P}注重节能降耗，对生产设备提出改进方案，每年为单位节约成本{m}万元。",
    "在{P}的带动下，班组里学技术、比技能蔚然成风，班组被评为“工人先锋号”。",
    "{P}把工匠精神融入日常工作，对每一道工序都精益求精，经手的活从没出过差错。",
    "同事们说，{name}是大家的“主心骨”，哪里有急难险重任务，哪里就有{P}的身影。",
    "{P}还利用业余时间钻研新技术，取得国家专利{k}项，在专业期刊发表论文{k}篇。",
    "面对新形势，{P}带头学习数字化、智能化新技术，推动{employer}的生产方式不断升级。",
    "{P}坚持传帮带，每周抽出两个晚上给青年职工讲课，讲义前后写了{n}万字。",
    "多年来，{P}先后获得{honour}等荣誉，但{P}总说荣誉属于集体。",
]
# The query words a visitor would look for in stories and summaries.
STORY_WORDS = [
    "技术革新",
    "安全生产",
    "志愿服务",
    "传帮带",
    "节能降耗",
    "工匠精神",
    "劳模创新工作室",
    "合理化建议",
    "职业技能大赛",
    "零事故",
    "徒弟",
    "国家专利",
    "工人先锋号",
    "液压支架",
    "瓦斯",
    "煤矿",
    "全国劳动模范",
    "鹰城大工匠",
    "五一劳动奖章",
    "新华区",
    "舞钢市",
]
EMPLOYER_PARTS = ["平煤", "神马", "平煤神马", "帘子布", "天安煤业", "舞阳钢铁", "平高", "姚孟"]
BAD_QUERIES = [
    "",
    "   ",
    "，。！？、；：",
    "?!*%()[]{}",
    "王" * 1000,
    "wang " * 200,
    "' OR '1'='1",
    "王芳'; DROP TABLE wagtailcore_page; --",
    "%_%\\",
    '"王芳" AND NOT 李',
    "王芳*",
    "😀👍🏭",
    "劳模🏅王芳",
    "<script>alert(1)</script>",
    "<b>王芳</b>",
    "王\x00芳",
]
BAD_PREFIXES = ["", "<", "😀", "'", "王" * 1000, "%"]


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[index]


# --- generated people ---------------------------------------------------------------


class People:
    """Deterministic Chinese people, summaries and stories from one random.Random."""

    def __init__(self, rng, data):
        self.rng = rng
        self.data = data
        self.others = [
            (e["name"], e["county"], e["industry"]) for e in data.OTHER_EMPLOYERS
        ] + MORE_EMPLOYERS
        self.titles = [row[0] for row in data.HONOUR_TITLES]

    def name(self, gender):
        rng = self.rng
        surname = rng.choice(self.data.SURNAMES)
        if rng.random() < 0.02:
            surname = rng.choice(self.data.POLYPHONIC_SURNAMES)
        pool = self.data.GIVEN_MALE if gender == "male" else self.data.GIVEN_FEMALE
        given = rng.choice(pool)
        if len(given) == 1 and rng.random() < 0.35:
            given += rng.choice([g for g in pool if len(g) == 1])  # 王芳芳, 李强伟
        return surname + given

    def summary(self, person):
        rng = self.rng
        place = self.data.WORKPLACES[person["industry"]][0]
        feat_short = rng.choice(self.data.FEATS[person["industry"]])[0]
        values = self.values(person)
        opening = rng.choice(SUMMARY_OPENINGS).format(place=place, **values)
        closing = rng.choice(SUMMARY_CLOSINGS).format(**values)
        return f"{opening}，{feat_short}，{closing}。"[:200]

    def values(self, person):
        rng = self.rng
        return {
            "P": "他" if person["gender"] == "male" else "她",
            "name": person["name"],
            "post": person["post"],
            "employer": person["employer"],
            "years": rng.choice(["十", "十五", "二十", "二十五", "三十"]),
            "entry": rng.choice(self.data.ENTRY_ROUTES),
            "n": rng.randint(3, 60),
            "m": rng.randint(20, 2000),
            "k": rng.randint(2, 12),
            "year": rng.randint(2005, 2024),
            "team": rng.choice(self.data.VOLUNTEER_TEAMS),
            "nickname": rng.choice(NICKNAMES),
            "honour": "、".join(person["honour_names"]),
        }

    def story(self, person, must_say=""):
        """Two to four paragraphs, 400–1,000 characters, sometimes a quote."""
        rng, data = self.rng, self.data
        values = self.values(person)
        place, first_time = data.WORKPLACES[person["industry"]]
        opening = (
            f"{person['name']}{values['entry']}后进入{person['employer']}，"
            f"成为一名{person['post']}。{first_time}时，{values['P']}就暗下决心，"
            f"一定要在{place}干出个样子。{rng.choice(data.LEARNING)}。"
        )
        sentences = [long.format(P=values["P"]) for _, long in data.FEATS[person["industry"]]]
        rng.shuffle(sentences)
        sentences = sentences[: rng.randint(1, 2)]
        general = STORY_SENTENCES[:]
        rng.shuffle(general)
        target = rng.randint(400, 1000)
        text_length = len(opening) + len(must_say) + sum(map(len, sentences))
        for template in general:
            if text_length >= target:
                break
            sentence = template.format(**self.values(person))
            if text_length + len(sentence) > 1000:
                continue
            sentences.append(sentence)
            text_length += len(sentence)
        if must_say:
            sentences.insert(0, must_say)
        paragraphs = [opening]
        count = rng.randint(1, 3)
        size = math.ceil(len(sentences) / count)
        paragraphs += ["".join(sentences[i : i + size]) for i in range(0, len(sentences), size)]
        blocks = [self.block("paragraph", f"<p>{text}</p>") for text in paragraphs]
        if rng.random() < 0.3:
            quote = {"text": rng.choice(data.QUOTES), "attribution": person["name"]}
            blocks.insert(rng.randint(1, len(blocks)), self.block("quote", quote))
        return blocks

    def block(self, kind, value):
        return {"type": kind, "value": value, "id": str(uuid.UUID(int=self.rng.getrandbits(128)))}

    def honours(self, birth_year):
        """One to three distinct titles with years they could have been awarded in."""
        rng = self.rng
        chosen = rng.sample(self.data.HONOUR_TITLES, rng.choice([1, 1, 2, 2, 3]))
        honours = []
        for name, _level, _body, _order, first, cycle in chosen:
            start = max(first, birth_year + 22)
            years = [y for y in range(start, self.data.LAST_YEAR + 1) if (y - first) % cycle == 0]
            honours.append((name, rng.choice(years) if years else self.data.LAST_YEAR))
        return honours


# --- the site ---------------------------------------------------------------------------


@contextlib.contextmanager
def search_auto_update_off():
    """No index write per saved page: the index is built once, timed, afterwards."""
    from django.db.models.signals import post_delete, post_save
    from modelsearch import index, signal_handlers

    for model in index.get_indexed_models():
        post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
        post_delete.disconnect(signal_handlers.post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        signal_handlers.register_signal_handlers()


def build_site(args):
    """Reference data, index pages, enterprises and the honorees; returns what queries need."""
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from exhibits.core.models import County, Industry
    from exhibits.core.pinyin import name_pinyin
    from exhibits.demo import data
    from exhibits.enterprises.models import EnterpriseIndexPage, EnterprisePage
    from exhibits.home.models import HomePage
    from exhibits.honorees.models import HonoreeIndexPage, HonoreePage, Honour, HonourTitle

    rng = random.Random(args.seed)
    people_maker = People(rng, data)
    now = timezone.now()

    home = HomePage.objects.get()
    titles = {
        name: HonourTitle.objects.create(
            name=name, level=level, awarding_body=body, sort_order=order
        )
        for name, level, body, order, _first, _cycle in data.HONOUR_TITLES
    }
    counties = {
        name: County.objects.create(name=name, sort_order=i * 10)
        for i, name in enumerate(data.COUNTIES, start=1)
    }
    industries = {
        name: Industry.objects.create(name=name, sort_order=i * 10)
        for i, name in enumerate(data.INDUSTRIES, start=1)
    }
    honoree_index = home.add_child(
        instance=HonoreeIndexPage(title="先进人物", slug="honorees", first_published_at=now)
    )
    enterprise_index = home.add_child(
        instance=EnterpriseIndexPage(
            title="企业星光大道", slug="enterprises", first_published_at=now
        )
    )
    enterprises = []
    for position, (name, county, industry, _weight) in enumerate(ENTERPRISES, start=1):
        page = EnterprisePage(
            title=name,
            slug=f"enterprise-{position:02d}",
            county=counties[county],
            industry=industries[industry],
            introduction=f"<p>{name}位于平顶山市{county}，是{industry}行业的骨干企业。</p>",
            first_published_at=now,
        )
        enterprises.append(enterprise_index.add_child(instance=page))
    weights = [row[3] for row in ENTERPRISES]

    people = []
    story_slots = set(rng.sample(range(1, args.honorees), max(0, args.stories - 1)))
    started = time.perf_counter()
    for batch_start in range(0, args.honorees, BATCH):
        with transaction.atomic():
            for n in range(batch_start, min(batch_start + BATCH, args.honorees)):
                person = {"gender": rng.choice(["male", "female"])}
                parent = honoree_index
                enterprise = None
                if n == 0:
                    # The known person the acceptance checks look for.
                    person.update(name="王芳", gender="female")
                    enterprise = enterprises[0]
                elif rng.random() < 0.6:
                    enterprise = rng.choices(enterprises, weights)[0]
                    person["name"] = people_maker.name(person["gender"])
                else:
                    person["name"] = people_maker.name(person["gender"])
                if enterprise is not None:
                    index = enterprises.index(enterprise)
                    _, county, industry, _ = ENTERPRISES[index]
                    employer = enterprise.title
                    if rng.random() < 0.1:
                        parent = enterprise  # a star page inside the enterprise's section
                else:
                    employer, county, industry = rng.choice(people_maker.others)
                    if rng.random() < 0.3:
                        county = rng.choice(data.COUNTIES)  # works elsewhere than it lies
                birth_year = rng.randint(1955, 1995)
                person.update(
                    employer=employer,
                    industry=industry,
                    post="综采维修电工" if n == 0 else rng.choice(data.POSTS[industry]),
                )
                honours = people_maker.honours(birth_year)
                person["honour_names"] = [name for name, _ in honours]
                story = []
                if n == 0:
                    must_say = (
                        "她带领班组开展技术革新，改进综采设备检修工艺，让一次检修的时间缩短了一半。"
                    )
                    story = people_maker.story(person, must_say=must_say)
                elif n in story_slots:
                    story = people_maker.story(person)
                page = HonoreePage(
                    title=person["name"],
                    slug=slugify(f"{name_pinyin(person['name'])} {n + 1}") or f"p-{n + 1}",
                    gender=person["gender"],
                    birth_year=birth_year,
                    summary=people_maker.summary(person),
                    post=person["post"],
                    employer_enterprise=enterprise,
                    employer_name="" if enterprise else employer,
                    county=counties[county],
                    industry=industries[industry],
                    story=story,
                    first_published_at=now,
                    last_published_at=now,
                )
                page.honours = [
                    Honour(title=titles[name], year=year, sort_order=i)
                    for i, (name, year) in enumerate(honours)
                ]
                tags = rng.sample(data.TAGS, rng.choice([0, 1, 1, 2]))
                if tags:
                    page.tags.add(*tags)
                parent.add_child(instance=page)
                person["has_story"] = bool(story)
                people.append(person)
        done = len(people)
        rate = done / (time.perf_counter() - started)
        log(f"created {done:,}/{args.honorees:,} honorees ({rate:.0f}/s)")
    return people


def build_index():
    from django.core.management import call_command
    from wagtail.search.models import IndexEntry

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    elapsed = time.perf_counter() - started
    return elapsed, IndexEntry.objects.count()


# --- queries ------------------------------------------------------------------------


def make_queries(rng, people, count):
    """(kind, query) pairs, the kinds taking turns; each kind's first query is its classic."""
    import opencc

    from exhibits.core.pinyin import name_pinyin

    to_traditional = opencc.OpenCC("s2t")
    names = [p["name"] for p in people]
    surnames = sorted({name[0] for name in names})
    given = sorted({char for name in names for char in name[1:]})

    def full_width(text):
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" for c in text)

    def pinyin(name):
        return name_pinyin(name)

    def employer_part():
        name = rng.choice(people)["employer"]
        size = rng.randint(2, 4)
        start = rng.randint(0, max(0, len(name) - size))
        return rng.choice([rng.choice(EMPLOYER_PARTS), name, name[start : start + size]])

    kinds = {
        "name": ("王芳", lambda: rng.choice(names)),
        "surname": ("王", lambda: rng.choice(surnames)),
        "given char": ("芳", lambda: rng.choice(given)),
        "story word": ("技术革新", lambda: rng.choice(STORY_WORDS)),
        "pinyin": ("wangfang", lambda: pinyin(rng.choice(names)).replace(" ", "")),
        "pinyin spaced": ("wang fang", lambda: pinyin(rng.choice(names))),
        "initials": ("wf", lambda: "".join(s[0] for s in pinyin(rng.choice(names)).split())),
        "employer": ("平煤", employer_part),
        "mixed": (
            "王芳 平煤",
            lambda: rng.choice(
                [
                    f"{rng.choice(names)} {rng.choice(EMPLOYER_PARTS)}",
                    f"{rng.choice(names)} {rng.choice(STORY_WORDS)}",
                    f"{pinyin(rng.choice(names)).split()[0]} {rng.choice(EMPLOYER_PARTS)}",
                ]
            ),
        ),
        "full-width": (
            "ＷＡＮＧＦＡＮＧ",
            lambda: full_width(pinyin(rng.choice(names)).replace(" ", "").upper()),
        ),
        "traditional": (
            "劳動模範",
            lambda: to_traditional.convert(rng.choice([rng.choice(names), *STORY_WORDS])),
        ),
        "bad input": ("", None),
    }
    return take_turns(kinds, BAD_QUERIES, count)


def make_prefixes(rng, people, count):
    """What the search box sends while someone types: first characters, pinyin beginnings."""
    from exhibits.core.pinyin import name_pinyin

    names = [p["name"] for p in people]

    def pinyin_prefix():
        syllables = name_pinyin(rng.choice(names)).split()
        return syllables[0] + syllables[1][:1] if len(syllables) > 1 else syllables[0]

    kinds = {
        "1 char": ("王", lambda: rng.choice(names)[0]),
        "2 chars": ("王芳", lambda: rng.choice(names)[:2]),
        "pinyin prefix": ("wangf", pinyin_prefix),
        "syllable start": ("zh", lambda: name_pinyin(rng.choice(names))[: rng.randint(1, 3)]),
        "initials": ("wf", lambda: "".join(s[0] for s in name_pinyin(rng.choice(names)).split())),
        "employer": ("平煤", lambda: rng.choice(people)["employer"][: rng.randint(2, 3)]),
        "bad input": ("", None),
    }
    return take_turns(kinds, BAD_PREFIXES, count)


def take_turns(kinds, bad_inputs, count):
    """count (kind, text) pairs, the kinds in turn: each kind's classic example first, then
    generated ones; the bad inputs in their listed order."""
    made = []
    seen = defaultdict(int)
    order = list(kinds)
    for i in range(count):
        kind = order[i % len(order)]
        classic, make = kinds[kind]
        if kind == "bad input":
            text = bad_inputs[seen[kind] % len(bad_inputs)]
        else:
            text = classic if seen[kind] == 0 else make()
        seen[kind] += 1
        made.append((kind, text))
    return made


# --- measuring ----------------------------------------------------------------------


class Timings:
    def __init__(self):
        self.ms = defaultdict(list)  # operation -> [ms]
        self.by_kind = defaultdict(list)  # (operation, kind) -> [ms]
        self.slowest = defaultdict(list)  # operation -> [(ms, kind, query, note)]
        self.queries = defaultdict(list)  # operation -> [SQL queries] (warm-up pass)
        self.errors = defaultdict(list)  # operation -> [(query, message)]

    def add(self, operation, kind, query, ms, note=""):
        self.ms[operation].append(ms)
        self.by_kind[operation, kind].append(ms)
        self.slowest[operation].append((ms, kind, query, note))


def core_search(query, parts):
    """What the search page asks SiteSearch for; each step's time goes to parts."""
    from exhibits.search.query import RESULT_TYPES, SiteSearch

    steps = [
        ("type_counts", lambda s: s.type_counts()),
        ("level_counts", lambda s: s.level_counts()),
        ("county_counts", lambda s: s.county_counts()),
        ("ranked[:20]", lambda s: s.ranked(RESULT_TYPES["honoree"], limit=20)),
    ]
    started = time.perf_counter()
    search = SiteSearch(query)
    results = {}
    for name, step in steps:
        step_started = time.perf_counter()
        results[name] = step(search)
        parts[name] = 1000 * (time.perf_counter() - step_started)
    total = 1000 * (time.perf_counter() - started)
    return total, results


def run_pass(queries, prefixes, timings, measured):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()

    def timed(operation, kind, query, call):
        capture = CaptureQueriesContext(connection) if not measured else contextlib.nullcontext()
        try:
            with capture as captured:
                started = time.perf_counter()
                note = call()
                ms = 1000 * (time.perf_counter() - started)
        except Exception as error:  # a failing query is reported, not fatal
            if measured:  # counted once, like the timings
                timings.errors[operation].append((query, f"{type(error).__name__}: {error}"))
            else:
                log(f"{operation} {query[:40]!r} failed:\n{traceback.format_exc(limit=-4)}")
            return
        if measured:
            timings.add(operation, kind, query, ms, note)
        else:
            timings.queries[operation].append(len(captured))

    def get(path, query):
        response = client.get(path, {"q": query})
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        if path.endswith("/suggest/"):
            return f"{len(response.json()['suggestions'])} suggestions"
        return f"{len(response.content):,} bytes"

    label = "timed pass" if measured else "warm-up"
    started = time.perf_counter()
    for position, (kind, query) in enumerate(queries, start=1):
        if position % 20 == 0:
            log(f"{label}: query {position}/{len(queries)}, {time.perf_counter() - started:.0f} s")
        timed("search page", kind, query, lambda q=query: get("/search/", q))
        parts = {}

        def core(q=query, parts=parts):
            _, results = core_search(q, parts)
            found = sum(n for _rt, n in results["type_counts"])
            return f"{found} found"

        timed("SiteSearch core", kind, query, core)
        if measured and parts:
            for name, ms in parts.items():
                timings.add(f"  {name}", kind, query, ms)
    for kind, prefix in prefixes:
        timed("suggest", kind, prefix, lambda p=prefix: get("/search/suggest/", p))


def checks():
    """Does the search find what a visitor expects? (Printed, not part of the timings.)"""
    from exhibits.search.query import RESULT_TYPES, SiteSearch

    honorees = RESULT_TYPES["honoree"]

    def top(query, n=20):
        return [page.title for page in SiteSearch(query).ranked(honorees, limit=n)]

    def finds_wang_fang_first(query):
        titles = top(query, 1)
        return "yes" if titles == ["王芳"] else f"no (first: {titles[:1] or 'nothing'})"

    wang_fang = SiteSearch("王芳 平煤 技术革新").matches(honorees).filter(title="王芳")
    empty = SiteSearch("").type_counts()
    punctuation = SiteSearch("，。！？").type_counts()
    return [
        ("王芳 first for 王芳", finds_wang_fang_first("王芳")),
        ("王芳 first for wangfang", finds_wang_fang_first("wangfang")),
        ("王芳 first for wang fang", finds_wang_fang_first("wang fang")),
        ("王芳 first for ＷＡＮＧＦＡＮＧ", finds_wang_fang_first("ＷＡＮＧＦＡＮＧ")),
        ("王芳 (平煤神马) found by 王芳 平煤 技术革新", "yes" if wang_fang.exists() else "no"),
        ("empty query finds nothing", "yes" if not empty else f"no ({empty})"),
        ("punctuation finds nothing", "yes" if not punctuation else f"no ({punctuation})"),
    ]


# --- report -------------------------------------------------------------------------


def display_width(text):
    """Columns a terminal gives text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def table(headers, rows):
    widths = [
        max(display_width(headers[i]), *(display_width(row[i]) for row in rows))
        for i in range(len(headers))
    ]

    def line(cells):
        padded = []
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            fill = " " * (width - display_width(cell))
            padded.append(cell + fill if i == 0 else fill + cell)
        return "  ".join(padded).rstrip()

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))


def figures(values):
    p50, p95, top = percentile(values, 0.5), percentile(values, 0.95), max(values, default=0)
    return p50, p95, top


def print_report(environment, timings, check_rows):
    print()
    print("Environment")
    width = max(len(key) for key in environment)
    for key, value in environment.items():
        print(f"  {key:<{width}}  {value}")
    print()
    rows = []
    for operation, values in timings.ms.items():
        p50, p95, top = figures(values)
        sql = timings.queries.get(operation.strip(), [])
        rows.append(
            [
                operation,
                str(len(values)),
                f"{p50:.1f}",
                f"{p95:.1f}",
                f"{top:.1f}",
                f"{percentile(sql, 0.5):.0f}/{max(sql)}" if sql else "",
                str(len(timings.errors.get(operation.strip(), []))),
                ("yes" if p95 < TARGET_MS else "NO") if not operation.startswith(" ") else "",
            ]
        )
    table(
        ["operation", "n", "p50 ms", "p95 ms", "max ms", "SQL p50/max", "errors", "p95 < 50"],
        rows,
    )
    print("search page = GET /search/?q= through the test client (view, SQL, template).")
    print("SiteSearch core = type_counts + level_counts + county_counts + ranked[:20];")
    print("its indented lines are the four steps. suggest = GET /search/suggest/?q=.")

    for operation in ("search page", "suggest"):
        print()
        print(f"{operation} by kind of query")
        rows = []
        for (op, kind), values in timings.by_kind.items():
            if op != operation:
                continue
            p50, p95, top = figures(values)
            rows.append([kind, str(len(values)), f"{p50:.1f}", f"{p95:.1f}", f"{top:.1f}"])
        table(["kind", "n", "p50 ms", "p95 ms", "max ms"], rows)

    found = {q: note for _ms, _kind, q, note in timings.slowest["SiteSearch core"]}
    for operation in ("search page", "suggest"):
        print()
        print(f"Slowest {operation} queries")
        slowest = sorted(timings.slowest[operation], key=lambda row: -row[0])[:8]
        rows = []
        for ms, kind, q, note in slowest:
            row = [shorten(q), kind, f"{ms:.1f}", note]
            if operation == "search page":
                row.append(found.get(q, ""))
            rows.append(row)
        headers = ["query", "kind", "ms", "response"]
        if operation == "search page":
            headers.append("matches")
        table(headers, rows)

    errors = [(op, q, msg) for op, items in timings.errors.items() for q, msg in items]
    if errors:
        print()
        print(f"Errors ({len(errors)}; not timed)")
        for op, q, msg in errors[:20]:
            print(f"  {op}: {shorten(q)}: {msg[:160]}")

    print()
    print("Checks")
    table(["check", "result"], [list(row) for row in check_rows])


def shorten(text, limit=30):
    text = repr(text)[1:-1]
    return text if len(text) <= limit else f"{text[: limit - 1]}…({len(text)} chars)"


# --- main ---------------------------------------------------------------------------


class SearchDatabase(PostgresDatabase):
    """A fresh database named after this benchmark, so it never meets pages.py's."""

    def __init__(self, url):
        super().__init__(url)
        self.name = f"laomo_bench_search_{os.getpid()}"
        self.url = urlunsplit(urlsplit(self.url)._replace(path=f"/{self.name}"))


def search_code_version():
    """The commit, uncommitted search files and a hash of them, as read at start-up.

    The search code changes often; this ties the figures to the code they measured.
    """
    paths = [
        *sorted((ROOT / "exhibits/search").glob("*.py")),
        *sorted(ROOT.glob("templates/search/*")),
    ]
    digest = hashlib.sha1()
    for path in paths:
        digest.update(path.read_bytes())

    def git(*args):
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else "?"

    commit = git("rev-parse", "--short", "HEAD")
    dirty = git("status", "--porcelain", "--", "exhibits/search", "templates/search")
    dirty_names = [line[3:].rsplit("/", 1)[-1] for line in dirty.splitlines() if line]
    changes = f" + uncommitted {', '.join(dirty_names)}" if dirty_names else ""
    return f"{commit}{changes} (exhibits/search, templates/search sha1 {digest.hexdigest()[:10]})"


def stop_on_signal(signum, frame):
    log(f"stopped by {signal.Signals(signum).name}")
    raise SystemExit(128 + signum)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add(
        "--database-url",
        help="PostgreSQL server URL: a fresh database is created there, then dropped "
        "(default: a temp SQLite file)",
    )
    add("--honorees", type=int, default=10_000, help="honorees to create (default 10000)")
    add("--stories", type=int, default=2_000, help="of which with a story (default 2000)")
    add("--queries", type=int, default=200, help="search queries and suggest prefixes (200)")
    add("--seed", default="laomo-search-bench", help="seed of the generated data and queries")
    add(
        "--analyze",
        action="store_true",
        help="run ANALYZE on SQLite too after the build (PostgreSQL always gets it)",
    )
    add(
        "--keep",
        action="store_true",
        help="keep the PostgreSQL database afterwards, to look into a slow query",
    )
    args = parser.parse_args()
    if args.honorees < 1:
        parser.error("--honorees must be at least 1")
    if not 1 <= args.stories <= args.honorees:
        parser.error("--stories must be between 1 and --honorees")
    if args.queries < 1:
        parser.error("--queries must be at least 1")
    return args


def configure_django(database_url, tmp):
    configure_django_in_process(database_url, tmp, SETTINGS_MODULE)
    gc.freeze()  # as siteconfig.wsgi does in each production worker


def main():
    args = parse_args()
    run_started = time.perf_counter()
    code_version = search_code_version()
    log(f"search code: {code_version}")
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop_on_signal)  # so the finally block still runs
    tmp = Path(tempfile.mkdtemp(prefix="laomo-bench-search-"))
    database = SearchDatabase(args.database_url) if args.database_url else None
    try:
        if database:
            database.create()
            url, db_description = database.url, database.describe()
        else:
            url = f"sqlite:///{tmp / 'db.sqlite3'}"
            db_description = f"sqlite {sqlite3.sqlite_version} ({tmp / 'db.sqlite3'})"
        configure_django(url, tmp)
        from django.core.management import call_command
        from django.db import connection

        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        migrate_seconds = time.perf_counter() - started
        log(f"migrate: {migrate_seconds:.1f} s")

        started = time.perf_counter()
        with search_auto_update_off():
            people = build_site(args)
        build_seconds = time.perf_counter() - started
        log(f"data: {build_seconds:.1f} s")

        log("building the search index (update_index)")
        index_seconds, index_entries = build_index()
        log(f"index: {index_seconds:.1f} s, {index_entries:,} entries")
        analyze = connection.vendor == "postgresql" or args.analyze
        if analyze:
            # PostgreSQL: what autovacuum would soon do after a bulk load. SQLite: only if
            # asked, since nothing in Django or the site ever runs it there.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

        rng = random.Random(f"{args.seed}:queries")
        queries = make_queries(rng, people, args.queries)
        prefixes = make_prefixes(rng, people, args.queries)
        timings = Timings()
        # The generated people stay in memory to make queries from; a worker would not
        # hold them, so they are kept out of the collector's full passes too.
        gc.collect()
        gc.freeze()
        log(f"warm-up: {len(queries)} queries, {len(prefixes)} prefixes")
        run_pass(queries, prefixes, timings, measured=False)
        log("measuring")
        full_passes = gc.get_stats()[2]["collections"]
        run_pass(queries, prefixes, timings, measured=True)
        full_passes = gc.get_stats()[2]["collections"] - full_passes
        check_rows = checks()

        stories = sum(p["has_story"] for p in people)
        environment = {
            "database": db_description,
            "search code": code_version,
            "planner stats": "ANALYZE after the build"
            if analyze
            else "none (no ANALYZE, as Django leaves SQLite; see --analyze)",
            "honorees": f"{len(people):,} live, {stories:,} with a story; "
            f"{len(ENTERPRISES)} enterprises",
            "migrate": f"{migrate_seconds:.1f} s",
            "data build": f"{build_seconds:.1f} s (pages, honours, tags; search auto-update off)",
            "index build": f"{index_seconds:.1f} s (update_index, {index_entries:,} entries)",
            "queries": f"{len(queries)} search queries, {len(prefixes)} suggest prefixes; "
            "one warm-up pass (SQL counted), then one timed pass",
            "settings": f"{SETTINGS_MODULE}, DEBUG off, local-memory cache, in-process",
            "garbage collector": "start-up objects frozen (gc.freeze) as in siteconfig.wsgi; "
            f"{full_passes} full passes while timing",
            "CPUs": f"{os.cpu_count()}; load average {os.getloadavg()[0]:.2f} (1 min)",
            "Python": f"{sys.version.split()[0]}; SQLite library {sqlite3.sqlite_version}",
            "packages": versions("Django", "wagtail", "modelsearch", "pypinyin", "opencc"),
        }
        if database:
            environment["PostgreSQL"] = database.server_version
        print_report(environment, timings, check_rows)
    finally:
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        try:
            if database and args.keep:
                log(f"kept PostgreSQL database {database.name}")
            elif database:
                database.drop()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            log(f"removed {tmp}")
    print(f"\nTotal run time: {time.perf_counter() - run_started:.1f} s")


if __name__ == "__main__":
    main()
