import assert from "node:assert/strict";
import { test } from "node:test";

import { headline } from "../../static/kiosks/js/core/text.js";

const NBSP = "\u00a0";

test("a separator stays with the phrase before it, so no line starts with it", () => {
  assert.equal(headline("劳动最光荣 · 劳动者最伟大"), `劳动最光荣${NBSP}· 劳动者最伟大`);
  assert.equal(headline("欢迎来到劳模雕塑园  ·  轻触屏幕"), `欢迎来到劳模雕塑园${NBSP}· 轻触屏幕`);
  assert.equal(headline("王芳 — 全国劳模"), `王芳${NBSP}— 全国劳模`);
});

test("words and other spaces are left as they are", () => {
  assert.equal(headline(" 中国梦\n劳动美 "), "中国梦 劳动美");
  assert.equal(headline("2022-2025"), "2022-2025");
  assert.equal(headline("·开头"), "·开头");
  assert.equal(headline(undefined), "");
});
