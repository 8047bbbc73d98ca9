"""Honoree pages: where they may live, what they derive from their honours, what they refuse."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from exhibits.campaigns.models import CampaignIndexPage
from exhibits.enterprises.models import EnterpriseIndexPage, EnterprisePage
from exhibits.home.models import HomePage
from exhibits.honorees.models import HonoreeIndexPage, HonoreePage, HonourLevel
from exhibits.park.models import ParkPage
from exhibits.stories.models import StoryIndexPage
from tests.core.factories import ImageFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {HonoreeIndexPage, EnterpriseIndexPage, ParkPage, StoryIndexPage, CampaignIndexPage},
        )

    def test_an_honoree_lives_under_the_honoree_index_or_an_enterprise(self):
        self.assertAllowedParentPageTypes(HonoreePage, {HonoreeIndexPage, EnterprisePage})
        self.assertCanNotCreateAt(HomePage, HonoreePage)
        self.assertCanNotCreateAt(EnterpriseIndexPage, HonoreePage)

    def test_enterprises_live_under_the_enterprise_index(self):
        self.assertCanCreateAt(EnterpriseIndexPage, EnterprisePage)
        self.assertCanNotCreateAt(HonoreeIndexPage, EnterprisePage)

    def test_honoree_pages_are_leaves(self):
        self.assertAllowedSubpageTypes(HonoreePage, {})


@pytest.fixture
def titles(db):
    return {
        "national": HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL),
        "provincial": HonourTitleFactory(name="河南省劳动模范", level=HonourLevel.PROVINCIAL),
        "city": HonourTitleFactory(name="平顶山市劳动模范", level=HonourLevel.CITY),
    }


def test_highest_level_and_top_honour_come_from_the_best_title(honoree_index, titles):
    page = HonoreePageFactory(parent=honoree_index)
    HonourFactory(page=page, title=titles["city"], year=2012)
    HonourFactory(page=page, title=titles["national"], year=2020)
    HonourFactory(page=page, title=titles["provincial"], year=2016)
    page = HonoreePage.objects.get(pk=page.pk)

    assert page.highest_level == HonourLevel.NATIONAL
    assert page.top_honour.title.name == "全国劳动模范"
    assert [h.year for h in page.sorted_honours] == [2012, 2016, 2020]


def test_honour_stats_are_annotated_for_sorting(honoree_index, titles):
    page = HonoreePageFactory(parent=honoree_index)
    HonourFactory(page=page, title=titles["city"], year=2009)
    HonourFactory(page=page, title=titles["provincial"], year=2018)
    annotated = HonoreePage.objects.with_honour_stats().get(pk=page.pk)
    assert annotated.best_level == HonourLevel.PROVINCIAL
    assert (annotated.first_honour_year, annotated.latest_honour_year) == (2009, 2018)


def test_a_person_without_honours_has_no_level(honoree_index):
    page = HonoreePageFactory(parent=honoree_index)
    assert page.highest_level is None
    assert page.top_honour is None


def test_a_star_created_in_an_enterprise_section_works_there(enterprise_index):
    enterprise = EnterprisePageFactory(parent=enterprise_index, title="平顶山鹰城精工有限公司")
    star = HonoreePageFactory(parent=enterprise, employer_name="")
    star.refresh_from_db()
    assert star.employer_enterprise_id == enterprise.pk
    assert star.employer == "平顶山鹰城精工有限公司"


def test_free_text_employer_when_the_enterprise_has_no_section(honoree_index):
    page = HonoreePageFactory(parent=honoree_index, employer_name="鲁山县人民医院")
    assert page.employer_enterprise is None
    assert page.employer == "鲁山县人民医院"


def test_name_pinyin_follows_the_title(honoree_index):
    page = HonoreePageFactory(parent=honoree_index, title="曾强")
    page.title = "单雄"
    page.save()
    assert HonoreePage.objects.get(pk=page.pk).name_pinyin == "shan xiong"


def test_portrait_needs_alt_text(honoree_index):
    with pytest.raises(ValidationError) as error:
        HonoreePageFactory(
            parent=honoree_index, portrait=ImageFactory(description=""), portrait_alt=""
        )
    assert "portrait_alt" in error.value.message_dict
    assert not HonoreePage.objects.exists()


def test_alt_text_may_come_from_the_image_itself(honoree_index):
    page = HonoreePageFactory(parent=honoree_index, portrait=ImageFactory(description="车间里"))
    page.portrait_alt = ""
    page.full_clean()
    assert page.portrait_alt_text == "车间里"


def test_honour_years_cannot_be_in_the_future(honoree_index, titles):
    honour = HonourFactory.build(
        page=HonoreePageFactory(parent=honoree_index), title=titles["city"], year=2999
    )
    with pytest.raises(ValidationError) as error:
        honour.full_clean()
    assert "year" in error.value.message_dict
