"""A small city to search: people, their employers, a sculpture, and what must stay hidden."""

import json

import pytest
from wagtail.models import PageViewRestriction

from exhibits.honorees.models import HonourLevel
from tests.core.factories import CountyFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
from tests.park.factories import SculptureHonoreeFactory, SculpturePageFactory


def story(*paragraphs):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs])


@pytest.fixture
def city(home, honoree_index, enterprise_index, park):
    xinhua = CountyFactory(name="新华区")
    weidong = CountyFactory(name="卫东区")
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    city_level = HonourTitleFactory(name="平顶山市劳动模范", level=HonourLevel.CITY)
    pingmei = EnterprisePageFactory(
        parent=enterprise_index,
        title="中国平煤神马集团",
        county=xinhua,
        introduction="<p>以煤为本的能源化工集团。</p>",
    )
    cord = EnterprisePageFactory(
        parent=enterprise_index,
        title="平顶山神马帘子布发展有限公司",
        county=weidong,
        introduction="<p>生产尼龙帘子布。</p>",
    )

    def person(title, *, summary, county=xinhua, honour=city_level, body="", **fields):
        page = HonoreePageFactory(
            parent=honoree_index,
            title=title,
            summary=summary,
            county=county,
            story=story(body) if body else "[]",
            employer_name=fields.pop("employer_name", ""),
            **fields,
        )
        HonourFactory(page=page, title=honour, year=2020)
        return page

    people = {
        "wangfang": person(
            "王芳",
            summary="扎根井下二十年的采煤队长。",
            honour=national,
            employer_enterprise=pingmei,
            body="她带领班组开展技术革新，攻克了综采难题。",
        ),
        "lifang": person("李芳", summary="公交车驾驶员，十年安全行车。", county=weidong),
        "jianguo": person(
            "王建国",
            summary="电工，检修能手。",
            body="他常说，要向劳动模范王芳同志学习。",
        ),
        "zhangwei": person(
            "张伟",
            summary="抓安全生产的班长。",
            employer_enterprise=cord,
            county=weidong,
            body="设备老化，他牵头技术革新。",
        ),
        "liuyang": person(
            "刘洋",
            summary="纺织女工。",
            employer_name="平顶山神马实业有限公司",
            county=weidong,
        ),
    }
    sculpture = SculpturePageFactory(
        parent=park, title="王芳塑像", inscription="劳动最光荣。", year_of_entry=2021
    )
    SculptureHonoreeFactory(sculpture=sculpture, honoree=people["wangfang"])
    return {
        "counties": {"xinhua": xinhua, "weidong": weidong},
        "enterprises": {"pingmei": pingmei, "cord": cord},
        "people": people,
        "sculpture": sculpture,
    }


@pytest.fixture
def hidden(honoree_index):
    """Pages the public must never find: unpublished, private, and a live page's draft."""
    unpublished = HonoreePageFactory(
        parent=honoree_index, title="赵秘密", summary="尚未发布的人物。", live=False
    )
    private = HonoreePageFactory(parent=honoree_index, title="孙私密", summary="仅限登录查看。")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    published = HonoreePageFactory(parent=honoree_index, title="周公开", summary="已经发布的事迹。")
    published.summary = "草稿里才有的先进事迹。"
    published.save_revision()
    return {"unpublished": unpublished, "private": private, "published": published}
