#!/usr/bin/env python
"""Kiosk benchmark: the park kiosk screen /kiosk/<slug>/ in headless Chromium.

Serves the seeded demo with gunicorn exactly as pages.py does (see _server.py), with
SERVE_MEDIA=1 so that the app serves the images. Before measuring it warms the server:
it builds every kiosk's content (making the renditions, caching the document) and then
asks for each kiosk's content.json once. Then, for each demo kiosk (park-gate
1920×1080, park-hall 1080×1920), in its own fresh browser context with a touch screen:

1. Cold load (empty caches): navigation start → the page's "kiosk-first-slide" mark,
   then wait until the precache is done (content.json stored in the Cache API cache
   `kiosk-<slug>-content`, holding every URL of content.assets).
2. Warm load: a new page in the same context (service worker installed, caches
   filled); first slide time again and every request that reached the server.
3. Touch response: a touch-screen tap sequence through the browse views, repeated
   --rounds times, timed two ways: the Event Timing API (input to next paint as the
   browser sees it; entries under 16 ms are not reported, shown as "<16") and the
   page's own performance.measure("kiosk-response"), from handler start to the frame
   after. Rounds start in turn with a tap on the cue (opens the browse home) and, once
   a person's slide is showing, a tap on its picture (opens that person). Before the
   rounds, one tap at the middle of the first attract slide shows what such a tap opens.

Bytes are counted on the server, from gunicorn's access log (response body bytes as
sent, so gzip-compressed where the response is; HTTP headers not included). That
counts the page, the service worker and the precache alike, and shows what a warm
load really asks of the server: a response from the Cache API or the browser's HTTP
cache never reaches it. The heartbeat POST is telemetry, not content: it is listed
but left out of "transferred".

Image sizes are read with Pillow from the rendition files in MEDIA_ROOT and compared
with the screen and with the box each image fills on screen during the touches.
It prints figures and whether each target is met; it always exits 0.

    .venv/bin/python benchmarks/kiosk.py [--rounds N] [--kiosk SLUG] [--database-url URL]
"""

import argparse
import contextlib
import json
import math
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlsplit

from _server import demo_site, fetch, log, manage, tail, versions
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
KIOSKS = {"park-gate": (1920, 1080), "park-hall": (1080, 1920)}
FIRST_SLIDE_TARGET_MS = 1500
TOUCH_TARGET_MS = 100
EVENT_THRESHOLD_MS = 16  # the smallest durationThreshold Event Timing accepts
ACCESS_LOG_FORMAT = "%(m)s\t%(U)s\t%(q)s\t%(s)s\t%(B)s\t%(M)s"
PRECACHE_TIMEOUT = 180
PAUSE_BETWEEN_TAPS = 0.3
INPUT_EVENTS = {"pointerdown", "pointerup", "click", "touchstart", "touchend"}
OVERSIZE = 1.5  # an image file this many times larger (per side) than shown is flagged

# Installed before the kiosk's own script: collects Event Timing entries and the buttons
# clicks reached (listening on window as they bubble up, so a click the kiosk swallows
# in its capture phase is not counted).
INIT_SCRIPT = """
(() => {
  const bench = (window.__kioskBench = { events: [], clicks: [], error: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.events.push({ name: e.name, startTime: e.startTime, duration: e.duration,
          processingStart: e.processingStart, processingEnd: e.processingEnd });
      }
    }).observe({ type: "event", durationThreshold: THRESHOLD, buffered: true });
  } catch (error) { bench.error = String(error); }
  window.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    let what = null;
    if (button) {
      const data = Object.entries(button.dataset).map(([k, v]) => `data-${k}=${v}`).join(" ");
      what = `${button.className} ${data} "${button.textContent.trim().slice(0, 20)}"`;
    }
    bench.clicks.push({ t: performance.now(), button: what });
  });
})();
""".replace("THRESHOLD", str(EVENT_THRESHOLD_MS))

TIMINGS_JS = """([contentUrl, imageUrl]) => {
  const nav = performance.getEntriesByType("navigation")[0];
  const mark = performance.getEntriesByName("kiosk-first-slide")[0];
  const received = (url) => {
    const entry = url && performance.getEntriesByName(new URL(url, location.href).href)[0];
    return entry ? entry.responseEnd : null;
  };
  return {
    firstSlide: mark ? mark.startTime : null,
    ttfb: nav ? nav.responseStart : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    shellFromWorker: nav ? nav.workerStart > 0 : false,
    contentReceived: received(contentUrl),
    imageReceived: received(imageUrl),
  };
}"""

