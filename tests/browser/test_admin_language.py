"""The admin speaks Chinese and carries the union's name, for enterprise editors and reviewers.

Each screen an editor or a reviewer reaches is read as the browser shows it (the visible
text, the tab title, and the placeholders, labels and tooltips of visible controls); any
run of three or more Latin letters fails the test, except the few listed in ALLOWED.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from exhibits.core.review import REVIEWER_GROUP_NAME
from exhibits.enterprises.onboarding import onboard_enterprise
from tests.core.factories import ImageFactory
from tests.honorees.factories import HonoreePageFactory

PASSWORD = "mima-2026-demo"
EDITOR = "qiye01"
REVIEWER = "shenhe"

# Latin words an editor may see on a Chinese admin screen, and why:
ALLOWED = {
    # the users' own login names, shown as their display name (avatars, history, reports)
    EDITOR,
    REVIEWER,
    # file types, named as everyone knows them (image and document upload help, exports)
    "AVIF",
    "GIF",
    "JPG",
    "JPEG",
    "PNG",
    "SVG",
    "WEBP",
    "CSV",
    "XLSX",
    "PDF",
    "DOCX",
    # abbreviations printed as they are in Chinese documents too (two-letter ones, such as
    # QR and ID, are shorter than a word and never flagged)
    "API",
    "URL",
}
# E-mail addresses are addresses, not words (the staleness report lists whom to write to).
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A token is a run of letters and digits (a username like qiye01 is one token); it is Latin
# text when it holds three letters in a row.
TOKEN = re.compile(r"[A-Za-z0-9_]+")
LATIN_RUN = re.compile(r"[A-Za-z]{3,}")

# The visible text of the page, its title, and what visible controls say without text.
READ_SCREEN = """() => {
  const texts = [document.title, document.body.innerText];
  const selector = "input, textarea, select, button, a, [aria-label], [title], [placeholder]";
  for (const el of document.querySelectorAll(selector)) {
    if (!el.checkVisibility()) continue;
    for (const name of ["placeholder", "aria-label", "title"]) {
      const value = el.getAttribute(name);
      if (value) texts.push(value);
    }
    if (el.tagName === "INPUT" && ["submit", "button"].includes(el.type)) texts.push(el.value);
  }
  return texts.join("\\n");
}"""

BROKEN_IMAGES = """() => [...document.images]
  .filter((img) => img.checkVisibility() && img.complete && img.naturalWidth === 0)
  .map((img) => img.src.slice(0, 80))"""


def latin_on_screen(page, also_allowed=()):
    """The lines of the screen holding a Latin word that is not allowed, with the words."""
    allowed = ALLOWED | set(also_allowed)
    found = []
    for line in page.evaluate(READ_SCREEN).splitlines():
        line = EMAIL.sub(" ", line)
        words = [
            token
            for token in TOKEN.findall(line)
            if LATIN_RUN.search(token) and token not in allowed
        ]
        if words:
            found.append(f"{words}: {line.strip()[:120]}")
    return found


@pytest.fixture
def section(home, honoree_index, enterprise_index):
    """An onboarded enterprise with a live star, a draft, a change waiting for review, a
    union profile naming it as employer and a picture in its library; and a reviewer."""
    result = onboard_enterprise(
        "平顶山鹰城精工机械有限公司", "jinggong", EDITOR, "qiye01@example.com", password=PASSWORD
    )
    reviewer = get_user_model().objects.create_user(REVIEWER, "shenhe@example.com", PASSWORD)
    reviewer.groups.add(Group.objects.get(name=REVIEWER_GROUP_NAME))
    editor = result.user
    library = result.collections["image"]

    HonoreePageFactory(parent=result.page, title="高建国", portrait__collection=library)
    HonoreePageFactory(parent=result.page, title="宁秀英", live=False, portrait=None)
    waiting = HonoreePageFactory(parent=result.page, title="余军", portrait__collection=library)
    waiting.summary = "主持技术革新十二项。"
    waiting.save_revision(user=editor)
    waiting.get_workflow().start(waiting, editor)
    HonoreePageFactory(parent=honoree_index, title="罗玲", employer_enterprise=result.page)
    ImageFactory(title="车间合影", collection=library)
    return result.page, waiting


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def assert_chinese(visit, paths, also_allowed=()):
    for path in paths:
        screen = visit(path)
        screen.wait_for_load_state("networkidle")
        found = latin_on_screen(screen, also_allowed)
        assert not found, f"{path}:\n" + "\n".join(found)
        assert screen.evaluate(BROKEN_IMAGES) == [], path


def test_the_login_page_is_the_unions(page, visit, wagtail_roots, requests_elsewhere):
    visit("/admin/login/")
    assert page.title() == "登录 - 平顶山市总工会 · 劳模风采"
    assert "平顶山市总工会" in page.locator("h1").inner_text()
    assert page.locator("label[for=id_password]").inner_text().startswith("密码")
    assert page.locator(".icon-wagtail").count() == 0  # no Wagtail bird
    assert latin_on_screen(page) == []
    assert requests_elsewhere == []


def test_an_enterprise_editor_reads_chinese_everywhere(page, visit, section, requests_elsewhere):
    enterprise, waiting = section
    log_in(page, EDITOR)
    assert_chinese(
        visit,
        [
            "/admin/",
            f"/admin/pages/{enterprise.pk}/",
            f"/admin/pages/{waiting.pk}/edit/",
            f"/admin/pages/{waiting.pk}/history/",
            f"/admin/pages/{waiting.pk}/workflow_history/",
            f"/admin/pages/add/honorees/honoreepage/{enterprise.pk}/",
            f"/admin/pages/{enterprise.pk}/edit/",
            "/admin/images/",
            "/admin/images/multiple/add/",
            "/admin/documents/",
            "/admin/account/",
        ],
    )
    # Avatars are drawn here, never fetched from Gravatar or anywhere else.
    assert requests_elsewhere == []


def test_an_enterprise_editor_adds_a_star_from_the_dashboard(page, visit, section):
    enterprise, _waiting = section
    log_in(page, EDITOR)
    assert page.title() == "控制面板 - 平顶山市总工会 · 劳模风采"
    panel = page.locator("#enterprise-section-jinggong-section")
    expect(panel.get_by_text("1 项等待工会审核")).to_be_visible()
    expect(panel.get_by_text("工作单位为本企业的 1 位")).to_be_visible()
    panel.get_by_role("link", name="添加人物").click()
    page.wait_for_url(f"**/admin/pages/add/honorees/honoreepage/{enterprise.pk}/")
    expect(page.locator("input[name=title]")).to_be_visible()
    visit(f"/admin/pages/{enterprise.pk}/")
    assert page.title() == "浏览：平顶山鹰城精工机械有限公司 - 平顶山市总工会 · 劳模风采"


def test_a_reviewer_reads_chinese_everywhere(page, visit, section, requests_elsewhere):
    enterprise, waiting = section
    workflow_state = waiting.workflow_states.get()
    log_in(page, REVIEWER)
    assert_chinese(
        visit,
        [
            "/admin/",
            "/admin/pages/",
            f"/admin/pages/{enterprise.pk}/",
            f"/admin/pages/{waiting.pk}/edit/",
            f"/admin/pages/{waiting.pk}/workflow_history/detail/{workflow_state.pk}/",
            "/admin/reports/workflow/",
            "/admin/reports/workflow_tasks/",
            "/admin/reports/site-history/",
            "/admin/reports/aging-pages/",
            "/admin/reports/locked/",
            "/admin/reports/enterprise-staleness/",
            "/admin/pages/search/?q=王",
        ],
    )
    assert requests_elsewhere == []


def test_the_union_admin_reads_the_workflow_screens_in_chinese(
    page, visit, section, requests_elsewhere
):
    get_user_model().objects.create_superuser("admin", "admin@example.com", PASSWORD)
    log_in(page, "admin")
    assert_chinese(
        visit,
        [
            "/admin/workflows/list/",
            "/admin/workflows/tasks/index/",
            "/admin/reports/workflow/",
            "/admin/images/",
        ],
        also_allowed={"admin"},
    )
    assert requests_elsewhere == []
