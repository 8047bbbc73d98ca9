"""The demo's campaigns: this year's May Day month, last year's, and one running today.

Dated from the day the demo is first seeded (timezone.localdate()), so the takeover is
visible at once; found by slug afterwards, so a later run changes nothing.
"""

import datetime
from dataclasses import dataclass

CAMPAIGN_INDEX_TITLE = "五一劳模宣传月"
CAMPAIGN_INDEX_INTRO = (
    "<p>每年“五一”前后，市总工会集中表彰和宣传全市劳动模范、大国工匠与最美职工，"
    "讲好劳动者的故事。</p>"
)
FEATURED = 12
STORIES = 6
TODAY_SPAN = 7  # days of the campaign that runs when the demo is seeded


@dataclass
class CampaignPlan:
    slug: str
    title: str
    theme: str
    slogan: str
    start: datetime.date
    end: datetime.date
    intro: str
    offset: int  # where in the demo's people its featured list starts


def may_day(year, offset):
    return CampaignPlan(
        slug=f"wuyi-{year}",
        title=f"{year}年五一劳模宣传月",
        theme="中国梦·劳动美" if year % 2 == 0 else "劳动创造幸福",
        slogan="劳动最光荣 · 劳动者最伟大",
        start=datetime.date(year, 5, 1),
        end=datetime.date(year, 5, 31),
        intro=(
            f"<p>{year}年五一劳模宣传月期间，每天推出一位“今日劳模”，"
            "首页和劳模雕塑园展台同步展示，电视栏目《劳动者之歌》播出特别节目。</p>"
        ),
        offset=offset,
    )


def running_today(today):
    """A week of 工匠精神 around today that keeps clear of this year's May Day month."""
    may_start, may_end = datetime.date(today.year, 5, 1), datetime.date(today.year, 5, 31)
    if may_start <= today <= may_end:
        return None  # the May Day month itself runs today
    span = datetime.timedelta(days=TODAY_SPAN - 1)
    start = today - datetime.timedelta(days=2)
    end = start + span
    if today < may_start and end >= may_start:  # late April: end the day before May
        end = may_start - datetime.timedelta(days=1)
        start = end - span
    elif today > may_end and start <= may_end:  # early June: begin the day after May
        start = may_end + datetime.timedelta(days=1)
        end = start + span
    return CampaignPlan(
        slug="gongjiang-zhou",
        title="鹰城工匠宣传周",
        theme="弘扬工匠精神",
        slogan="执着专注 · 精益求精 · 一丝不苟 · 追求卓越",
        start=start,
        end=end,
        intro="<p>宣传周期间，每天推出一位鹰城大工匠，讲述他们精益求精的故事。</p>",
        offset=FEATURED,
    )


def plan_campaigns(today):
    plans = [may_day(today.year, 0), may_day(today.year - 1, FEATURED // 2)]
    week = running_today(today)
    return plans + ([week] if week else [])
