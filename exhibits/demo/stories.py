"""The demo's stories: features, union news, 劳模宣讲 talks and 《劳动者之歌》 episodes.

Planned from the demo's people (plan.HonoreePlan), seeded like them: the same people give
the same stories. A few episodes carry a short video when ffmpeg is on the machine
(`make_video`); without it they have none, and the video path is tested on its own.
"""

import datetime
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from exhibits.demo import data

STORY_INDEX_TITLE = "劳模故事"
STORY_INDEX_INTRO = (
    "<p>人物故事、工会新闻、劳模宣讲，还有平顶山电视台每月两期的《劳动者之歌》："
    "听他们讲述平凡岗位上的不平凡。</p>"
)
# The kinds the migration creates (stories 0002), by slug; made again if an editor removed one.
PEOPLE, NEWS, SONG, TALKS = "people", "news", "song", "talks"
KINDS = {
    PEOPLE: ("人物故事", False),
    NEWS: ("工会新闻", False),
    SONG: ("《劳动者之歌》", True),
    TALKS: ("劳模宣讲", False),
}
EPISODES = 12
FEATURES = 16
NEWS_ITEMS = 10
TALK_ITEMS = 6
VIDEOS = 3  # the newest episodes, when ffmpeg can make them
FIRST_AIR_DATE = datetime.date(data.LAST_YEAR, 1, 8)

FEATURE_TITLES = [
    "{name}：{years}年坚守只为一件事",
    "走近{name}：把平凡岗位干成舞台",
    "{name}的“笨功夫”",
    "{name}：一线里长出来的行家",
]
NEWS_TITLES = [
    ("市总工会召开{year}年劳模代表座谈会", "座谈会上，劳模代表结合岗位实际畅谈体会。"),
    ("全市职工技能大赛落幕，{names}等获一等奖", "大赛历时两个月，设十二个比赛项目。"),
    ("劳模创新工作室交流会在{place}举行", "与会代表参观了工作室的革新成果。"),
    ("“五一”前夕市领导走访慰问劳动模范", "慰问组一行走进企业车间和劳模家中。"),
    ("鹰城“最美职工”发布仪式举行", "十名职工获评本年度鹰城“最美职工”。"),
]
TALK_TITLES = [
    "劳模宣讲团走进{place}",
    "“劳模进校园”：{names}与学生面对面",
    "劳模宣讲团第{n}场报告会在{place}举行",
]
TALK_PLACES = ["平顶山学院", "舞钢市职工服务中心", "叶县第一高级中学", "湛河区社区活动中心"]
SUBTITLES = (
    "WEBVTT\n\n00:00.000 --> 00:02.000\n《劳动者之歌》\n\n00:02.000 --> 00:04.000\n{title}\n"
)


@dataclass
class StoryPlan:
    slug: str
    title: str
    kind: str
    date: datetime.date
    summary: str
    honoree_slugs: list
    industry: str  # the scene its picture shows
    paragraphs: list = field(default_factory=list)
    quote: tuple | None = None
    episode_number: int | None = None
    air_date: datetime.date | None = None
    video: bool = False
    # Wagtail's scheduled publishing (naive, in the site's time zone): shown in 排期日历.
    go_live_at: datetime.datetime | None = None
    expire_at: datetime.datetime | None = None


def plan_stories(people):
    """At least 40 stories about the planned people (none when there are no people)."""
    if not people:
        return []
    rng = random.Random(f"{data.SEED}:stories")
    ranked = sorted(people, key=lambda p: (p.best_level, -len(p.honours), p.index))
    plans = []
    for n in range(EPISODES):
        plans.append(_episode(n, ranked, rng))
    for n in range(FEATURES):
        plans.append(_feature(n, ranked[n % len(ranked)], rng))
    for n in range(NEWS_ITEMS):
        plans.append(_news(n, people, rng))
    for n in range(TALK_ITEMS):
        plans.append(_talk(n, ranked, rng))
    newest = sorted((p for p in plans if p.kind == SONG), key=lambda p: -p.episode_number)
    for episode in newest[:VIDEOS]:
        episode.video = True
    return plans


def _names(people):
    return "、".join(p.name for p in people)


def _episode(n, ranked, rng):
    number = n + 1
    # Two a month: the second and the fourth week.
    month = FIRST_AIR_DATE.month + n // 2
    air_date = datetime.date(data.LAST_YEAR, month, 8 if n % 2 == 0 else 22)
    count = 1 if n % 3 else 2
    people = [ranked[(n * 2 + i) % len(ranked)] for i in range(count)]
    lead = people[0]
    pronoun = "她" if lead.gender == "female" else "他"
    summary = f"本期《劳动者之歌》走近{_names(people)}，{lead.summary.rstrip('。')}。"
    paragraphs = [
        f"平顶山电视台《劳动者之歌》第{number}期，镜头对准了{lead.employer}的{lead.name}。",
        f"节目中，{lead.name}{lead.summary.rstrip('。')}。同事们说起{lead.name}，"
        f"都说“有难事，找{pronoun}准没错”。",
    ]
    if count > 1:
        paragraphs.append(
            f"同期节目还讲述了{people[1].name}的故事：{people[1].summary.rstrip('。')}。"
        )
    paragraphs.append("《劳动者之歌》每月两期，在平顶山电视台公共频道播出。")
    return StoryPlan(
        slug=f"laodongzhe-zhi-ge-{number:02d}",
        title=f"《劳动者之歌》第{number}期：{_names(people)}",
        kind=SONG,
        date=air_date - datetime.timedelta(days=2),
        summary=summary[:200],
        honoree_slugs=[p.slug for p in people],
        industry=lead.industry,
        paragraphs=paragraphs,
        episode_number=number,
        air_date=air_date,
    )


