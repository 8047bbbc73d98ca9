"""The dashboard tells an enterprise editor where their stars stand, and a reviewer what waits."""

import re

import pytest
from django.contrib.auth.models import Group

from exhibits.core.review import REVIEWER_GROUP_NAME
from exhibits.enterprises.onboarding import onboard_enterprise
from tests.honorees.factories import HonoreePageFactory


def panel_text(response, panel_id):
    """The text of one dashboard panel, tags and runs of white space removed."""
    html = response.content.decode()
    start = html.index(f'id="{panel_id}')
    end = html.find('<section class="w-panel', start)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[start : end if end > 0 else None]))


@pytest.fixture
def jinggong(enterprise_index, honoree_index):
    return onboard_enterprise("精工机械", "jinggong", "qiye01", "q1@example.com")


@pytest.fixture
def stars(jinggong, honoree_index):
    editor, section = jinggong.user, jinggong.page
    live = HonoreePageFactory(parent=section, title="高建国", portrait=None)
    draft = HonoreePageFactory(parent=section, title="宁秀英", live=False, portrait=None)
    waiting = HonoreePageFactory(parent=section, title="余军", portrait=None)
    waiting.save_revision(user=editor)
    waiting.get_workflow().start(waiting, editor)
    sent_back = HonoreePageFactory(parent=section, title="阎涛", portrait=None)
    sent_back.save_revision(user=editor)
    sent_back.get_workflow().start(sent_back, editor)
    profile = HonoreePageFactory(
        parent=honoree_index, title="罗玲", employer_enterprise=section, portrait=None
    )
    return {
        "live": live,
        "draft": draft,
        "waiting": waiting,
        "sent_back": sent_back,
        "profile": profile,
    }


@pytest.fixture
def reviewer(jinggong, django_user_model):
    user = django_user_model.objects.create_user("shenhe", "s@union.example", "x")
    user.groups.add(Group.objects.get(name=REVIEWER_GROUP_NAME))
    return user


@pytest.fixture
def sent_back(client, stars, reviewer):
    page = stars["sent_back"]
    task_state = page.current_workflow_task_state
    client.force_login(reviewer)
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "请补充岗位照片"},
    )
    client.logout()
    return page


def test_an_editor_sees_each_star_with_its_review_status(client, jinggong, stars, sent_back):
    client.force_login(jinggong.user)
    text = panel_text(client.get("/admin/"), "enterprise-section-jinggong")
    assert "我的企业栏目：精工机械" in text
    for name, status in [
        ("高建国", "已发布"),
        ("宁秀英", "草稿（未公开）"),
        ("余军", "等待审核"),
        ("阎涛", "退回修改"),
    ]:
        assert re.search(rf"{name} {re.escape(status)}", text), (name, status)
    assert "审核意见：请补充岗位照片" in text
    assert "1 项等待工会审核" in text and "1 项被退回修改" in text


def test_an_editor_is_shown_the_button_that_adds_a_star_to_their_section(client, jinggong):
    client.force_login(jinggong.user)
    html = client.get("/admin/").content.decode()
    add_url = f"/admin/pages/add/honorees/honoreepage/{jinggong.page.pk}/"
    assert re.search(rf'href="{add_url}"[^>]*>.*?添加人物', html, re.S)
    assert client.get(add_url).status_code == 200


def test_an_editor_learns_why_the_wall_shows_more_people_than_the_section(
    client, jinggong, stars, sent_back
):
    client.force_login(jinggong.user)
    text = panel_text(client.get("/admin/"), "enterprise-section-jinggong")
    # The public wall: the three live stars of the section, and 罗玲 from the union's list.
    assert "公开的星光大道现在展示 4 位：本栏目中已发布的 3 位，" in text
    assert "加上工会先进人物库中工作单位为本企业的 1 位" in text
    assert "罗玲" in text and "只能查看" in text
    assert len(jinggong.page.stars()) == 4


def test_an_editor_sees_only_their_own_section(client, jinggong, stars, enterprise_index):
    other = onboard_enterprise("神马实业", "shenma", "qiye02", "q2@example.com")
    HonoreePageFactory(parent=other.page, title="邓丽", portrait=None)
    client.force_login(other.user)
    html = client.get("/admin/").content.decode()
    assert "我的企业栏目：神马实业" in html and "邓丽" in html
    assert "精工机械" not in html and "高建国" not in html


def test_a_reviewer_sees_what_waits_and_what_was_sent_back(client, stars, reviewer, sent_back):
    client.force_login(reviewer)
    response = client.get("/admin/")
    text = panel_text(response, "union-review")
    assert "1 项等待您审核" in text
    assert re.search(r"余军 精工机械 qiye01 今天提交", text)
    assert "已退回、等待编辑修改（1 项）" in text
    assert re.search(r"阎涛 精工机械 qiye01 请补充岗位照片", text)
    assert "我的企业栏目" not in response.content.decode()


def test_an_editor_gets_no_review_panel(client, jinggong):
    client.force_login(jinggong.user)
    assert 'id="union-review' not in client.get("/admin/").content.decode()