PRECACHE_JS = """async ([cacheName, contentUrl, assets]) => {
  const cache = await caches.open(cacheName);
  const done = !!(await cache.match(contentUrl));
  const keys = new Set((await cache.keys()).map((request) => request.url));
  const missing = assets.filter((url) => !keys.has(new URL(url, location.href).href));
  return { done, missing, now: performance.now() };
}"""

RENDERER_JS = """() => {
  const gl = document.createElement("canvas").getContext("webgl");
  const info = gl && gl.getExtension("WEBGL_debug_renderer_info");
  return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : "unknown";
}"""

AFTER_FRAMES_JS = """() => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200))))"""

TAP_RESULT_JS = """(since) => {
  const bench = window.__kioskBench;
  const root = document.documentElement.dataset;
  return {
    measures: performance.getEntriesByName("kiosk-response")
      .filter((m) => m.startTime >= since).map((m) => m.duration),
    events: bench.events.filter((e) => e.startTime >= since),
    clicks: bench.clicks.filter((c) => c.t >= since),
    view: root.mode === "browse" ? `browse/${root.view}` : root.mode,
    images: [...document.images].filter((img) => img.complete && img.naturalWidth).map((img) => {
      const box = img.getBoundingClientRect();
      return { src: img.currentSrc, natural: [img.naturalWidth, img.naturalHeight],
        shown: [box.width, box.height] };
    }).filter((img) => img.shown[0] && img.shown[1]),
  };
}"""

# The touch sequence of one round: (label, selector, fallback selector). A round starts
# in attract mode with one of ATTRACT_TOUCHES, in turn: the cue opens the browse home,
# a person's slide opens that person. The two back taps lead back to the attract loop.
ATTRACT_TOUCHES = [
    ("attract: cue → home", "#start", None),
    ("attract: slide → person", ".k-slide.is-active .k-slide__frame", None),
]
TOUCHES = [
    ("home", "[data-action=home]", None),
    ("facet: title", "[data-facet=title]", None),
    ("first option", ".k-option", None),
    ("first card → detail", ".k-card", None),
    ("next person", "[data-step='1']:not([disabled])", None),
    ("home", "[data-action=home]", None),
    ("facet: letter", "[data-facet=letter]", None),
    ("letter", ".k-letter:not([disabled]):not(.is-current)", ".k-letter:not([disabled])"),
    ("back", "[data-action=back]", None),
    ("back → attract", "[data-action=back]", None),
]
PERSON_SLIDE = ".k-slide.is-active:is(.k-slide--honoree, .k-slide--sculpture)"


def percentile(values, fraction):
    """Nearest-rank percentile, as in pages.py."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))]


def kb(count):
    return f"{count / 1024:,.1f} KiB"


def verdict(ok):
    return "ok" if ok else "FAIL"


# --- the server's view ----------------------------------------------------------------


@dataclass
class Hit:
    method: str
    path: str
    query: str
    status: int
    bytes: int
    ms: int

    @property
    def url(self):
        return f"{self.path}?{self.query}" if self.query else self.path


class AccessLog:
    """gunicorn's access log, read from an offset: what reached the server since then."""

    def __init__(self, path):
        self.path = Path(path)

    def offset(self):
        return self.path.stat().st_size if self.path.exists() else 0

    def read(self, since):
        if not self.path.exists():
            return []
        with open(self.path, "rb") as file:
            file.seek(since)
            text = file.read().decode("utf-8", "replace")
        hits = []
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) != 6:
                continue
            method, path, query, status, size, ms = parts
            hits.append(
                Hit(method, path, query, int(status), int(size) if size.isdigit() else 0, int(ms))
            )
        return hits

    def settle(self, since, quiet=2.0, at_least=0.0, timeout=30.0):
        """The hits since `since`, once no new line has come for `quiet` seconds."""
        started = time.monotonic()
        count, changed = -1, started
        while time.monotonic() - started < timeout:
            hits = self.read(since)
            now = time.monotonic()
            if len(hits) != count:
                count, changed = len(hits), now
            elif now - changed >= quiet and now - started >= at_least:
                return hits
            time.sleep(0.2)
        return self.read(since)