def _feature(n, person, rng):
    years = rng.randint(15, 35)
    title = FEATURE_TITLES[n % len(FEATURE_TITLES)].format(name=person.name, years=years)
    date = datetime.date(data.LAST_YEAR - n % 3, 1 + (n * 5) % 12, 1 + (n * 7) % 27)
    paragraphs = [
        f"清晨七点，{person.name}已经站在了{data.WORKPLACES[person.industry][0]}。"
        f"这是{person.name}在{person.employer}的第{years}个年头。",
        f"{person.summary}",
        f"说起荣誉，{person.name}总是摆摆手：“这是大家一起干出来的。”",
    ]
    return StoryPlan(
        slug=f"renwu-gushi-{n + 1:02d}",
        title=title,
        kind=PEOPLE,
        date=date,
        summary=f"{person.employer}{person.post}{person.name}：{person.summary}"[:200],
        honoree_slugs=[person.slug],
        industry=person.industry,
        paragraphs=paragraphs,
        quote=(rng.choice(data.QUOTES), person.name),
    )


def _news(n, people, rng):
    chosen = rng.sample(people, min(3, len(people)))
    title, lead = NEWS_TITLES[n % len(NEWS_TITLES)]
    year = data.LAST_YEAR - n // len(NEWS_TITLES)
    date = datetime.date(year, 3 + n % 9, 10 + n)
    title = title.format(year=year, names=chosen[0].name, place=chosen[0].employer)
    paragraphs = [
        f"{date.month}月{date.day}日，{title}。{lead}",
        f"{_names(chosen)}等先进人物参加活动，分享了在岗位上钻研技术、服务职工的经验。",
        "市总工会有关负责同志表示，要大力弘扬劳模精神、劳动精神、工匠精神。",
    ]
    return StoryPlan(
        slug=f"gonghui-xinwen-{n + 1:02d}",
        title=title,
        kind=NEWS,
        date=date,
        summary=f"{title}。{lead}"[:200],
        honoree_slugs=[p.slug for p in chosen],
        industry=chosen[0].industry,
        paragraphs=paragraphs,
    )


def _talk(n, ranked, rng):
    people = [ranked[(n * 3 + i + 1) % len(ranked)] for i in range(2)]
    place = TALK_PLACES[n % len(TALK_PLACES)]
    title = TALK_TITLES[n % len(TALK_TITLES)].format(place=place, names=_names(people), n=n + 8)
    date = datetime.date(data.LAST_YEAR, 2 + n, 16)
    paragraphs = [
        f"{date.month}月{date.day}日，市劳模宣讲团来到{place}。",
        f"{_names(people)}结合亲身经历，讲述了扎根一线、攻坚克难的故事。"
        f"{people[0].name}说：“{rng.choice(data.QUOTES)}”",
        "现场听众纷纷表示，要以劳模为榜样，立足岗位建功立业。",
    ]
    return StoryPlan(
        slug=f"laomo-xuanjiang-{n + 1:02d}",
        title=title,
        kind=TALKS,
        date=date,
        summary=f"{_names(people)}走进{place}，讲述扎根一线的故事。"[:200],
        honoree_slugs=[p.slug for p in people],
        industry=people[0].industry,
        paragraphs=paragraphs,
    )


def plan_scheduled(people, today):
    """Two stories on the schedule, so 排期日历 shows one of each: the next episode, going live
    at 20:00 in three days, and a union notice that is live now and expires in ten days."""
    if not people:
        return []
    ranked = sorted(people, key=lambda p: (p.best_level, -len(p.honours), p.index))
    rng = random.Random(f"{data.SEED}:scheduled")
    episode = _episode(EPISODES, ranked, rng)
    air_date = today + datetime.timedelta(days=3)
    episode.slug = "laodongzhe-zhi-ge-next"
    episode.date = episode.air_date = air_date
    episode.go_live_at = datetime.datetime.combine(air_date, datetime.time(20))
    notice_end = today + datetime.timedelta(days=10)
    notice = StoryPlan(
        slug="gonghui-tongzhi-baoming",
        title="关于推荐本年度鹰城大工匠候选人的通知",
        kind=NEWS,
        date=today,
        summary=f"各基层工会请于{notice_end.month}月{notice_end.day}日前报送候选人推荐材料。",
        honoree_slugs=[],
        industry=ranked[0].industry,
        paragraphs=[
            "各县（市、区）总工会、各产业工会、各基层工会：",
            f"请于{notice_end.month}月{notice_end.day}日前将候选人推荐表和事迹材料报送市总工会。"
            "截止后本通知自动下线。",
        ],
        expire_at=datetime.datetime.combine(notice_end, datetime.time(18)),
    )
    return [episode, notice]


def subtitles(story):
    """A WebVTT file for an episode's video."""
    return SUBTITLES.format(title=story.title).encode()


def make_video(seconds=4):
    """A short MP4 (the union's red with a gentle pulse) made by ffmpeg, or None without it.

    Drawn on the machine like every demo picture; nothing is downloaded.
    """
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "episode.mp4"
        command = [
            ffmpeg,
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"color=c=0x8e1418:s=640x360:d={seconds}:r=25,"
            "geq=r='142+40*sin(2*PI*T/4)':g='20':b='24'",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            str(target),
        ]
        try:
            subprocess.run(command, check=True, timeout=60, capture_output=True)
        except (OSError, subprocess.SubprocessError):
            return None
        return target.read_bytes()
