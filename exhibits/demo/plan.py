"""The demo's enterprises and honorees planned in memory, seeded and without the database.

Honoree number i draws from its own random stream, so the first twenty people are the
same whether a run asks for twenty or for two hundred, and every run plans the same set.
"""

import math
import random
from dataclasses import dataclass, field

from exhibits.core.pinyin import name_pinyin
from exhibits.demo import data

TITLE_RULES = {name: (first, cycle) for name, _l, _b, _s, first, cycle in data.HONOUR_TITLES}
TITLE_LEVELS = {name: level for name, level, *_rest in data.HONOUR_TITLES}

# Career ladders: each step lists the titles that fit it; a person climbs the first n steps.
TRACKS = {
    "model": [
        ["平顶山市劳动模范", "职工职业道德标兵"],
        ["河南省五一劳动奖章"],
        ["河南省劳动模范"],
        ["全国劳动模范"],
    ],
    "craft": [
        ["职工职业道德标兵", "鹰城“最美职工”"],
        ["鹰城大工匠"],
        ["中原大工匠"],
        ["全国五一劳动奖章"],
    ],
    "mayday": [
        ["鹰城“最美职工”"],
        ["平顶山市劳动模范"],
        ["河南省五一劳动奖章"],
        ["全国五一劳动奖章"],
    ],
    "volunteer": [
        ["最美职工志愿者"],
        ["鹰城“最美职工”"],
        ["最美职工志愿服务项目"],
        ["河南省五一劳动奖章"],
    ],
    "union": [
        ["优秀基层工会主席"],
        ["平顶山市劳动模范"],
        ["河南省劳动模范"],
        ["全国劳动模范"],
    ],
    # Teachers and doctors work in public institutions: 全国先进工作者, not 全国劳动模范.
    "public": [
        ["职工职业道德标兵", "鹰城“最美职工”"],
        ["平顶山市劳动模范"],
        ["河南省劳动模范"],
        ["全国先进工作者"],
    ],
}
TRACK_TAGS = {
    "model": ["爱岗敬业", "科技攻关", "传帮带"],
    "craft": ["工匠精神", "技术革新", "创新工作室", "传帮带"],
    "mayday": ["爱岗敬业", "技术革新", "传帮带"],
    "volunteer": ["志愿服务", "爱岗敬业"],
    "union": ["职工维权", "志愿服务"],
    "public": ["爱岗敬业", "传帮带", "志愿服务"],
}
PUBLIC_INDUSTRIES = {"教育", "医疗卫生"}
CRAFT_INDUSTRIES = {"煤炭开采", "电力", "钢铁", "化工", "装备制造", "建筑"}
FEMALE_SHARE = {"煤炭开采": 0.1, "教育": 0.65, "医疗卫生": 0.6, "商贸服务": 0.5, "农业": 0.3}
RETIREMENT_AGE = 60

# Clothing of the portrait by industry: (key the drawing understands, words for alt text).
CLOTHING = {
    "煤炭开采": ("miner", "带反光条的矿工工装"),
    "电力": ("blue_work", "蓝色工装"),
    "钢铁": ("grey_work", "银灰色防护服"),
    "化工": ("light_work", "浅蓝色工装"),
    "装备制造": ("navy_work", "藏青色工装"),
    "建筑": ("vest", "橙色反光背心"),
    "交通运输": ("uniform", "深蓝色制服"),
    "教育": ("suit", "深色西装"),
    "医疗卫生": ("white_coat", "白大褂"),
    "商贸服务": ("waistcoat", "酒红色工作服"),
    "农业": ("green_jacket", "绿色夹克"),
}
# Chance of a safety helmet in the portrait, and its colours.
HELMETS = {
    "煤炭开采": (0.6, [(240, 190, 30), (245, 245, 240)]),
    "电力": (0.4, [(30, 90, 180), (245, 245, 240), (200, 40, 40)]),
    "钢铁": (0.4, [(245, 245, 240), (240, 190, 30)]),
    "化工": (0.3, [(245, 245, 240), (240, 190, 30)]),
    "建筑": (0.6, [(240, 190, 30), (200, 40, 40), (245, 245, 240)]),
}
SKIN_TONES = [(243, 214, 186), (236, 198, 166), (226, 184, 148), (212, 168, 132), (196, 150, 114)]
HAIR_COLOURS = [(28, 26, 28), (40, 32, 30), (58, 44, 38)]
GREY_HAIR = [(150, 150, 150), (110, 108, 108), (185, 185, 182)]


