"""The frame of every page in the browser: a compact phone header, a footer at the bottom
with the union's details, and the share control on a profile."""

import io

import cairosvg
import pytest
from PIL import Image
from playwright.sync_api import expect
from pyzbar.pyzbar import decode
from wagtail.models import Site

from exhibits.core import site_address
from exhibits.core.models import SiteSettings
from tests.browser.accessibility import blocking_violations, describe
from tests.browser.conftest import DEVICES
from tests.browser.helpers import path_of

PHONE = pytest.mark.parametrize("device", ["phone"], indirect=True)
DESKTOP = pytest.mark.parametrize("device", ["desktop"], indirect=True)
HEADER_MAX_PX = 120
# The placeholder fits when its text, typed into the box, needs no scrolling.
PLACEHOLDER_FITS = """(input) => {
    const placeholder = input.placeholder;
    input.value = placeholder;
    const measured = {scrollWidth: input.scrollWidth, clientWidth: input.clientWidth};
    input.value = "";
    return {placeholder, fits: measured.scrollWidth <= measured.clientWidth, ...measured};
}"""


def header_height(page):
    return page.locator(".site-header").bounding_box()["height"]


def footer_settings(**values):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for field, value in values.items():
        setattr(settings, field, value)
    settings.save()
    return settings


@PHONE
def test_phone_header_is_one_compact_bar_with_menu_and_search(exhibition, visit):
    page = visit(path_of(exhibition.honorees["王芳"]))
    header = page.locator(".site-header")

    assert header_height(page) <= HEADER_MAX_PX
    assert header.get_by_text("劳模风采").is_visible()
    nav_link = header.get_by_role("link", name="先进人物")
    box = page.get_by_role("combobox", name="搜索人物、事迹、雕塑和企业")
    assert not nav_link.is_visible() and not box.is_visible()

    header.get_by_role("button", name="搜索").click()
    assert box.is_visible() and box.evaluate("(el) => el === document.activeElement")
    assert header_height(page) <= HEADER_MAX_PX, "the bar with the search box open"
    fit = box.evaluate(PLACEHOLDER_FITS)
    assert fit["fits"], f"placeholder {fit['placeholder']!r} is cut off: {fit}"

    menu = header.get_by_role("button", name="菜单")
    menu.click()
    assert menu.get_attribute("aria-expanded") == "true"
    assert nav_link.is_visible() and not box.is_visible()  # one panel at a time
    page.keyboard.press("Escape")
    assert not nav_link.is_visible()
    assert menu.get_attribute("aria-expanded") == "false"

    menu.click()
    nav_link.click()
    page.wait_for_url(f"**{path_of(exhibition.honoree_index)}")


@DESKTOP
def test_desktop_header_shows_menu_and_search_on_one_line(exhibition, visit):
    page = visit("/")
    header = page.locator(".site-header")

    assert header_height(page) <= HEADER_MAX_PX
    assert header.get_by_role("link", name="先进人物").is_visible()
    box = page.get_by_role("combobox", name="搜索人物、事迹、雕塑和企业")
    assert box.is_visible()
    assert not header.get_by_role("button", name="菜单").is_visible()
    fit = box.evaluate(PLACEHOLDER_FITS)
    assert fit["fits"], f"placeholder {fit['placeholder']!r} is cut off: {fit}"


def test_without_javascript_the_phone_still_has_menu_search_and_qr_code(
    exhibition, browser, live_server
):
    context = browser.new_context(
        java_script_enabled=False, base_url=live_server.url, locale="zh-CN", **DEVICES["phone"]
    )
    try:
        page = context.new_page()
        page.goto(path_of(exhibition.honorees["王芳"]))
        header = page.locator(".site-header")

        assert header.get_by_role("link", name="先进人物").is_visible()
        assert header.get_by_role("searchbox").is_visible()
        assert not header.get_by_role("button", name="菜单").is_visible()
        share = page.locator("[data-share]")
        assert share.locator(".share__qr-image").is_visible()
        assert not share.get_by_role("button", name="复制链接").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("device", ["phone", "desktop"], indirect=True)
def test_footer_sits_at_the_bottom_of_a_short_page(home, page):
    page.goto("/no-such-page/")  # the 404 page: a heading and two lines

    sizes = page.evaluate(
        """() => ({
            footerBottom: document.querySelector(".site-footer").getBoundingClientRect().bottom,
            mainBottom: document.querySelector("main").getBoundingClientRect().bottom,
            viewport: window.innerHeight,
            page: document.documentElement.scrollHeight,
        })"""
    )
    assert sizes["page"] <= sizes["viewport"], f"the page is not short: {sizes}"
    assert abs(sizes["footerBottom"] - sizes["viewport"]) <= 1, sizes


