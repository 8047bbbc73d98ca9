"""A plaque's QR code lands on the sculpture page with the people's stories first."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.rich_text import RichText

from exhibits.honorees.models import HonourLevel
from tests.core.factories import ImageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
from tests.park.factories import (
    SculptureHonoreeFactory,
    SculpturePageFactory,
    SculpturePhotoFactory,
)


def person(honoree_index, name, slug, deed, honours=(), image=False):
    story = [
        ("paragraph", RichText(f"<p>{name}的故事：{deed}</p>")),
        ("quote", {"text": f"{name}说：干一行，爱一行。", "attribution": name}),
    ]
    if image:
        story.append(("image", {"image": ImageFactory(), "caption": f"{name}在车间"}))
    page = HonoreePageFactory(
        parent=honoree_index, title=name, slug=slug, summary=f"{name}{deed}", story=story
    )
    for title, year in honours:
        HonourFactory(page=page, title=title, year=year)
    return page


def sculpture_of(park, people, **fields):
    sculpture = SculpturePageFactory(parent=park, **fields)
    for order, honoree in enumerate(people):
        SculptureHonoreeFactory(sculpture=sculpture, honoree=honoree, sort_order=order)
    SculpturePhotoFactory(sculpture=sculpture)
    return sculpture


@pytest.fixture
def titles(db):
    return {
        "national": HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL),
        "craftsman": HonourTitleFactory(name="中原大工匠", level=HonourLevel.PROVINCIAL),
    }


@pytest.fixture
def wang_fang(honoree_index, titles):
    return person(
        honoree_index,
        "王芳",
        "wang-fang",
        "扎根井下二十年",
        [(titles["national"], 2015), (titles["craftsman"], 2019)],
    )


@pytest.fixture
def statue(park, wang_fang):
    return sculpture_of(
        park, [wang_fang], title="匠心", slug="jiangxin", sculptor="李雕塑", material="铸铜"
    )


@pytest.fixture
def group(park, honoree_index, titles):
    people = [
        person(honoree_index, "李伟", "li-wei", "改进采煤工艺", [(titles["craftsman"], 2020)]),
        person(honoree_index, "张秀英", "zhang-xiuying", "守护电网三十年"),
        person(honoree_index, "赵强", "zhao-qiang", "带出徒弟六十名"),
    ]
    return sculpture_of(park, people, title="光明使者", slug="guangming", sculptor="王雕塑")


def main_html(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def positions(html, *texts):
    found = [html.find(text) for text in texts]
    assert -1 not in found, dict(zip(texts, found, strict=True))
    return found


def test_the_short_link_of_a_sculpture_lands_on_its_plaque_view(client, statue):
    response = client.get(f"/p/{statue.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"{statue.url}?from=plaque"


def test_the_short_link_of_a_person_still_lands_on_their_profile(client, wang_fang):
    assert client.get(f"/p/{wang_fang.pk}/")["Location"] == wang_fang.url


def test_a_single_statue_leads_with_the_persons_story_then_the_sculpture(client, statue):
    response = client.get(f"/p/{statue.pk}/", follow=True)
    html = main_html(response)

    assert re.search(r"<h1[^>]*>王芳</h1>", html), "the person's name is the page's heading"
    order = positions(
        html,
        "王芳扎根井下二十年",  # summary
        "荣誉</h2>",
        "王芳的故事",  # the story's blocks
        "干一行，爱一行",
        "入园年份",  # the sculpture's facts
        "李雕塑",
    )
    assert order == sorted(order)
    assert f'href="{statue.get_parent().url}#map"' in html  # where it stands, below


def test_a_group_leads_with_the_group_then_each_person_in_order(client, group):
    response = client.get(f"/p/{group.pk}/", follow=True)
    html = main_html(response)

    assert re.search(r"<h1[^>]*>光明使者</h1>", html)
    headings = re.findall(r'<h2 class="person-intro__name"[^>]*>([^<]+)</h2>', html)
    assert headings == ["李伟", "张秀英", "赵强"]
    li, zhang, zhao, facts = positions(html, "李伟的故事", "张秀英的故事", "赵强的故事", "入园年份")
    assert li < zhang < zhao < facts
    group_intro = html.index("塑像人物：李伟、张秀英、赵强")
    assert group_intro < html.index('id="person-')


def test_the_plaque_view_has_no_qr_code_or_print_button(client, statue):
    landing = main_html(client.get(f"{statue.url}?from=plaque"))
    assert "/qr/" not in landing and "打印铭牌" not in landing

    page = main_html(client.get(statue.url))
    assert f'src="/qr/{statue.pk}.svg"' in page and "打印铭牌" in page


def test_the_sculpture_page_itself_still_leads_with_the_sculpture(client, statue):
    html = main_html(client.get(statue.url))
    assert re.search(r"<h1[^>]*>匠心</h1>", html)
    facts, people = positions(html, "入园年份", "塑像人物</h2>")
    assert facts < people
    assert "王芳的故事" not in html


def test_a_draft_person_is_left_out_of_the_plaque_view(client, group):
    group.depicted.first().honoree.unpublish()
    html = main_html(client.get(f"{group.url}?from=plaque"))
    assert "李伟的故事" not in html and "张秀英的故事" in html


# Queries for a sculpture page, with or without ?from=plaque: routing, the site and its
# menu, the sculpture's people (their portraits and honours), photos and the park.
BUDGET = 18


def steady_queries(client, url):
    client.get(url)  # renditions are made on the first visit
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("view", ["?from=plaque", ""])
def test_sculpture_page_queries_do_not_grow_with_the_people_it_depicts(
    client, park, honoree_index, titles, view
):
    def sculpture(count, slug):
        people = [
            person(
                honoree_index,
                f"人物{slug}{n}",
                f"{slug}-{n}",
                "扎根一线",
                [(titles["national"], 2015), (titles["craftsman"], 2019)],
            )
            for n in range(count)
        ]
        return sculpture_of(park, people, slug=slug)

    one = steady_queries(client, sculpture(1, "one").url + view)
    three = steady_queries(client, sculpture(3, "three").url + view)
    assert one == three, (one, three)
    assert three <= BUDGET, three


def test_story_pictures_cost_one_query_per_person(client, park, honoree_index):
    """Each story's image blocks are fetched together, with that story (one per stream)."""
    people = [
        person(honoree_index, f"配图{n}", f"pictured-{n}", "一线", image=True) for n in range(3)
    ]
    url = sculpture_of(park, people, slug="pictured").url + "?from=plaque"
    queries = steady_queries(client, url)
    assert queries <= BUDGET + len(people), queries