@dataclass(frozen=True)
class Look:
    """What a drawn portrait shows; pictures.draw_portrait reads it."""

    seed: str
    gender: str
    skin: tuple
    hair: tuple
    hair_style: str
    clothing: str
    helmet: tuple | None = None
    lamp: bool = False
    glasses: bool = False
    medal: bool = False
    palette: int = 0


@dataclass
class HonoreePlan:
    index: int
    name: str
    slug: str
    gender: str
    birth_year: int
    county: str
    industry: str
    post: str
    track: str
    # "enterprise": a child page of the enterprise; "index": under the honoree index.
    parent: str
    enterprise_slug: str = ""
    employer_name: str = ""
    honours: list = field(default_factory=list)  # (title, year, note)
    tags: list = field(default_factory=list)
    summary: str = ""
    story: list = field(default_factory=list)  # (block type, value); "scene" marks a picture
    look: Look | None = None
    portrait_alt: str = ""

    @property
    def best_level(self):
        return min(TITLE_LEVELS[title] for title, _year, _note in self.honours)

    @property
    def employer(self):
        return self.employer_name or enterprise_by_slug(self.enterprise_slug)["name"]


def enterprise_by_slug(slug):
    return next(e for e in data.ENTERPRISES if e["slug"] == slug)


def plan_enterprises(count):
    """The first `count` enterprises of the data table, each with its introduction."""
    plans = []
    for spec in data.ENTERPRISES[:count]:
        rng = random.Random(f"{data.SEED}:enterprise:{spec['slug']}")
        honours = rng.sample(data.ENTERPRISE_HONOURS, rng.randint(2, 3))
        studios = rng.randint(2, 6)
        introduction = (
            f"<p>{spec['name']}成立于{spec['founded']}年，位于{spec['county']}，"
            f"现有职工{spec['staff']}人。企业{spec['business']}。</p>"
            "<h2>企业荣誉</h2>"
            "<ul>" + "".join(f"<li>{h}</li>" for h in honours) + "</ul>"
            "<h2>职工队伍建设</h2>"
            f"<p>企业坚持“{rng.choice(data.ENTERPRISE_MOTTOS)}”的理念，"
            f"建有劳模创新工作室{studios}个和职工书屋、职工之家，常年开展岗位练兵和技能竞赛。"
            "一批批劳动模范和能工巧匠从这里成长起来，他们的事迹陈列在厂区的“星光大道”上。</p>"
        )
        plans.append(
            {
                **spec,
                "introduction": introduction,
                "search_description": (
                    f"位于{spec['county']}的{spec['industry']}企业，现有职工{spec['staff']}人。"
                ),
            }
        )
    return plans


def plan_honorees(count, enterprises):
    """`count` honorees; the first of them give every enterprise (and so every county) one star."""
    used_names, used_slugs, plans = set(), set(), []
    for i in range(count):
        rng = random.Random(f"{data.SEED}:honoree:{i}")
        if i < len(enterprises):
            employer = enterprises[i]
            parent = "enterprise"
        elif i % 3 == 0:
            employer, parent = rng.choice(enterprises), "enterprise"
        elif i % 3 == 1:
            employer, parent = rng.choice(enterprises), "index"
        else:
            employer, parent = rng.choice(data.OTHER_EMPLOYERS), "index"
        plans.append(_plan_person(i, rng, employer, parent, used_names, used_slugs))
    return plans