@dataclass
class KioskUrls:
    slug: str

    @property
    def shell(self):
        return f"/kiosk/{self.slug}/"

    @property
    def content(self):
        return f"{self.shell}content.json"

    @property
    def version(self):
        return f"{self.shell}version.json"

    @property
    def heartbeat(self):
        return f"{self.shell}heartbeat/"

    @property
    def worker(self):
        return f"{self.shell}sw.js"

    def kind(self, hit):
        if hit.path == self.shell:
            return "shell"
        names = {
            self.content: "content.json",
            self.version: "version.json",
            self.heartbeat: "heartbeat",
            self.worker: "sw.js",
        }
        if hit.path in names:
            return names[hit.path]
        for prefix, kind in (
            ("/media/images/", "image rendition"),
            ("/media/original_images/", "ORIGINAL image"),
            ("/media/", "other media"),
            ("/static/", "static"),
            ("/qr/", "QR svg"),
        ):
            if hit.path.startswith(prefix):
                return kind
        return "other"


# Makes every rendition the kiosks name and caches their content documents (in Redis,
# shared with gunicorn). Done outside gunicorn: the first build resizes hundreds of
# images and can outlast a sync worker's 30 s timeout, which kills it mid-request.
BUILD_CONTENT = (
    "from exhibits.kiosks.content import cached_content; "
    "from exhibits.kiosks.models import KioskDisplay; "
    "[cached_content(kiosk) for kiosk in KioskDisplay.objects.filter(live=True)]"
)


def warm_server(port, slugs, workers):
    """Every kiosk's content once (renditions, cached content), then each URL per worker."""
    contents = {}
    for slug in slugs:
        urls = KioskUrls(slug)
        started = time.perf_counter()
        status, body, _ = fetch(port, urls.content)
        if status != 200:
            raise SystemExit(f"warm-up GET {urls.content} returned HTTP {status}: is it seeded?")
        contents[slug] = json.loads(body)
        elapsed = 1000 * (time.perf_counter() - started)
        log(f"warm-up GET {urls.content}: {len(body):,} bytes, {elapsed:.0f} ms")
        for _ in range(2 * workers):
            for path in (urls.shell, urls.content, urls.version, urls.worker):
                fetch(port, path)
    return contents


# --- images ---------------------------------------------------------------------------


def image_report(content, media_root, screen):
    from PIL import Image

    width, height = screen
    images = [url for url in content["assets"] if url.startswith("/media/")]
    originals = [url for url in images if url.startswith("/media/original_images/")]
    others = [url for url in content["assets"] if not url.startswith("/media/")]
    found = []
    for url in images:
        path = media_root / unquote(url.removeprefix("/media/"))
        try:
            with Image.open(path) as image:
                found.append((url, path.stat().st_size, image.width, image.height))
        except OSError:
            found.append((url, 0, 0, 0))
    too_big = [item for item in found if item[2] > width or item[3] > height]
    return {
        "count": len(images),
        "others": len(others),
        "originals": originals,
        "renditions": all(url.startswith("/media/images/") for url in images),
        "largest": max(found, key=lambda item: item[1], default=None),
        "max_width": max((item[2] for item in found), default=0),
        "max_height": max((item[3] for item in found), default=0),
        "total": sum(item[1] for item in found),
        "too_big": too_big,
        "missing_files": [item[0] for item in found if not item[1]],
    }


# --- one kiosk ------------------------------------------------------------------------


def renderer(browser):
    """The GL renderer the browser paints with (SwiftShader means software)."""
    page = browser.new_page()
    try:
        return page.evaluate(RENDERER_JS)
    finally:
        page.close()


def wait_ready(page, urls, content):
    page.wait_for_function("document.documentElement.dataset.ready === '1'", timeout=60_000)
    first_image = content["attract"][0]["image"] if content["attract"] else None
    return page.evaluate(TIMINGS_JS, [urls.content, first_image])


def cold_load(context, base, urls, content, access):
    page = context.new_page()
    since = access.offset()
    page.goto(base + urls.shell, wait_until="commit")
    timings = wait_ready(page, urls, content)
    cache_name = f"kiosk-{urls.slug}-content"
    deadline = time.monotonic() + PRECACHE_TIMEOUT
    while True:
        state = page.evaluate(PRECACHE_JS, [cache_name, urls.content, content["assets"]])
        if state["done"] or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    hits = access.settle(since)
    timings.update(
        precache_done=state["done"],
        precache_ms=state["now"],
        missing=state["missing"],
    )
    return page, timings, hits


