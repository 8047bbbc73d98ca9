"""An offline kiosk switches to a campaign's playlist at midnight by its own clock, and back."""

import datetime

import pytest
from playwright.sync_api import expect

from exhibits.campaigns.models import CampaignHonoree, CampaignKiosk, CampaignPage
from tests.browser.test_kiosk import open_kiosk, wait_until_cached
from tests.campaigns.factories import CampaignIndexPageFactory
from tests.core.factories import ImageFactory
from tests.honorees.factories import HonoreePageFactory
from tests.kiosks.factories import KioskDisplayFactory

# A campaign the server has not reached yet, so its content carries it whatever the date.
FIRST = datetime.date(datetime.date.today().year + 1, 5, 1)


@pytest.fixture
def campaign_kiosk(home, honoree_index, settings):
    settings.KIOSK_POLL_SECONDS = 1
    settings.KIOSK_HEARTBEAT_SECONDS = 1
    wang = HonoreePageFactory(parent=honoree_index, title="王芳", slug="wang-fang")
    li = HonoreePageFactory(parent=honoree_index, title="李伟", slug="li-wei")
    kiosk = KioskDisplayFactory(
        slug="park-gate",
        orientation="landscape",
        playlist=[("slide", {"image": ImageFactory(), "caption": "欢迎来到劳模雕塑园"})],
    )
    page = CampaignPage(
        title="五一劳模宣传月",
        slug="wuyi",
        theme="中国梦·劳动美",
        start_date=FIRST,
        end_date=FIRST + datetime.timedelta(days=1),
        playlist=[("slide", {"image": ImageFactory(), "caption": "中国梦 · 劳动美"})],
    )
    page.featured_honorees = [CampaignHonoree(honoree=wang), CampaignHonoree(honoree=li)]
    page.kiosk_links = [CampaignKiosk(kiosk=kiosk)]
    page.fill_schedule_draft()
    CampaignIndexPageFactory(parent=home).add_child(instance=page)
    page.save_revision().publish()
    return kiosk


def shanghai(day, clock):
    return f"{day.isoformat()}T{clock}+08:00"


def test_an_offline_kiosk_takes_the_campaign_on_at_midnight_and_gives_it_back(
    browser, live_server, campaign_kiosk
):
    context = browser.new_context(
        viewport={"width": 1920, "height": 1080},
        has_touch=True,
        locale="zh-CN",
        timezone_id="Asia/Shanghai",
        base_url=live_server.url,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    eve = FIRST - datetime.timedelta(days=1)
    page.clock.install(time=shanghai(eve, "23:58:00"))
    try:
        open_kiosk(page, "park-gate")
        wait_until_cached(page, "park-gate")
        expect(page.locator(".k-slide.is-active")).to_contain_text("欢迎来到劳模雕塑园")
        context.set_offline(True)

        page.clock.fast_forward("03:00")  # 00:01 on the first day
        expect(page.locator(".k-slide.is-active")).to_contain_text("王芳")
        expect(page.locator(".k-slide.is-active")).to_contain_text("今日劳模")

        page.clock.set_system_time(shanghai(FIRST + datetime.timedelta(days=1), "00:00:10"))
        page.clock.fast_forward("00:40")
        expect(page.locator(".k-slide.is-active")).to_contain_text("李伟")

        page.clock.set_system_time(shanghai(FIRST + datetime.timedelta(days=2), "00:00:10"))
        page.clock.fast_forward("00:40")
        expect(page.locator(".k-slide.is-active")).to_contain_text("欢迎来到劳模雕塑园")
    finally:
        page.goto("about:blank")
        context.close()