@pytest.mark.parametrize("device", ["phone", "desktop"], indirect=True)
def test_footer_shows_what_the_settings_say_and_follows_an_edit(exhibition, page, visit):
    footer_settings(
        address="平顶山市新华区示例路8号",
        phone="0375-1111111",
        email="office@example.org",
        icp_record="豫ICP备12345678号-2",
        public_security_record="豫公网安备41040202000001号",
        links=[("link", {"title": "中华全国总工会", "url": "https://www.acftu.org/"})],
    )
    footer = visit("/").locator(".site-footer")

    assert footer.get_by_text("平顶山市新华区示例路8号").is_visible()
    assert footer.get_by_role("link", name="0375-1111111").get_attribute("href") == (
        "tel:0375-1111111"
    )
    icp = footer.get_by_role("link", name="豫ICP备12345678号-2")
    assert icp.is_visible() and icp.get_attribute("href") == "https://beian.miit.gov.cn/"
    police = footer.get_by_role("link", name="豫公网安备41040202000001号")
    assert police.get_attribute("href").startswith("https://beian.mps.gov.cn/")
    assert footer.get_by_role("link", name="中华全国总工会").is_visible()

    footer_settings(phone="0375-2222222", icp_record="豫ICP备87654321号-1")
    page.reload()

    assert footer.get_by_role("link", name="0375-2222222").is_visible()
    assert footer.get_by_role("link", name="豫ICP备87654321号-1").is_visible()
    assert footer.get_by_text("0375-1111111").count() == 0


@pytest.fixture
def served_site(home, live_server):
    """The Wagtail Site at the live server's address, as seed_demo sets it for `make run`."""
    site_address.configure(live_server.url)
    return live_server.url


def decoded_qr(svg):
    png = cairosvg.svg2png(bytestring=svg, output_width=600)
    (symbol,) = decode(Image.open(io.BytesIO(png)))
    return symbol.data.decode()


@pytest.mark.parametrize("device", ["phone", "desktop"], indirect=True)
def test_share_control_copies_the_link_and_shows_the_qr_code(exhibition, served_site, page, visit):
    wang_fang = exhibition.honorees["王芳"]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_site)
    share = visit(path_of(wang_fang)).locator("[data-share]")
    qr = share.locator(".share__qr-image")
    assert not qr.is_visible()

    share.get_by_role("button", name="复制链接").click()
    expect(share.get_by_role("status")).to_have_text("链接已复制，可以粘贴发给好友了")
    assert page.evaluate("navigator.clipboard.readText()") == f"{served_site}{path_of(wang_fang)}"

    share.get_by_role("button", name="二维码").click()
    assert qr.is_visible()
    page.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=qr.element_handle())
    link = decoded_qr(page.request.get(qr.get_attribute("src")).body())
    assert link == f"{served_site}/p/{wang_fang.pk}/"
    assert share.get_by_role("link", name=link.removeprefix("http://")).is_visible()

    page.goto(link)  # what the other phone opens
    assert page.get_by_role("heading", level=1).inner_text() == "王芳"


# Browsers without the Clipboard API (WeChat's, plain http): the link is copied from a
# selected text field; the copy event tells what was selected.
NO_CLIPBOARD_API = """
    Object.defineProperty(Navigator.prototype, "clipboard", {get: () => undefined});
    window.copied = [];
    document.addEventListener("copy", (event) => {
        const field = event.target;
        window.copied.push(field.value.slice(field.selectionStart, field.selectionEnd));
    });
"""


@PHONE
def test_share_control_copies_without_the_clipboard_api(exhibition, served_site, page, visit):
    page.add_init_script(NO_CLIPBOARD_API)
    wang_fang = exhibition.honorees["王芳"]
    share = visit(path_of(wang_fang)).locator("[data-share]")

    share.get_by_role("button", name="复制链接").click()

    expect(share.get_by_role("status")).to_have_text("链接已复制，可以粘贴发给好友了")
    assert page.evaluate("window.copied") == [f"{served_site}{path_of(wang_fang)}"]


@PHONE
def test_when_nothing_can_copy_the_link_is_shown_selected(exhibition, served_site, page, visit):
    page.add_init_script(NO_CLIPBOARD_API + "document.execCommand = () => false;")
    wang_fang = exhibition.honorees["王芳"]
    share = visit(path_of(wang_fang)).locator("[data-share]")

    share.get_by_role("button", name="复制链接").click()

    expect(share.get_by_role("status")).to_contain_text("手动复制")
    field = share.get_by_role("textbox")
    assert field.is_visible() and field.input_value() == f"{served_site}{path_of(wang_fang)}"
    assert field.evaluate(
        "(el) => el === document.activeElement && el.selectionEnd - el.selectionStart"
        " === el.value.length"
    )


@PHONE
def test_share_control_opens_the_share_sheet_where_there_is_one(exhibition, page, visit):
    page.add_init_script(
        "window.shared = []; navigator.share = async (data) => { window.shared.push(data); };"
    )
    wang_fang = exhibition.honorees["王芳"]
    share = visit(path_of(wang_fang)).locator("[data-share]")

    share.get_by_role("button", name="分享到…").click()

    page.wait_for_function("window.shared.length > 0")
    (shared,) = page.evaluate("window.shared")
    assert shared["title"] == "王芳"
    assert shared["url"].endswith(path_of(wang_fang))


def test_header_footer_and_share_control_pass_axe(exhibition, visit):
    footer_settings(icp_record="豫ICP备00000000号-1", address="平顶山市新华区示例路8号")
    page = visit(path_of(exhibition.honorees["王芳"]))
    page.locator("[data-share]").get_by_role("button", name="二维码").click()
    if page.locator(".site-header").get_by_role("button", name="菜单").is_visible():
        page.locator(".site-header").get_by_role("button", name="菜单").click()

    violations = blocking_violations(page)
    assert not violations, describe(violations)
