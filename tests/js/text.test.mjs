import assert from "node:assert/strict";
import { test } from "node:test";

import { headline, phrases } from "../../static/kiosks/js/core/text.js";

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

test("a name breaks only between its place or issuer, its own words and its legal form", () => {
  assert.deepEqual(phrases("汝州市宏基建筑安装工程有限公司"), ["汝州市", "宏基建筑安装工程", "有限公司"]);
  assert.deepEqual(phrases("平顶山湛河热电有限公司"), ["平顶山", "湛河热电", "有限公司"]);
  assert.deepEqual(phrases("平顶山平煤神马集团"), ["平顶山", "平煤神马", "集团"]);
  assert.deepEqual(phrases("河南省五一劳动奖章"), ["河南省", "五一劳动奖章"]);
  assert.deepEqual(phrases("鹰城“最美职工”"), ["鹰城", "“最美职工”"]);
  assert.deepEqual(phrases("全国劳动模范"), ["全国", "劳动模范"]);
});

test("a short name, or one without a known place or form, stays one phrase", () => {
  assert.deepEqual(phrases("新华区"), ["新华区"]);
  assert.deepEqual(phrases("职工职业道德标兵"), ["职工职业道德标兵"]);
  assert.deepEqual(phrases("中原大工匠"), ["中原", "大工匠"]);
  assert.deepEqual(phrases("公司"), ["公司"]);
  assert.deepEqual(phrases(""), []);
  assert.deepEqual(phrases(null), []);
});
