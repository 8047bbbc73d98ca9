"""/campaigns/: running, upcoming and past campaigns; 历年表彰, each year's people by level."""

import pytest

from exhibits.honorees.models import HonourLevel
from tests.campaigns.factories import day
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory

pytestmark = pytest.mark.django_db


def test_the_index_sorts_campaigns_into_running_upcoming_and_past(client, clock, make_campaign):
    make_campaign(day(5, 1, 2025), day(5, 31, 2025), title="2025年宣传月")
    make_campaign(day(5, 1), day(5, 31), title="2026年宣传月")
    make_campaign(day(9, 1), day(9, 7), title="秋季工匠周", takes_over_home=False)
    clock(2026, 5, 15, 9, 0)

    page = client.get("/campaigns/").content.decode()
    running, upcoming, past = page.index("正在进行"), page.index("即将开始"), page.index("往届回顾")
    assert running < page.index("2026年宣传月") < upcoming < page.index("秋季工匠周") < past
    assert page.index("2025年宣传月") > past

    clock(2026, 6, 1, 9, 0)
    page = client.get("/campaigns/").content.decode()
    assert "正在进行" not in page
    assert page.index("往届回顾") < page.index("2026年宣传月") < page.index("2025年宣传月")


def test_honours_by_year_groups_the_people_by_level(client, campaign_index, honoree_index):
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    city = HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY)
    wang = HonoreePageFactory(parent=honoree_index, title="王芳", slug="wang-fang")
    li = HonoreePageFactory(parent=honoree_index, title="李伟", slug="li-wei")
    hidden = HonoreePageFactory(parent=honoree_index, title="赵六", slug="zhao-liu", live=False)
    HonourFactory(page=wang, title=city, year=2015)
    HonourFactory(page=wang, title=national, year=2020)
    HonourFactory(page=li, title=city, year=2020)
    HonourFactory(page=hidden, title=city, year=2020)

    response = client.get("/campaigns/honours/")
    assert response.status_code == 200
    page = response.content.decode()
    y2020, y2015 = page.index('id="y2020"'), page.index('id="y2015"')
    assert y2020 < y2015
    year = page[y2020:y2015]
    assert year.index("国家级") < year.index("王芳") < year.index("市级") < year.index("李伟")
    assert "赵六" not in page
    assert 'href="/honorees/wang-fang/"' in page[y2015:]
