import assert from "node:assert/strict";
import { test } from "node:test";

import { campaignOn, localDay, slidesKey, slidesOn } from "../../static/kiosks/js/core/attract.js";

const own = [{ kind: "slide", title: "劳动最光荣" }];
const content = {
  attract: own,
  campaigns: [
    {
      id: 7,
      start: "2026-05-01",
      end: "2026-05-31",
      attract: [{ kind: "slide", title: "中国梦·劳动美" }],
      days: { "2026-05-01": { kind: "honoree", honoree: 1, title: "王芳", today: true } },
    },
  ],
};

test("the kiosk reads the date by its own clock", () => {
  assert.equal(localDay(new Date(2026, 4, 1, 0, 1)), "2026-05-01");
  assert.equal(localDay(new Date(2026, 3, 30, 23, 59)), "2026-04-30");
});

test("before a campaign the kiosk plays its own playlist", () => {
  assert.equal(campaignOn(content, "2026-04-30"), null);
  assert.deepEqual(slidesOn(content, "2026-04-30"), own);
  assert.equal(slidesKey(content, "2026-04-30"), "");
});

test("on the campaign's first day it plays today's honoree, then the campaign's slides", () => {
  const slides = slidesOn(content, "2026-05-01");
  assert.deepEqual(
    slides.map((s) => s.title),
    ["王芳", "中国梦·劳动美"],
  );
  assert.equal(slidesKey(content, "2026-05-01"), "7:2026-05-01");
});

test("a day without a scheduled person plays the campaign's slides", () => {
  assert.deepEqual(
    slidesOn(content, "2026-05-31").map((s) => s.title),
    ["中国梦·劳动美"],
  );
  assert.notEqual(slidesKey(content, "2026-05-31"), slidesKey(content, "2026-05-30"));
});

test("after the campaign, and with no campaigns at all, the kiosk's own playlist is back", () => {
  assert.deepEqual(slidesOn(content, "2026-06-01"), own);
  assert.deepEqual(slidesOn({ attract: own }, "2026-05-01"), own);
});

test("a campaign with no slides at all leaves the kiosk's own playlist", () => {
  const empty = { attract: own, campaigns: [{ id: 1, start: "2026-05-01", end: "2026-05-02", attract: [], days: {} }] };
  assert.deepEqual(slidesOn(empty, "2026-05-01"), own);
});