def warm_load(context, page, base, urls, content, access):
    page.close()  # a reboot, not a second screen: no other kiosk page keeps running
    page = context.new_page()
    since = access.offset()
    page.goto(base + urls.shell, wait_until="commit")
    timings = wait_ready(page, urls, content)
    # The browser's service worker update check comes a moment after the navigation.
    hits = access.settle(since, quiet=2.0, at_least=5.0)
    return page, timings, hits


def tap(page, selector, fallback):
    locator = page.locator(selector)
    if not locator.count() and fallback:
        locator = page.locator(fallback)
    if not locator.count():
        return None
    target = locator.first
    target.scroll_into_view_if_needed(timeout=5_000)
    box = target.bounding_box()
    if box is None:
        return None
    since = page.evaluate("performance.now()")
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.evaluate(AFTER_FRAMES_JS)
    return page.evaluate(TAP_RESULT_JS, since)


def touch_rounds(page, urls, rounds, access):
    since = access.offset()
    results = defaultdict(list)  # (index, label) → tap results
    skipped = Counter()
    for round_number in range(rounds):
        page.wait_for_function("document.documentElement.dataset.mode === 'attract'")
        time.sleep(1.0)
        first = ATTRACT_TOUCHES[round_number % 2]
        if first is not ATTRACT_TOUCHES[0]:
            with contextlib.suppress(PlaywrightTimeout):  # the loop moves on every 8 s
                page.wait_for_selector(PERSON_SLIDE, timeout=30_000)
        for index, (label, selector, fallback) in enumerate([first, *TOUCHES]):
            result = tap(page, selector, fallback)
            if result is None:
                skipped[label] += 1
            else:
                results[(index, label)].append(result)
            time.sleep(PAUSE_BETWEEN_TAPS)
        log(f"touch round {round_number + 1}/{rounds} done")
    background = {"version.json", "heartbeat"}
    hits = [hit for hit in access.read(since) if urls.kind(hit) not in background]
    return results, skipped, hits


def worst_event(result):
    """The interaction's slowest event (input to next paint), None under the threshold."""
    events = [e for e in result["events"] if e["name"] in INPUT_EVENTS]
    return max(events, key=lambda e: e["duration"], default=None)


def ghost_click_probe(page, screen):
    """Tap the middle of the attract loop once: what did the tap open?

    Runs right after the warm load, while the loop shows its first slide. Leaves the
    kiosk back in attract mode.
    """
    page.wait_for_function("document.documentElement.dataset.mode === 'attract'")
    slide = page.evaluate("document.querySelector('.k-slide.is-active')?.className ?? ''")
    since = page.evaluate("performance.now()")
    page.touchscreen.tap(screen[0] / 2, screen[1] / 2)
    page.evaluate(AFTER_FRAMES_JS)
    result = page.evaluate(TAP_RESULT_JS, since)
    title = page.evaluate("document.getElementById('view-title').textContent")
    for _ in range(5):
        if page.evaluate("document.documentElement.dataset.mode") == "attract":
            break
        page.locator("[data-action=back]").tap()
        page.evaluate(AFTER_FRAMES_JS)
    return {
        "slide": slide.replace("k-slide ", "").replace(" is-active", ""),
        "view": result["view"],
        "title": title,
        "clicked": [c["button"] for c in result["clicks"] if c["button"]],
    }


def measure_kiosk(browser, port, slug, screen, content, access, media_root, rounds):
    urls = KioskUrls(slug)
    base = f"http://127.0.0.1:{port}"
    width, height = screen
    context = browser.new_context(
        viewport={"width": width, "height": height},
        screen={"width": width, "height": height},
        device_scale_factor=1,
        has_touch=True,
        service_workers="allow",
        locale="zh-CN",
    )
    context.add_init_script(INIT_SCRIPT)
    errors = []
    context.on("weberror", lambda error: errors.append(str(error.error)))
    context.on("console", lambda message: message.type == "error" and errors.append(message.text))
    try:
        load_before = os.getloadavg()[0]
        page, cold, cold_hits = cold_load(context, base, urls, content, access)
        log(f"{slug}: cold first slide {cold['firstSlide']:.0f} ms")
        page, warm, warm_hits = warm_load(context, page, base, urls, content, access)
        log(f"{slug}: warm first slide {warm['firstSlide']:.0f} ms")
        ghost = ghost_click_probe(page, screen)
        touches, skipped, touch_hits = touch_rounds(page, urls, rounds, access)
        observer_error = page.evaluate("window.__kioskBench.error")
        shown_version = page.evaluate("Number(document.documentElement.dataset.version)")
    finally:
        context.close()
    _, body, _ = fetch(port, urls.version)
    versions_seen = {content["version"], shown_version, json.loads(body)["version"]}
    return {
        "slug": slug,
        "screen": screen,
        "load_before": load_before,
        "cold": cold,
        "cold_hits": cold_hits,
        "warm": warm,
        "warm_hits": warm_hits,
        "touches": touches,
        "skipped": skipped,
        "touch_hits": touch_hits,
        "ghost": ghost,
        "versions": sorted(versions_seen),
        "observer_error": observer_error,
        "errors": errors,
        "images": image_report(content, media_root, screen),
        "urls": urls,
    }


