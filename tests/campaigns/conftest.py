"""Fixtures for campaigns: the index, a helper building a published campaign, the clock."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from exhibits.campaigns.models import CampaignHonoree, CampaignKiosk, CampaignStory
from tests.campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from tests.stories.factories import StoryIndexPageFactory

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home)


@pytest.fixture
def story_index(home):
    return StoryIndexPageFactory(parent=home)


@pytest.fixture
def make_campaign(campaign_index):
    """make_campaign(start, end, people=[], kiosks=[], stories=[], schedule=True, **fields).

    A published campaign featuring the people, with every day scheduled in turn
    (schedule=True) and taking over the kiosks.
    """

    def make(start, end, *, people=(), kiosks=(), stories=(), schedule=True, **fields):
        page = CampaignPageFactory.build(start_date=start, end_date=end, **fields)
        page.featured_honorees = [
            CampaignHonoree(honoree=p, sort_order=i) for i, p in enumerate(people)
        ]
        page.kiosk_links = [CampaignKiosk(kiosk=k, sort_order=i) for i, k in enumerate(kiosks)]
        page.story_links = [CampaignStory(story=s, sort_order=i) for i, s in enumerate(stories)]
        if schedule and people:
            page.fill_schedule_draft()
        else:
            page.schedule_days = []
        campaign_index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def clock():
    """clock(2026, 5, 1, 0, 1): travel to that moment in Asia/Shanghai (the clock stands)."""
    travellers = []

    def travel(*args):
        traveller = time_machine.travel(datetime.datetime(*args, tzinfo=SHANGHAI), tick=False)
        traveller.start()
        travellers.append(traveller)

    yield travel
    for traveller in reversed(travellers):
        traveller.stop()