def _plan_person(i, rng, employer, parent, used_names, used_slugs):
    industry = employer["industry"]
    gender = "female" if rng.random() < FEMALE_SHARE.get(industry, 0.3) else "male"
    name = _unique_name(i, rng, gender, used_names)
    slug = base = name_pinyin(name).replace(" ", "-")
    suffix = 2
    while slug in used_slugs:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    used_slugs.add(slug)

    birth_year = rng.randint(1962, 1994)
    track = _choose_track(rng, industry)
    first_post = rng.choice(employer.get("posts") or data.POSTS[industry])
    post = "工会主席" if track == "union" else first_post
    honours = _plan_honours(rng, track, birth_year)
    is_enterprise = "slug" in employer
    plan = HonoreePlan(
        index=i,
        name=name,
        slug=slug,
        gender=gender,
        birth_year=birth_year,
        county=employer["county"],
        industry=industry,
        post=post,
        track=track,
        parent=parent,
        enterprise_slug=employer["slug"] if is_enterprise else "",
        employer_name="" if is_enterprise else employer["name"],
        honours=honours,
    )
    tags = set(rng.sample(TRACK_TAGS[track], rng.randint(1, 2)))
    tags.add(rng.choice(data.INDUSTRY_TAGS[industry]))
    plan.tags = sorted(tags, key=data.TAGS.index)
    feat_key = "工会" if track == "union" else employer.get("feats", industry)
    feat_short, feat_long = rng.choice(data.FEATS[feat_key])
    _write_story(plan, rng, first_post, feat_short, feat_long)
    plan.look = _plan_look(plan, rng)
    clothing = "深色西装" if track == "union" else CLOTHING[industry][1]
    plan.portrait_alt = (
        f"{name}的肖像插画：身穿{clothing}"
        + ("，头戴安全帽" if plan.look.helmet else "")
        + ("，胸前佩戴奖章" if plan.look.medal else "")
    )
    return plan


