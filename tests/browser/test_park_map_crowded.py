"""A park full of sculptures on a phone and a desktop: markers never cover each other, the
plan zooms (pinch and buttons), clusters split as it does, a tap opens the card it was on."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import blocking_violations, describe
from tests.browser.helpers import path_of
from tests.park.factories import ParkPageFactory, SculpturePageFactory

# Twelve sculptures in a knot (a 4 × 3 grid, 8 map pixels apart on a 400 × 300 plan), a
# grid of others over the rest of the park, and two on one spot.
KNOT = [(0.60 + 0.02 * (n % 4), 0.62 + 0.027 * (n // 4)) for n in range(12)]
SPREAD = [
    (0.08 + 0.15 * col, 0.08 + 0.25 * row)
    for row in range(4)
    for col in range(6)
    if not (col == 4 and row in (2, 3))  # where the knot is
]
SAME_SPOT = [(0.93, 0.05), (0.93, 0.05)]
NAMED = {"knot": "密", "spread": "散", "same": "同"}

ITEMS_JS = """view => {
  const frame = view.getBoundingClientRect();
  return [...view.querySelectorAll('.park-map__marker, .park-map__cluster')].map(el => {
    const r = el.getBoundingClientRect();
    const cluster = el.classList.contains('park-map__cluster');
    const text = el.textContent.trim();
    return {
      cluster,
      name: text,
      members: cluster ? text.split('：')[1].split('、') : [text],
      left: r.left, top: r.top, right: r.right, bottom: r.bottom,
      x: r.left + r.width / 2, y: r.top + r.height / 2,
      seen: r.right > frame.left && r.left < frame.right
        && r.bottom > frame.top && r.top < frame.bottom,
    };
  });
}"""


@pytest.fixture
def crowded_park(home):
    park = ParkPageFactory(parent=home)
    spots = {"knot": KNOT, "spread": SPREAD, "same": SAME_SPOT}
    names = {}
    for group, places in spots.items():
        names[group] = []
        for n, (x, y) in enumerate(places):
            title = f"{NAMED[group]}{n + 1:02d}号雕塑"
            SculpturePageFactory(parent=park, title=title, map_x=x, map_y=y)
            names[group].append(title)
    names["all"] = names["knot"] + names["spread"] + names["same"]
    return park, names


def items(page):
    """The markers and clusters on the plan that can be seen (inside the map's frame)."""
    return [item for item in page.locator(".park-map__view").evaluate(ITEMS_JS) if item["seen"]]


def overlapping(shown):
    pairs = []
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            across = min(a["right"], b["right"]) - max(a["left"], b["left"])
            down = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if across > 0.5 and down > 0.5:
                pairs.append((a["name"], b["name"]))
    return pairs


def open_map(visit, park):
    page = visit(path_of(park))
    view = page.locator(".park-map__view")
    view.scroll_into_view_if_needed()
    expect(view.locator(".park-map__marker, .park-map__cluster").first).to_be_visible()
    return page


def tap(page, device, x, y):
    if device == "phone":
        page.touchscreen.tap(x, y)
    else:
        page.mouse.click(x, y)


def holding(shown, name):
    return next(item for item in shown if name in item["members"])


def settle(page):
    """Wait for a zoom to end: the plan's markers stop moving."""
    page.wait_for_function(
        """() => new Promise(done => {
          const boxes = () => [...document.querySelectorAll('.park-map__icon')]
            .map(el => el.getBoundingClientRect().x).join();
          const before = boxes();
          setTimeout(() => done(boxes() === before), 300);
        })"""
    )


def test_no_marker_or_cluster_covers_another_and_each_sculpture_shows_once(crowded_park, visit):
    park, names = crowded_park
    page = open_map(visit, park)

    shown = items(page)
    assert not overlapping(shown), overlapping(shown)
    assert sorted(m for item in shown for m in item["members"]) == sorted(names["all"])
    knot = holding(shown, names["knot"][0])
    assert knot["cluster"], "twelve sculptures a few pixels apart share a cluster"
    assert set(knot["members"]) >= set(names["knot"])
    violations = blocking_violations(page)
    assert not violations, describe(violations)


def test_zoom_buttons_and_a_tap_on_a_cluster_split_it_without_overlaps(crowded_park, visit, device):
    park, names = crowded_park
    page = open_map(visit, park)
    zoom_in = page.get_by_role("button", name="放大", exact=True)
    zoom_out = page.get_by_role("button", name="缩小", exact=True)
    expect(zoom_in).to_be_visible()
    expect(zoom_out).to_have_attribute("aria-disabled", "true")  # the whole park is in view

    zoom_in.click()
    settle(page)

    expect(zoom_out).to_have_attribute("aria-disabled", "false")
    knot = holding(items(page), names["knot"][0])
    tap(page, device, knot["x"], knot["y"])
    settle(page)

    shown = items(page)
    assert not overlapping(shown), overlapping(shown)
    knot_items = {item["name"] for item in shown if set(item["members"]) & set(names["knot"])}
    assert len(knot_items) > 1, f"the knot is still one cluster: {knot_items}"

    page.get_by_role("button", name="全园", exact=True).click()
    settle(page)
    assert holding(items(page), names["knot"][0])["cluster"], "back to the whole park"


def test_tapping_a_marker_opens_that_sculptures_card_and_no_other(crowded_park, visit, device):
    park, names = crowded_park
    page = open_map(visit, park)
    for _ in range(4):  # tap the knot's clusters until its sculptures stand apart
        clusters = [
            i for i in items(page) if i["cluster"] and set(i["members"]) & set(names["knot"])
        ]
        if not clusters:
            break
        tap(page, device, clusters[0]["x"], clusters[0]["y"])
        settle(page)

    # The knot's sculptures, now side by side, and any others in view.
    singles = [item["name"] for item in items(page) if not item["cluster"]]
    assert set(names["knot"]) <= set(singles), singles
    for name in singles:
        item = next(i for i in items(page) if i["name"] == name)
        tap(page, device, item["x"], item["y"])
        card = page.get_by_role("dialog")
        expect(card).to_be_visible()
        expect(card.locator("h3")).to_have_text(name)
        page.keyboard.press("Escape")
        expect(card).to_be_hidden()


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_pinching_the_plan_zooms_in_and_splits_clusters(crowded_park, visit):
    park, names = crowded_park
    page = open_map(visit, park)
    before = items(page)
    box = page.locator(".park-map__view").bounding_box()
    x, y = box["x"] + box["width"] * 0.65, box["y"] + box["height"] * 0.6

    cdp = page.context.new_cdp_session(page)

    def fingers(kind, spread):
        points = [{"x": x - spread, "y": y, "id": 0}, {"x": x + spread, "y": y, "id": 1}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    fingers("touchStart", 15)
    for step in range(1, 13):
        fingers("touchMove", 15 + step * 10)
        page.wait_for_timeout(16)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    settle(page)

    expect(page.get_by_role("button", name="缩小", exact=True)).to_have_attribute(
        "aria-disabled", "false"
    )
    after = items(page)
    assert not overlapping(after), overlapping(after)
    knot_before = [i for i in before if set(i["members"]) & set(names["knot"])]
    knot_after = [i for i in after if set(i["members"]) & set(names["knot"])]
    assert len(knot_after) > len(knot_before), (knot_before, knot_after)


def test_two_sculptures_on_one_spot_share_a_card_that_lists_both(crowded_park, visit, device):
    park, names = crowded_park
    page = open_map(visit, park)
    first, second = names["same"]
    card = page.get_by_role("dialog")
    for _ in range(6):  # each tap zooms in, until the deepest zoom, where it opens the card
        spot = holding(items(page), first)
        assert second in spot["members"], "two sculptures on one spot never separate"
        tap(page, device, spot["x"], spot["y"])
        settle(page)
        if card.is_visible():
            break
    expect(card).to_have_accessible_name("此处有 2 座雕塑")
    expect(card.locator("h4")).to_have_text([first, second])
    expect(card.get_by_role("link", name=re.compile("查看详情"))).to_have_count(2)


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_keyboard_enter_on_a_cluster_zooms_in_and_focus_moves_to_its_first_sculpture(
    crowded_park, visit
):
    park, names = crowded_park
    page = open_map(visit, park)
    cluster = page.locator(".park-map__cluster", has_text=names["knot"][0])
    cluster.focus()
    page.keyboard.press("Enter")
    settle(page)

    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert names["knot"][0] in focused, focused
    page.keyboard.press("Enter")
    expect(page.get_by_role("dialog")).to_be_visible()