# --- report ---------------------------------------------------------------------------


def table(headers, rows, indent="  "):
    widths = [max(len(headers[i]), *(len(row[i]) for row in rows)) for i in range(len(headers))]

    def line(cells):
        return indent + "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        )

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))


def print_hits_by_kind(urls, hits):
    kinds = defaultdict(lambda: [0, 0])
    for hit in hits:
        kinds[urls.kind(hit)][0] += 1
        kinds[urls.kind(hit)][1] += hit.bytes
    rows = [[kind, str(n), f"{size:,}"] for kind, (n, size) in sorted(kinds.items())]
    table(["kind", "requests", "body bytes"], rows, indent="    ")


def summarise_touches(touches):
    """Per-action rows plus every tap's Event Timing and kiosk-response figures."""
    rows, all_event, all_measure, below = [], [], [], 0
    for (_, label), results in sorted(touches.items()):
        worst = [worst_event(r) for r in results]
        below += worst.count(None)
        durations = [EVENT_THRESHOLD_MS if e is None else e["duration"] for e in worst]
        measures = [max(r["measures"]) for r in results if r["measures"]]
        all_event += durations
        all_measure += measures
        split = [
            (
                e["processingStart"] - e["startTime"],
                e["processingEnd"] - e["processingStart"],
                e["startTime"] + e["duration"] - e["processingEnd"],
            )
            for e in worst
            if e is not None
        ]
        parts = (
            "/".join(f"{percentile([s[i] for s in split], 0.5):.0f}" for i in range(3))
            if split
            else "-"
        )
        rows.append(
            [
                label,
                " ".join(sorted({r["view"] for r in results})),
                " ".join(
                    f"<{EVENT_THRESHOLD_MS}" if e is None else f"{e['duration']:.0f}" for e in worst
                ),
                parts,
                " ".join(f"{m:.0f}" for m in measures) or "-",
            ]
        )
    return rows, all_event, all_measure, below


def displayed_images(touches):
    """Each image seen on screen after a tap: (excess, src, natural size, shown size).

    excess is how many times more pixels per side the file has than the box it fills
    (the smaller of the two ratios, as object-fit: cover crops the other side).
    """
    shown = {}
    for results in touches.values():
        for result in results:
            for image in result["images"]:
                if urlsplit(image["src"]).path.endswith(".svg"):
                    continue  # vector: drawn at any size
                (nw, nh), (w, h) = image["natural"], image["shown"]
                excess = min(nw / w, nh / h)
                if image["src"] not in shown or excess > shown[image["src"]][0]:
                    shown[image["src"]] = (excess, image["src"], (nw, nh), (w, h))
    return shown


def steps(timings):
    """Where the time to the first slide went, from the page's own timings."""
    parts = [
        f"TTFB {timings['ttfb']:.0f}",
        f"DOMContentLoaded {timings['domContentLoaded']:.0f}",
    ]
    if timings["contentReceived"] is not None:
        parts.append(f"content.json in {timings['contentReceived']:.0f}")
    else:
        parts.append("content from the Cache API")
    if timings["imageReceived"] is not None:
        parts.append(f"first image in {timings['imageReceived']:.0f}")
    return ", ".join(parts) + " ms"


