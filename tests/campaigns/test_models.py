"""Campaign pages: where they go, the schedule draft, and overlaps rejected at validation."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from exhibits.campaigns.models import CampaignIndexPage, CampaignKiosk, CampaignPage
from exhibits.campaigns.schedule import draft_schedule
from exhibits.home.models import HomePage
from tests.campaigns.factories import CampaignDayFactory, CampaignPageFactory, day
from tests.honorees.factories import HonoreePageFactory
from tests.kiosks.factories import KioskDisplayFactory


class TestPageTree(WagtailPageTestCase):
    def test_the_campaign_index_sits_under_the_home_page_and_holds_campaigns(self):
        self.assertCanCreateAt(HomePage, CampaignIndexPage)
        self.assertCanCreateAt(CampaignIndexPage, CampaignPage)
        self.assertCanNotCreateAt(HomePage, CampaignPage)
        self.assertCanNotCreateAt(CampaignPage, CampaignPage)
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertAllowedParentPageTypes(CampaignIndexPage, {HomePage})


@pytest.mark.django_db
def test_draft_cycles_through_the_featured_people_from_start_to_end():
    plan = draft_schedule(day(5, 1), day(5, 5), [10, 20, 30], {})
    assert plan == [
        (day(5, 1), 10),
        (day(5, 2), 20),
        (day(5, 3), 30),
        (day(5, 4), 10),
        (day(5, 5), 20),
    ]


@pytest.mark.django_db
def test_draft_keeps_days_already_set_and_carries_on_after_the_last_one():
    plan = draft_schedule(day(5, 1), day(5, 5), [10, 20, 30], {day(5, 1): 20, day(5, 3): 10})
    assert plan == [(day(5, 2), 30), (day(5, 4), 20), (day(5, 5), 30)]


@pytest.mark.django_db
def test_draft_with_nobody_featured_or_every_day_set_adds_nothing():
    assert draft_schedule(day(5, 1), day(5, 2), [], {}) == []
    assert draft_schedule(day(5, 1), day(5, 1), [10], {day(5, 1): 10}) == []


@pytest.mark.django_db
def test_fill_schedule_draft_on_a_page_keeps_the_editors_days(make_campaign, honoree_index):
    wang, li = HonoreePageFactory(parent=honoree_index), HonoreePageFactory(parent=honoree_index)
    campaign = make_campaign(day(5, 1), day(5, 4), people=[wang, li], schedule=False)
    CampaignDayFactory(page=campaign, date=day(5, 2), honoree=wang)
    campaign = CampaignPage.objects.get(pk=campaign.pk)

    assert campaign.fill_schedule_draft() == 3
    assert [(d.date, d.honoree_id) for d in campaign.schedule_days.all()] == [
        (day(5, 1), wang.pk),
        (day(5, 2), wang.pk),
        (day(5, 3), li.pk),
        (day(5, 4), wang.pk),
    ]


@pytest.mark.django_db
def test_the_admin_action_saves_the_draft_as_a_revision(make_campaign, honoree_index, admin_client):
    wang, li = HonoreePageFactory(parent=honoree_index), HonoreePageFactory(parent=honoree_index)
    campaign = make_campaign(day(5, 1), day(5, 3), people=[wang, li], schedule=False)

    edit = admin_client.get(f"/admin/pages/{campaign.pk}/edit/")
    assert "生成排期草稿" in edit.content.decode()
    response = admin_client.post(f"/admin/campaigns/{campaign.pk}/schedule-draft/", follow=True)

    assert "已为3天排好今日劳模" in response.content.decode()
    draft = CampaignPage.objects.get(pk=campaign.pk).get_latest_revision_as_object()
    assert [d.honoree_id for d in draft.schedule_days.all()] == [wang.pk, li.pk, wang.pk]
    assert campaign.schedule_days.count() == 0  # the live page waits for review


@pytest.mark.django_db
def test_end_before_start_is_rejected(campaign_index):
    page = CampaignPageFactory.build(start_date=day(5, 10), end_date=day(5, 1))
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "结束日期不能早于开始日期" in str(error.value)


@pytest.mark.django_db
def test_two_campaigns_on_the_home_page_at_once_are_rejected_naming_the_other(make_campaign):
    make_campaign(day(5, 1), day(5, 31), title="2026年五一劳模宣传月")
    page = CampaignPageFactory.build(start_date=day(5, 20), end_date=day(6, 10))
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth", "url_path"])
    message = error.value.message_dict["takes_over_home"][0]
    assert "2026年五一劳模宣传月" in message and "首页" in message


@pytest.mark.django_db
def test_two_campaigns_on_one_kiosk_at_once_are_rejected_naming_kiosk_and_campaign(make_campaign):
    gate, hall = KioskDisplayFactory(name="园区大门"), KioskDisplayFactory(name="展厅")
    make_campaign(day(5, 1), day(5, 31), kiosks=[gate], title="五一宣传月")
    page = CampaignPageFactory.build(
        start_date=day(5, 31), end_date=day(6, 5), takes_over_home=False
    )
    page.kiosk_links = [CampaignKiosk(kiosk=hall), CampaignKiosk(kiosk=gate)]
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth", "url_path"])
    (message,) = error.value.message_dict["start_date"]
    assert "园区大门" in message and "五一宣传月" in message


@pytest.mark.django_db
def test_campaigns_that_do_not_share_days_or_screens_are_accepted(make_campaign):
    gate, hall = KioskDisplayFactory(), KioskDisplayFactory()
    make_campaign(day(5, 1), day(5, 31), kiosks=[gate])
    later = CampaignPageFactory.build(start_date=day(6, 1), end_date=day(6, 5))
    later.kiosk_links = [CampaignKiosk(kiosk=gate)]
    later.full_clean(exclude=["path", "depth", "url_path"])
    elsewhere = CampaignPageFactory.build(
        start_date=day(5, 10), end_date=day(5, 12), takes_over_home=False
    )
    elsewhere.kiosk_links = [CampaignKiosk(kiosk=hall)]
    elsewhere.full_clean(exclude=["path", "depth", "url_path"])


@pytest.mark.django_db
def test_the_admin_form_rejects_an_overlap_and_a_day_outside_the_period(
    make_campaign, honoree_index, admin_client
):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    gate = KioskDisplayFactory(name="园区大门")
    make_campaign(day(5, 1), day(5, 31), kiosks=[gate], title="五一宣传月")
    wang, li = HonoreePageFactory(parent=honoree_index), HonoreePageFactory(parent=honoree_index)
    parent = CampaignPage.objects.first().get_parent()
    data = nested_form_data(
        {
            "title": "六月活动",
            "slug": "june",
            "theme": "工匠精神",
            "slogan": "",
            "start_date": "2026-05-30",
            "end_date": "2026-06-05",
            "introduction": rich_text("<p>简介</p>"),
            "takes_over_home": "",
            "playlist": streamfield([]),
            "featured_honorees": inline_formset([{"honoree": wang.pk}]),
            "schedule_days": inline_formset(
                [
                    {"date": "2026-07-01", "honoree": wang.pk},
                    {"date": "2026-06-01", "honoree": li.pk},
                ]
            ),
            "story_links": inline_formset([]),
            "kiosk_links": inline_formset([{"kiosk": gate.pk}]),
        }
    )
    response = admin_client.post(f"/admin/pages/add/campaigns/campaignpage/{parent.pk}/", data)
    page = response.content.decode()
    assert response.status_code == 200, "the form is shown again with the errors"
    assert "展台“园区大门”在这段时间已由活动“五一宣传月”" in page
    assert "这一天不在活动期间内" in page
    assert "今日劳模须是本活动的重点宣传人物" in page
    assert not CampaignPage.objects.filter(slug="june").exists()