def _unique_name(i, rng, gender, used_names):
    pool = data.GIVEN_FEMALE if gender == "female" else data.GIVEN_MALE
    while True:
        if i % 20 == 7:
            surname = data.POLYPHONIC_SURNAMES[(i // 20) % len(data.POLYPHONIC_SURNAMES)]
        else:
            surname = rng.choice(data.SURNAMES)
        name = surname + rng.choice(pool)
        if name not in used_names:
            used_names.add(name)
            return name


def _choose_track(rng, industry):
    roll = rng.random()
    if roll < 0.08:
        return "union"
    if roll < 0.20:
        return "volunteer"
    if industry in PUBLIC_INDUSTRIES:
        return "public"
    if industry in CRAFT_INDUSTRIES and roll < 0.55:
        return "craft"
    return rng.choice(["model", "mayday"])


def _plan_honours(rng, track, birth_year):
    """1–4 honours climbing the track's ladder, in plausible years, none after LAST_YEAR."""
    wanted = rng.choices([1, 2, 3, 4], weights=[22, 33, 27, 18])[0]
    year = max(data.FIRST_HONOUR_YEAR, birth_year + 24) + rng.randint(0, 6)
    year = min(year, data.LAST_YEAR)
    honours = []
    for step in TRACKS[track][:wanted]:
        title = rng.choice(step)
        first, cycle = TITLE_RULES[title]
        awarded = max(year, first)
        awarded += -(awarded - first) % cycle  # next year the title is given
        if awarded > data.LAST_YEAR:
            break
        note = ""
        if title == "最美职工志愿服务项目":
            note = f"“{rng.choice(data.VOLUNTEER_TEAMS)}”志愿服务队负责人"
        honours.append((title, awarded, note))
        year = awarded + rng.randint(2, 5)
    return honours


def _write_story(plan, rng, first_post, feat_short, feat_long):
    """The one-line summary and the story blocks, in the person's pronoun."""
    pronoun = "她" if plan.gender == "female" else "他"
    name, industry = plan.name, plan.industry
    workplace, first_day = data.WORKPLACES[industry]
    graduate = industry in PUBLIC_INDUSTRIES
    join_age = rng.randint(21, 24) if graduate else rng.randint(18, 22)
    join_year = plan.birth_year + join_age
    retired = data.LAST_YEAR - plan.birth_year >= RETIREMENT_AGE
    work_years = min(data.LAST_YEAR, plan.birth_year + RETIREMENT_AGE) - join_year
    apprentices = rng.randint(12, 80)

    def fill(text):
        return text.replace("{P}", pronoun)

    if plan.track == "union":
        plan.summary = f"在{plan.employer}工作{work_years}年，{feat_short}。"
    else:
        plan.summary = f"扎根{workplace}{work_years}年，{feat_short}。"
    if "传帮带" in plan.tags and industry not in PUBLIC_INDUSTRIES:
        plan.summary = plan.summary[:-1] + f"，带出徒弟{apprentices}名。"

    route = "从大学毕业" if graduate else rng.choice(data.ENTRY_ROUTES[:4])
    paragraphs = [
        f"{join_year}年，{join_age}岁的{name}{route}后来到{plan.employer}，成为一名{first_post}。"
        f"{first_day}，{pronoun}就暗下决心：要干就干出个样子来。",
        f"{work_years}年来，{pronoun}{fill(rng.choice(data.LEARNING))}。{fill(feat_long)}",
    ]
    extra = _extra_paragraph(plan, rng, pronoun, apprentices)
    if extra:
        paragraphs.append(extra)
    paragraphs.append(_honours_paragraph(plan, rng, pronoun, workplace, retired))

    story = [("paragraph", f"<p>{p}</p>") for p in paragraphs]
    quote = {"text": rng.choice(data.QUOTES), "attribution": name}
    story.insert(rng.randint(2, len(story) - 1), ("quote", quote))
    if rng.random() < 0.45:
        place = data.SCENES[industry][0]
        story.insert(1, ("scene", f"{name}工作的{place}（示意插画）"))
    plan.story = story


def _extra_paragraph(plan, rng, pronoun, apprentices):
    tags = plan.tags
    if "传帮带" in tags:
        if plan.industry == "教育":
            return (
                f"{pronoun}牵头成立名师工作室，把多年积累的教学经验毫无保留地传给年轻人，"
                f"先后指导青年教师{apprentices}名。"
            )
        if plan.industry == "医疗卫生":
            return f"{pronoun}手把手带教年轻医护人员，先后带出业务骨干{apprentices}名。"
        senior = rng.randint(3, max(3, apprentices // 4))
        return (
            f"{pronoun}常说：“一个人技术好不算好，大家技术好才是真的好。”"
            f"多年来，{pronoun}先后带出徒弟{apprentices}名，其中{senior}人成长为技师、高级技师。"
        )
    if "志愿服务" in tags:
        team = rng.choice(data.VOLUNTEER_TEAMS)
        hours = rng.randint(8, 40) * 100
        return (
            f"工作之余，{pronoun}和同事们组建“{team}”志愿服务队，常年走进社区、敬老院，"
            f"开展义务维修、助学帮困等活动，累计服务时长超过{hours}小时。"
        )
    if "创新工作室" in tags:
        founded = min(data.LAST_YEAR, plan.honours[0][1] + rng.randint(1, 3))
        return (
            f"{founded}年，以{pronoun}名字命名的“{plan.name}劳模创新工作室”挂牌成立。"
            f"工作室先后完成技术革新成果{rng.randint(20, 90)}项，"
            f"获得国家专利{rng.randint(3, 25)}项，"
            f"为企业创造经济效益{rng.randint(5, 60) * 100}万元。"
        )
    if "安全生产" in tags:
        return (
            f"在{pronoun}的带领下，班组连续{rng.randint(5, 18)}年实现安全生产零事故。"
            f"{pronoun}坚持每班“三检查”，发现隐患当场整改，从不放过一个细节。"
        )
    return ""


def _honours_paragraph(plan, rng, pronoun, workplace, retired):
    honours = plan.honours
    if len(honours) == 1:
        title, year, _note = honours[0]
        text = f"{year}年，{plan.name}获得{title}荣誉。"
    else:
        listed = "、".join(f"{title}（{year}年）" for title, year, _note in honours)
        text = f"凭着这股钻劲和韧劲，{plan.name}先后获得{listed}等荣誉。"
    if retired:
        return text + (
            f"退休后，{pronoun}仍然放心不下自己的老岗位，"
            f"经常回到{plan.employer}给年轻人“传经送宝”。"
        )
    closing = rng.choice(
        [
            "把平凡的岗位当成了一辈子的事业",
            "用实际行动诠释着“劳动最光荣”的深刻内涵",
            "带领身边的工友们在新的征程上继续奋斗",
        ]
    )
    return text + f"如今，{pronoun}依然坚守在{workplace}，{closing}。"


def _plan_look(plan, rng):
    age = data.LAST_YEAR - plan.birth_year
    hair = rng.choice(HAIR_COLOURS)
    if age >= 55 and rng.random() < 0.6:
        hair = rng.choice(GREY_HAIR)
    if plan.gender == "female":
        style = rng.choice(["bob", "long", "bun", "short_f"])
    else:
        style = rng.choice(["short", "crew", "parted"])
    clothing = "suit" if plan.track == "union" else CLOTHING[plan.industry][0]
    helmet, lamp = None, False
    chance, colours = HELMETS.get(plan.industry, (0, []))
    if plan.track != "union" and rng.random() < chance:
        helmet = rng.choice(colours)
        lamp = plan.industry == "煤炭开采"
    return Look(
        seed=plan.slug,
        gender=plan.gender,
        skin=rng.choice(SKIN_TONES),
        hair=hair,
        hair_style=style,
        clothing=clothing,
        helmet=helmet,
        lamp=lamp,
        glasses=rng.random() < 0.2,
        medal=plan.best_level <= 2,
        palette=rng.randrange(4),
    )


# --- the sculpture park ------------------------------------------------------------------

NATIONAL_TITLES = {name for name, level in TITLE_LEVELS.items() if level == 1}
GRAND_CRAFTSMAN = "中原大工匠"
PLAZA_TITLES = {"全国劳动模范", "全国先进工作者"}
CEREMONY_DAYS = (26, 27, 28, 29, 30)  # the May Day ceremony falls in late April
RECENT_YEAR = 2021  # from this year on, entrants are the new era's pioneers (时代先锋)
COUNT_WORDS = {2: "两", 3: "三"}


@dataclass(frozen=True)
class SculptureLook:
    """What a drawn sculpture photo shows; pictures.draw_sculpture reads it."""

    seed: str
    material: str
    figures: tuple  # (gender, helmet, clothing, pose) for each person
    plaque: str  # the name(s) cut into the plinth


@dataclass
class SculpturePlan:
    slug: str
    title: str
    honoree_slugs: list
    year: int
    unveiled_on: tuple = ()  # (year, month, day)
    sculptor: str = ""
    material: str = ""
    inscription: str = ""
    zone: str = ""  # the zone's name
    map_x: float = 0.0
    map_y: float = 0.0
    industry: str = ""
    look: SculptureLook | None = None
    caption: str = ""
    photo_alt: str = ""

    @property
    def is_group(self):
        return len(self.honoree_slugs) > 1


def sculpture_count(honorees):
    """36 sculptures for the default 160 honorees, proportionally fewer for a smaller run."""
    wanted = -(-data.PARK_SCULPTURES * honorees // data.DEFAULT_HONOREES)  # rounded up
    return min(data.PARK_SCULPTURES, wanted)


def park_candidates(people):
    """Who may enter the park, best first: national honours, then 中原大工匠, then the province."""
    ranked = []
    for person in people:
        titles = {title for title, _year, _note in person.honours}
        if titles & NATIONAL_TITLES:
            tier = 0
        elif GRAND_CRAFTSMAN in titles:
            tier = 1
        elif "河南省劳动模范" in titles:
            tier = 2
        elif person.best_level == 2:
            tier = 3
        else:
            continue
        ranked.append((tier, -len(person.honours), person.index, person))
    ranked.sort(key=lambda row: row[:3])
    return [person for *_key, person in ranked]


def entry_honours(person):
    """The honours that brought someone into the park: national, 中原大工匠, else provincial."""
    top = [
        (title, year)
        for title, year, _note in person.honours
        if title in NATIONAL_TITLES or title == GRAND_CRAFTSMAN
    ]
    return top or [(t, y) for t, y, _n in person.honours if TITLE_LEVELS[t] == 2]


def park_spots(zone):
    """The spots a zone offers for sculptures, in map pixels, in the order they are filled."""
    kind, *args = zone["spots"]
    if kind == "ring":
        (cx, cy), (rx, ry), count, offset = args
        spots = [
            (
                cx + rx * math.cos(math.radians(offset + 360 * k / count)),
                cy + ry * math.sin(math.radians(offset + 360 * k / count)),
            )
            for k in range(count)
        ]
    elif kind == "columns":
        xs, (top, bottom), rows = args
        step = (bottom - top) / (rows - 1)
        spots = [(x, top + step * row) for row in range(rows) for x in xs]
    else:  # grid
        (left, right), (top, bottom), cols, rows = args
        dx = (right - left) / (cols - 1)
        dy = (bottom - top) / (rows - 1) if rows > 1 else 0
        spots = [(left + dx * c, top + dy * r) for r in range(rows) for c in range(cols)]
    random.Random(f"{data.SEED}:park:{zone['key']}").shuffle(spots)
    return [(round(x), round(y)) for x, y in spots]


def plan_park(people):
    """The sculptures for the planned honorees: who, when, where, by whom and in what material."""
    by_slug = {person.slug: person for person in people}
    sculptures = _choose_subjects(park_candidates(people), sculpture_count(len(people)))
    _assign_years(sculptures, by_slug)
    sculptures.sort(key=lambda s: (s.year, s.slug))
    _assign_places(sculptures, by_slug)
    for sculpture in sculptures:
        _describe_sculpture(sculpture, [by_slug[slug] for slug in sculpture.honoree_slugs])
    return sculptures


def _choose_subjects(ranked, total):
    """`total` sculptures, about one in twelve a group of two or three from one industry."""
    groups_wanted = min(3, max(1, total // 12)) if total >= 4 else 0
    # Groups are of people with national honours or 中原大工匠 where the industry has two of
    # them; a small run, short of such pairs, looks among the next best candidates as well.
    top = NATIONAL_TITLES | {GRAND_CRAFTSMAN}
    eligible = [p for p in ranked if entry_honours(p)[0][0] in top]
    for pool in (eligible, ranked[: total * 2]):
        by_industry = {}
        for person in pool:
            by_industry.setdefault(person.industry, []).append(person)
        industries = [i for i in data.PARK_GROUPS if len(by_industry.get(i, ())) >= 2]
        if len(industries) >= groups_wanted:
            break
    sculptures, grouped = [], set()
    for industry in industries[:groups_wanted]:
        members = by_industry[industry][:3]
        title, slug = data.PARK_GROUPS[industry]
        sculptures.append(
            SculpturePlan(slug, title, [p.slug for p in members], 0, industry=industry)
        )
        grouped.update(p.slug for p in members)
    for person in ranked:
        if len(sculptures) >= total:
            break
        if person.slug not in grouped:
            sculptures.append(
                SculpturePlan(
                    person.slug, f"{person.name}塑像", [person.slug], 0, industry=person.industry
                )
            )
    return sculptures


def _assign_years(sculptures, by_slug):
    """Entry years from 2015 on, never before the honour that earned them, spread by weight."""
    first = data.PARK_FIRST_YEAR
    years = range(first, data.LAST_YEAR + 1)
    scale = len(sculptures) / sum(data.PARK_YEAR_WEIGHTS)
    target = {year: w * scale for year, w in zip(years, data.PARK_YEAR_WEIGHTS, strict=True)}
    placed = dict.fromkeys(years, 0)

    def earned(sculpture):
        return max(
            min(year for _t, year in entry_honours(by_slug[slug]))
            for slug in sculpture.honoree_slugs
        )

    # The latest-earned first: they have the fewest years to choose from.
    for sculpture in sorted(sculptures, key=lambda s: (-earned(s), s.slug)):
        allowed = range(max(first, earned(sculpture)), data.LAST_YEAR + 1)
        year = max(allowed, key=lambda y: (target[y] - placed[y], -y))
        placed[year] += 1
        sculpture.year = year


def _zone_preference(sculpture, people):
    titles = {title for person in people for title, _year, _note in person.honours}
    if sculpture.is_group:
        return "lake"
    if titles & PLAZA_TITLES:
        return "plaza"
    if GRAND_CRAFTSMAN in titles:
        return "corridor"
    # National May Day medals, and the newer entrants among the province's model workers.
    if titles & NATIONAL_TITLES or sculpture.year >= RECENT_YEAR:
        return "pioneers"
    return "forest"


def _assign_places(sculptures, by_slug):
    """Each sculpture to its zone (or the emptiest other one when full), on the next free spot."""
    width, height = data.PARK_MAP_SIZE
    zones = {zone["key"]: zone for zone in data.PARK_ZONES}
    free = {key: park_spots(zone) for key, zone in zones.items()}
    for sculpture in sculptures:
        key = _zone_preference(sculpture, [by_slug[s] for s in sculpture.honoree_slugs])
        if not free[key]:
            key = max(free, key=lambda k: len(free[k]))
        x, y = free[key].pop(0)
        sculpture.zone = zones[key]["name"]
        sculpture.map_x = round(x / width, 4)
        sculpture.map_y = round(y / height, 4)


def _honour_phrase(title, year):
    if title.endswith("奖章"):
        return f"{year}年荣获{title}"
    if title.endswith("工匠"):
        return f"{year}年获评“{title}”"
    return f"{year}年荣获“{title}”称号"


def _describe_sculpture(sculpture, people):
    rng = random.Random(f"{data.SEED}:sculpture:{sculpture.slug}")
    day = random.Random(f"{data.SEED}:ceremony:{sculpture.year}").choice(CEREMONY_DAYS)
    sculpture.unveiled_on = (sculpture.year, 4, day)
    sculpture.sculptor = rng.choice(data.SCULPTORS)
    sculpture.material = rng.choice(data.MATERIALS)
    names = "、".join(person.name for person in people)
    if sculpture.is_group:
        deeds = "；".join(person.name + person.summary.rstrip("。") for person in people)
        sculpture.inscription = (
            f"这组群像塑造了{names}{COUNT_WORDS[len(people)]}位"
            f"{data.FRONT_LINES[sculpture.industry]}战线的优秀代表。{deeds}。"
            + rng.choice(data.GROUP_CLOSINGS)
        )
    else:
        (person,) = people
        honours = "，".join(_honour_phrase(t, y) for t, y in entry_honours(person))
        closing = (
            data.CRAFT_CLOSING if person.track == "craft" else rng.choice(data.INSCRIPTION_CLOSINGS)
        )
        summary = person.summary.replace(f"在{person.employer}", "在本单位")
        sculpture.inscription = (
            f"{person.name}，{person.employer}{person.post}。{summary}{honours}。{closing}"
        )
    figures = tuple(
        (
            person.gender,
            bool(person.look.helmet),
            person.look.clothing,
            rng.randrange(4),
        )
        for person in people
    )
    sculpture.look = SculptureLook(
        seed=sculpture.slug,
        material=sculpture.material,
        figures=figures,
        plaque=sculpture.title if sculpture.is_group else people[0].name,
    )
    year, month, day = sculpture.unveiled_on
    sculpture.caption = (
        f"{sculpture.title}，{sculpture.material}，{year}年{month}月{day}日揭幕（示意插画）"
    )
    kind = "群像" if sculpture.is_group else "人像"
    sculpture.photo_alt = (
        f"{sculpture.title}的示意插画：{sculpture.material}{kind}立于基座之上，"
        f"基座上刻着“{sculpture.look.plaque}”，身后是园中的绿树"
    )


def park_layout():
    """What pictures.draw_park_map needs: the map size, the pond, and each zone with its spots."""
    return {
        "size": data.PARK_MAP_SIZE,
        "pond": data.PARK_POND,
        "zones": [
            {
                "name": zone["name"],
                "area": zone["area"],
                "label": zone["label"],
                "tint": zone["tint"],
                "key": zone["key"],
                "spots": park_spots(zone),
                # Ring zones: the centre and radii of the circle their spots stand on.
                "ring": zone["spots"][1:3] if zone["spots"][0] == "ring" else None,
            }
            for zone in data.PARK_ZONES
        ],
    }