def print_kiosk(result, rounds):
    slug, (width, height) = result["slug"], result["screen"]
    urls = result["urls"]
    cold, warm = result["cold"], result["warm"]
    print()
    print(f"== {slug} ({width}×{height}) " + "=" * 50)
    print(f"  load average before: {result['load_before']:.2f}")
    if len(result["versions"]) > 1:
        print(
            "  WARNING: the content version changed during the measurement "
            f"({' → '.join(map(str, result['versions']))}): a publish, or a flushed cache; "
            "the loads below include rebuilding and downloading content.json"
        )

    print()
    print("  Cold load (fresh context, empty caches)")
    print(f"    first slide {cold['firstSlide']:.0f} ms after navigation start ({steps(cold)})")
    done = "done" if cold["precache_done"] else "NOT done"
    print(
        f"    precache {done} at {cold['precache_ms'] / 1000:.1f} s; "
        f"{len(cold['missing'])} asset(s) missing from the cache"
    )
    for url in cold["missing"][:5]:
        print(f"      missing: {url}")
    hits = result["cold_hits"]
    content_hits = [hit for hit in hits if urls.kind(hit) != "heartbeat"]
    telemetry = [hit for hit in hits if urls.kind(hit) == "heartbeat"]
    print(
        f"    transferred: {sum(h.bytes for h in content_hits):,} body bytes "
        f"({kb(sum(h.bytes for h in content_hits))}) in {len(content_hits)} requests; "
        f"telemetry: {len(telemetry)} heartbeat POST(s), "
        f"{sum(h.bytes for h in telemetry):,} bytes answered"
    )
    print_hits_by_kind(urls, hits)
    print("    largest responses:")
    for hit in sorted(content_hits, key=lambda h: -h.bytes)[:5]:
        print(f"      {hit.bytes:>9,}  {hit.status}  {unquote(hit.url)}")
    repeated = Counter(hit.url for hit in content_hits if hit.status == 200 and hit.method == "GET")
    again = {url: n for url, n in repeated.items() if n > 1}
    if again:
        wasted = sum(
            hit.bytes for url in again for hit in [h for h in content_hits if h.url == url][1:]
        )
        print(f"    fetched more than once: {len(again)} URL(s), {wasted:,} bytes again, e.g.")
        for url, n in sorted(again.items())[:5]:
            print(f"      {n}×  {unquote(url)}")
    else:
        print("    no URL was fetched twice")

    images = result["images"]
    print()
    print(
        f"  Images: {images['count']} image assets + {images['others']} other "
        f"(QR SVG) in content.assets, {images['total']:,} bytes on disk"
    )
    print(
        "    all under /media/images/ (renditions): "
        f"{'yes' if images['renditions'] else 'NO'}; originals: {len(images['originals'])}"
    )
    if images["largest"]:
        url, size, w, h = images["largest"]
        print(f"    largest: {size:,} bytes, {w}×{h}  {unquote(url)}")
    print(
        f"    max rendition size {images['max_width']}×{images['max_height']} px "
        f"(widest × tallest) vs screen {width}×{height}"
    )
    for url, _, w, h in images["too_big"][:5]:
        print(f"      larger than the screen: {w}×{h}  {unquote(url)}")
    for url in images["missing_files"][:5]:
        print(f"      not found in MEDIA_ROOT: {unquote(url)}")
    shown = displayed_images(result["touches"])
    oversized = sorted(
        (item for item in shown.values() if item[0] > OVERSIZE), key=lambda item: -item[0]
    )
    print(
        f"    shown during the touches: {len(shown)} raster images; {len(oversized)} have "
        f"more than {OVERSIZE}× the pixels (per side) they are shown at (DPR 1)"
    )
    for excess, src, natural, box in oversized[:5]:
        print(
            f"      {excess:.1f}×: {natural[0]}×{natural[1]} shown at "
            f"{box[0]:.0f}×{box[1]:.0f}  {unquote(urlsplit(src).path)}"
        )

    print()
    print("  Warm load (new page, same context: service worker and caches in place)")
    shell = "service worker" if warm["shellFromWorker"] else "network"
    print(
        f"    first slide {warm['firstSlide']:.0f} ms after navigation start "
        f"(shell from the {shell}; {steps(warm)})"
    )
    print("    requests that reached the server:")
    for hit in result["warm_hits"]:
        print(
            f"      {hit.method:<4} {hit.status}  {hit.bytes:>7,} bytes  {hit.ms:>4} ms  "
            f"{unquote(hit.url)}  [{urls.kind(hit)}]"
        )
    if not result["warm_hits"]:
        print("      (none)")
    warm_ok, transferred, unexpected = warm_check(urls, result["warm_hits"])
    names = (
        ", ".join(f"{urls.kind(h)} {h.status} ({h.bytes:,} B)" for h in transferred) or "nothing"
    )
    print(f"    warm load transfers: {names}")
    print(
        "    only the version check (+ 304 sw.js, heartbeat telemetry): "
        f"{verdict(warm_ok)}" + (f" — {len(unexpected)} other request(s)" if unexpected else "")
    )

    print()
    print(f"  Touch response ({rounds} rounds, touchscreen taps, ms)")
    rows, all_event, all_measure, below = summarise_touches(result["touches"])
    table(
        [
            "action",
            "view after",
            "Event Timing, per round",
            "delay/handler/paint p50",
            "kiosk-response, per round",
        ],
        rows,
        indent="    ",
    )
    for label, count in result["skipped"].items():
        print(f"    skipped {count}×: {label} (no such button on screen)")
    print(
        f"    Event Timing (input → next paint): p50 {percentile(all_event, 0.5):.0f}, "
        f"p95 {percentile(all_event, 0.95):.0f}, max {max(all_event, default=0):.0f} ms "
        f"over {len(all_event)} taps ({below} under {EVENT_THRESHOLD_MS} ms, "
        f"counted as {EVENT_THRESHOLD_MS})"
    )
    print(
        f"    kiosk-response (handler → frame after): p50 {percentile(all_measure, 0.5):.0f}, "
        f"p95 {percentile(all_measure, 0.95):.0f}, max {max(all_measure, default=0):.0f} ms "
        f"over {len(all_measure)} taps"
    )
    for label, *_ in ATTRACT_TOUCHES:
        attract = result["touches"].get((0, label), [])
        clicks = [c["button"] for r in attract for c in r["clicks"] if c["button"]]
        ghosts = [" ".join(button.split()) for button in clicks]
        if ghosts:
            print(
                f"    {label}: the tap's click also pressed a browse button in "
                f"{len(ghosts)}/{len(attract)} taps: {Counter(ghosts).most_common(1)[0][0]}"
            )
    ghost = result["ghost"]
    clicked = " ".join(ghost["clicked"][0].split()) if ghost["clicked"] else "no button"
    print(
        f"    a tap at the screen centre on the attract slide {ghost['slide']} opened "
        f"{ghost['view']} 「{ghost['title']}」; its click then pressed: {clicked}"
    )
    if result["touch_hits"]:
        print("    requests during the touches (besides version check/heartbeat):")
        for hit in result["touch_hits"][:10]:
            print(f"      {hit.method} {hit.status} {hit.bytes:,} B  {unquote(hit.url)}")
    else:
        print("    no request reached the server during the touches (besides version/heartbeat)")
    if result["observer_error"]:
        print(f"    Event Timing observer failed: {result['observer_error']}")
    for error in result["errors"][:5]:
        print(f"    page error: {error}")
    return {
        "first_cold": cold["firstSlide"],
        "first_warm": warm["firstSlide"],
        "touch_event_p95": percentile(all_event, 0.95),
        "touch_kiosk_p95": percentile(all_measure, 0.95),
        "warm_ok": warm_ok,
        "warm_bytes": sum(h.bytes for h in transferred),
        "renditions": images["renditions"],
        "fit": not images["too_big"],
        "precache": cold["precache_done"] and not cold["missing"],
        "ghost": result["ghost"],
    }


