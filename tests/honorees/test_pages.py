"""The honoree profile page: what a reader sees and what link previews and search engines read."""

import json
import re

import pytest
from wagtail.blocks import StreamValue

from exhibits.home.models import HomeFeaturedHonoree
from exhibits.honorees.models import HonoreePage, HonourLevel
from tests.core.factories import ImageFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory


@pytest.fixture
def wang_fang(honoree_index, enterprise_index):
    enterprise = EnterprisePageFactory(parent=enterprise_index, title="平顶山天安煤业股份有限公司")
    page = HonoreePageFactory(
        parent=honoree_index,
        title="王芳",
        employer_enterprise=enterprise,
        post="综采队队长",
        summary="扎根井下二十年，主持技术革新三十余项。",
        # Large enough for both rendition widths the templates ask for.
        portrait=ImageFactory(description="", file__width=900, file__height=1200),
        portrait_alt="王芳在井下巡检",
    )
    page.tags.add("技术革新", "安全生产")
    page.story = StreamValue(
        HonoreePage.story.field.stream_block,
        [
            ("paragraph", "<p>她带领班组攻克了综采设备的难题。</p>"),
            ("quote", {"text": "安全生产无小事。", "attribution": "王芳"}),
        ],
        is_lazy=False,
    )
    page.save_revision().publish()
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    city = HonourTitleFactory(name="平顶山市劳动模范", level=HonourLevel.CITY)
    HonourFactory(page=page, title=city, year=2012, note="市政府表彰")
    HonourFactory(page=page, title=national, year=2020)
    return HonoreePage.objects.get(pk=page.pk)


def test_profile_shows_person_employer_post_and_story(client, wang_fang):
    html = client.get(wang_fang.url).content.decode()
    assert '<h1 class="profile__name">王芳</h1>' in html
    assert "平顶山天安煤业股份有限公司" in html
    assert "综采队队长" in html
    assert "她带领班组攻克了综采设备的难题。" in html
    assert "安全生产无小事。" in html
    assert "技术革新" in html


def test_tags_are_in_pinyin_order(client, wang_fang):
    wang_fang.tags.add("志愿服务")  # zhi, after an (安全生产) and ji (技术革新)
    wang_fang.save_revision().publish()
    html = client.get(wang_fang.url).content.decode()
    tags = re.findall(r'<span class="chip chip--static">(.*?)</span>', html)
    assert tags == ["安全生产", "技术革新", "志愿服务"]


def test_honours_form_a_timeline_with_level_badges(client, wang_fang):
    html = client.get(wang_fang.url).content.decode()
    timeline = html[html.index('class="timeline"') :]
    assert timeline.index("2012年") < timeline.index("2020年")
    assert '<span class="badge badge--national">国家级</span>' in timeline
    assert "市政府表彰" in timeline


def test_portrait_is_responsive_modern_and_described(client, wang_fang):
    html = client.get(wang_fang.url).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert re.search(r'srcset="[^"]+ 360w, [^"]+ 720w"', picture)
    assert 'alt="王芳在井下巡检"' in picture


def test_list_cards_load_portraits_lazily(client, wang_fang):
    html = client.get("/honorees/").content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'loading="lazy"' in picture
    assert re.search(r'srcset="[^"]+ 240w, [^"]+ 480w"', picture)


def test_open_graph_metadata(client, wang_fang):
    html = client.get(wang_fang.url).content.decode()
    assert '<meta property="og:title" content="王芳">' in html
    assert '<meta property="og:type" content="profile">' in html
    assert 'property="og:description" content="扎根井下二十年' in html
    assert re.search(r'<meta property="og:image" content="http://[^"]+\.jpg">', html)


def test_schema_org_person_json_ld(client, wang_fang):
    html = client.get(wang_fang.url).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Person"
    assert data["name"] == "王芳"
    assert data["jobTitle"] == "综采队队长"
    assert data["worksFor"]["name"] == "平顶山天安煤业股份有限公司"
    assert data["award"] == ["2012年 平顶山市劳动模范", "2020年 全国劳动模范"]
    assert data["url"].endswith(wang_fang.url)


def test_json_ld_cannot_be_broken_out_of(client, honoree_index):
    page = HonoreePageFactory(parent=honoree_index, summary="</script><script>alert(1)</script>")
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html


def test_related_honorees_are_colleagues_then_same_title_holders(client, wang_fang, honoree_index):
    colleague = HonoreePageFactory(
        parent=honoree_index, title="李强", employer_enterprise=wang_fang.employer_enterprise
    )
    same_title = HonoreePageFactory(parent=honoree_index, title="安娜", employer_name="某医院")
    HonourFactory(page=same_title, title=wang_fang.top_honour.title, year=2015)
    stranger = HonoreePageFactory(parent=honoree_index, title="赵六", employer_name="某学校")

    related = client.get(wang_fang.url).context["related_honorees"]
    assert [p.pk for p in related] == [colleague.pk, same_title.pk]
    assert stranger.pk not in [p.pk for p in related]


def test_a_draft_profile_is_not_public(client, wang_fang):
    wang_fang.unpublish()
    assert client.get(wang_fang.url).status_code == 404


def test_home_page_shows_featured_honorees_and_entry_points(client, home, wang_fang):
    HomeFeaturedHonoree(home=home, honoree=wang_fang, sort_order=0).save()
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert [p.pk for p in response.context["featured_honorees"]] == [wang_fang.pk]
    assert 'href="/honorees/"' in html and 'href="/enterprises/"' in html


def test_not_found_page_is_in_chinese(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "抱歉，您要找的页面不存在" in response.content.decode()


def test_server_error_page_is_in_chinese():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "抱歉，服务器暂时出了点问题" in html
