"""Cached fragments follow the content: a publish or a reference-list edit shows at once."""

from exhibits.core import content_version
from exhibits.honorees.models import HonourLevel
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory


def test_publishing_changes_the_content_version(honoree_index):
    page = HonoreePageFactory(parent=honoree_index)
    before = content_version.current()
    page.save_revision().publish()
    assert content_version.current() != before


def test_a_renamed_title_shows_on_cached_cards(client, honoree_index):
    title = HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY)
    HonourFactory(page=HonoreePageFactory(parent=honoree_index, title="王芳"), title=title)
    assert "鹰城大工匠" in client.get("/honorees/").content.decode()

    title.name = "鹰城大国工匠"
    title.save()
    html = client.get("/honorees/").content.decode()
    assert "鹰城大国工匠" in html
    assert "鹰城大工匠</p>" not in html


def test_a_published_change_shows_on_cached_cards_and_filters(client, honoree_index):
    page = HonoreePageFactory(parent=honoree_index, title="王芳", employer_name="甲单位")
    assert "甲单位" in client.get("/honorees/").content.decode()

    page.employer_name = "乙单位"
    page.save_revision().publish()
    assert "乙单位" in client.get("/honorees/").content.decode()

    new_title = HonourTitleFactory(name="全国五一劳动奖章", level=HonourLevel.NATIONAL)
    HonourFactory(page=page, title=new_title, year=2021)
    page.save_revision().publish()
    html = client.get("/honorees/").content.decode()
    assert '<option value="2021">2021年（1）</option>' in html  # with its count, also cached
    assert "全国五一劳动奖章" in html