def warm_check(urls, hits):
    """Whether the warm load asked only for the version (plus 304 sw.js and telemetry)."""
    transferred = [hit for hit in hits if urls.kind(hit) != "heartbeat"]
    unexpected = [
        hit
        for hit in transferred
        if not (
            urls.kind(hit) == "version.json" or (urls.kind(hit) == "sw.js" and hit.status == 304)
        )
    ]
    return not unexpected, transferred, unexpected


def print_summary(figures, gl):
    slugs = list(figures)
    print()
    print("== Targets " + "=" * 60)

    def ms(value, target):
        return f"{value:.0f} ms {verdict(value < target)}"

    rows = [
        [f"first slide, cold < {FIRST_SLIDE_TARGET_MS} ms"]
        + [ms(figures[s]["first_cold"], FIRST_SLIDE_TARGET_MS) for s in slugs],
        [f"first slide, warm < {FIRST_SLIDE_TARGET_MS} ms"]
        + [ms(figures[s]["first_warm"], FIRST_SLIDE_TARGET_MS) for s in slugs],
        [f"touch p95 < {TOUCH_TARGET_MS} ms (Event Timing)"]
        + [ms(figures[s]["touch_event_p95"], TOUCH_TARGET_MS) for s in slugs],
        [f"touch p95 < {TOUCH_TARGET_MS} ms (kiosk-response)"]
        + [ms(figures[s]["touch_kiosk_p95"], TOUCH_TARGET_MS) for s in slugs],
        ["warm load: version check only (+304 sw.js, heartbeat)"]
        + [f"{figures[s]['warm_bytes']:,} B {verdict(figures[s]['warm_ok'])}" for s in slugs],
        ["images are renditions, not originals"]
        + [verdict(figures[s]["renditions"]) for s in slugs],
        ["images no larger than the screen"] + [verdict(figures[s]["fit"]) for s in slugs],
        ["precache holds every asset"] + [verdict(figures[s]["precache"]) for s in slugs],
    ]
    table(["target", *slugs], rows)
    if "SwiftShader" in gl:
        print(
            "  note: Event Timing runs to the next paint, here drawn in software (SwiftShader) "
            "on CPUs shared with the server; kiosk hardware with a GPU paints faster."
        )
    for slug in slugs:
        ghost = figures[slug]["ghost"]
        if ghost["clicked"]:
            print(
                f"  note: {slug}: a tap on the attract loop's centre went on to click "
                f"{' '.join(ghost['clicked'][0].split())} and opened 「{ghost['title']}」"
            )


