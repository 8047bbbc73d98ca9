"""While a campaign runs, by the date in Asia/Shanghai, it takes over the home page, its
kiosks and shows 今日劳模; before and after, nothing of it shows. The clock is moved."""

import json

import pytest

from tests.campaigns.factories import day
from tests.honorees.factories import HonoreePageFactory
from tests.kiosks.factories import KioskDisplayFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(honoree_index):
    return [
        HonoreePageFactory(parent=honoree_index, title=name, slug=slug)
        for name, slug in [("王芳", "wang-fang"), ("李伟", "li-wei"), ("张强", "zhang-qiang")]
    ]


@pytest.fixture
def may(make_campaign, people):
    """2026年5月1日至5月3日, 王芳, 李伟, 张强 one a day, on the home page and one kiosk."""
    gate = KioskDisplayFactory(name="园区大门", slug="park-gate")
    campaign = make_campaign(
        day(5, 1), day(5, 3), people=people, kiosks=[gate], title="2026年五一劳模宣传月"
    )
    return campaign, gate


def home(client):
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def banner(page):
    """The campaign banner's part of the home page, '' when there is none."""
    start = page.find('class="hero campaign-banner"')
    return page[start : page.find("</section>", start)] if start >= 0 else ""


@pytest.mark.parametrize(
    ("moment", "shown", "today"),
    [
        ((2026, 4, 30, 12, 0), False, None),
        ((2026, 5, 1, 9, 0), True, "王芳"),
        ((2026, 5, 3, 20, 0), True, "张强"),
        ((2026, 5, 4, 9, 0), False, None),
    ],
    ids=["before", "first-day", "last-day", "after"],
)
def test_home_page_banner_before_during_and_after(client, clock, may, moment, shown, today):
    clock(*moment)
    page = home(client)
    assert bool(banner(page)) is shown
    assert ("中国梦·劳动美" in page) is shown
    if shown:
        assert "今日劳模" in banner(page) and today in banner(page)
    else:
        assert "劳动最光荣" in page  # the home page's own banner


def test_the_home_page_switches_at_midnight_with_caches_warm(client, clock, may):
    clock(2026, 4, 30, 23, 59)
    assert not banner(home(client))
    home(client)  # warm

    clock(2026, 5, 1, 0, 1)
    assert "王芳" in banner(home(client))

    clock(2026, 5, 1, 23, 59)
    assert "王芳" in banner(home(client))
    clock(2026, 5, 2, 0, 1)
    today = banner(home(client))
    assert "李伟" in today and "王芳" not in today

    clock(2026, 5, 3, 23, 59)
    assert banner(home(client))
    clock(2026, 5, 4, 0, 1)
    assert not banner(home(client))


def test_a_campaign_not_taking_over_the_home_page_leaves_it(client, clock, make_campaign, people):
    make_campaign(day(5, 1), day(5, 3), people=people, takes_over_home=False)
    clock(2026, 5, 2, 9, 0)
    assert not banner(home(client))


def test_the_campaign_page_shows_todays_honoree_first_and_the_calendar(client, clock, may):
    campaign, _ = may
    clock(2026, 5, 2, 9, 0)
    page = client.get(campaign.url).content.decode()

    today = page.index("今日劳模")
    assert page.index("李伟", today) < page.index("重点宣传人物")
    calendar = page[page.index('class="campaign-calendar"') :]
    assert 'href="/honorees/wang-fang/">王芳</a>' in calendar  # a past day links to its person
    assert 'aria-current="date"' in calendar
    assert 'href="/honorees/li-wei/">李伟</a>' in calendar
    assert "张强</a>" not in calendar and "敬请期待" in calendar  # tomorrow is not revealed
    assert "进行中" in page


def test_the_campaign_page_before_and_after(client, clock, may):
    campaign, _ = may
    clock(2026, 4, 20, 9, 0)
    before = client.get(campaign.url).content.decode()
    assert "今日劳模" not in before and "进行中" not in before
    assert "王芳</a>" not in before.split('class="campaign-calendar"')[1].split("</section>")[0]

    clock(2026, 5, 20, 9, 0)
    after = client.get(campaign.url).content.decode()
    calendar = after.split('class="campaign-calendar"')[1].split("</section>")[0]
    assert "今日劳模" not in after
    assert all(f"{name}</a>" in calendar for name in ("王芳", "李伟", "张强"))


def kiosk_content(client, kiosk):
    return json.loads(client.get(f"/kiosk/{kiosk.slug}/content.json").content)


def test_the_kiosk_content_carries_the_campaign_with_its_days(client, clock, may, people):
    campaign, gate = may
    clock(2026, 4, 20, 9, 0)  # before: the kiosk must know in advance, to switch offline
    data = kiosk_content(client, gate)
    (carried,) = data["campaigns"]
    assert carried["start"] == "2026-05-01" and carried["end"] == "2026-05-03"
    assert carried["id"] == campaign.pk
    assert {d: s["title"] for d, s in carried["days"].items()} == {
        "2026-05-01": "王芳",
        "2026-05-02": "李伟",
        "2026-05-03": "张强",
    }
    assert carried["days"]["2026-05-01"]["subtitle"] == "今日劳模"
    assert carried["days"]["2026-05-01"]["image"]["url"] in data["assets"]

    other = KioskDisplayFactory()
    assert kiosk_content(client, other)["campaigns"] == []


def test_the_kiosk_content_drops_a_campaign_that_has_ended(client, clock, may):
    _, gate = may
    clock(2026, 5, 2, 9, 0)
    assert len(kiosk_content(client, gate)["campaigns"]) == 1
    clock(2026, 5, 4, 9, 0)
    from django.core.cache import cache

    cache.clear()  # a new content version (the next publish) builds it afresh
    assert kiosk_content(client, gate)["campaigns"] == []


def test_the_campaign_playlist_goes_to_the_kiosk(client, clock, make_campaign, people):
    from tests.core.factories import ImageFactory

    hall = KioskDisplayFactory()
    make_campaign(
        day(5, 1),
        day(5, 3),
        people=people,
        kiosks=[hall],
        playlist=json.dumps(
            [
                {
                    "type": "slide",
                    "value": {"image": ImageFactory().pk, "caption": "中国梦·劳动美"},
                },
                {"type": "honoree", "value": people[2].pk},
            ]
        ),
    )
    clock(2026, 4, 20, 9, 0)
    (carried,) = kiosk_content(client, hall)["campaigns"]
    assert [s["title"] for s in carried["attract"]] == ["中国梦·劳动美", "张强"]