# --- main -----------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--rounds", type=int, default=5, help="touch sequences per kiosk (default 5)")
    add("--kiosk", choices=sorted(KIOSKS), action="append", help="only this kiosk (repeatable)")
    add(
        "--database-url",
        help="PostgreSQL server URL: a fresh database is created there, then dropped "
        "(default: a temp SQLite file)",
    )
    add("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    args = parser.parse_args()
    if not 1 <= args.rounds <= 50:
        parser.error("--rounds must be between 1 and 50")
    if not 1 <= args.workers <= 32:
        parser.error("--workers must be between 1 and 32")
    return args


def main():
    args = parse_args()
    slugs = args.kiosk or list(KIOSKS)
    gunicorn_args = [
        # gunicorn's sendfile() path leaves %(B)s at 0: write files so their bytes count.
        "--no-sendfile",
        "--access-logfile",
        "{tmp}/access.log",
        "--access-logformat",
        ACCESS_LOG_FORMAT,
    ]
    with demo_site(args.database_url, args.workers, {"SERVE_MEDIA": "1"}, gunicorn_args) as site:
        manage(site.env, "shell", "-c", BUILD_CONTENT)
        contents = warm_server(site.port, slugs, site.workers)
        access = AccessLog(site.tmp / "access.log")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
            )
            try:
                results = [
                    measure_kiosk(
                        browser,
                        site.port,
                        slug,
                        KIOSKS[slug],
                        contents[slug],
                        access,
                        site.media_root,
                        args.rounds,
                    )
                    for slug in slugs
                ]
                chromium = browser.version
                gl = renderer(browser)
            finally:
                browser.close()

        cpus = os.cpu_count()
        print()
        print("Environment")
        environment = {
            "database": site.db_description,
            "CPUs": f"{cpus}; browser, gunicorn and the database share them",
            "gunicorn": f"{site.workers} sync workers on 127.0.0.1:{site.port}, SERVE_MEDIA=1",
            "settings": "siteconfig.settings.production, "
            f"cache in Redis ({site.env['REDIS_URL']}, BENCH_REDIS_URL)",
            "warm-up": "renditions made and content cached by manage.py shell, then GET "
            "content.json of each kiosk, and shell/content/version/sw.js twice per worker",
            "browser": f"headless Chromium {chromium} ({CHROMIUM}), touch screen, DPR 1",
            "GL": gl,
            "bytes": "response bodies counted from gunicorn's access log (page + service worker)",
            "Python": f"{sys.version.split()[0]}; {versions()}, "
            f"playwright {metadata.version('playwright')}",
        }
        width = max(len(key) for key in environment)
        for key, value in environment.items():
            print(f"  {key:<{width}}  {value}")

        figures = {r["slug"]: print_kiosk(r, args.rounds) for r in results}
        print_summary(figures, gl)

        errors_logged = site.errors_logged()
        if errors_logged:
            print(f"\ngunicorn log has {len(errors_logged)} error line(s); last lines:")
            print(tail(site.log_path, 30))


if __name__ == "__main__":
    main()
