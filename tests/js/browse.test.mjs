import assert from "node:assert/strict";
import { test } from "node:test";

import {
  FACETS,
  buildIndex,
  detailOf,
  facetOptions,
  firstLetter,
  letterStrip,
  listPeople,
  listTitle,
  members,
} from "../../static/kiosks/js/core/browse.js";
import { content } from "./content.mjs";

const names = (people) => people.map((p) => p.name);

test("the home offers the six ways to browse, in order", () => {
  assert.deepEqual(
    FACETS.map((f) => f.key),
    ["title", "county", "enterprise", "year", "letter", "all"],
  );
});

test("facet options count the members the server listed and leave out empty ones", () => {
  const data = content();
  assert.deepEqual(facetOptions(data, "title"), [
    { value: 1, label: "全国劳动模范", note: "全国级", count: 2 },
    { value: 2, label: "鹰城大工匠", note: "市级", count: 2 },
  ]);
  assert.deepEqual(
    facetOptions(data, "county").map((o) => [o.label, o.count]),
    [["新华区", 2], ["卫东区", 1]],
  );
  assert.deepEqual(
    facetOptions(data, "year").map((o) => [o.value, o.label, o.count]),
    [[2022, "2022年", 1], [2019, "2019年", 2]],
  );
});

test("facet counts come from the server's lists, not from the people's own fields", () => {
  const data = content();
  data.facets.enterprise[20] = [101];
  assert.deepEqual(facetOptions(data, "enterprise").map((o) => o.count), [1]);
  assert.deepEqual(listPeople(data, buildIndex(data), { facet: "enterprise", value: 20 }).map((p) => p.id), [101]);
});

test("content without facet lists offers nothing rather than failing", () => {
  const data = content();
  delete data.facets;
  assert.deepEqual(facetOptions(data, "title"), []);
  assert.deepEqual(members(data, "year", 2022), []);
});

test("a list shows the option's people in the server's order; unknown ids are skipped", () => {
  const data = content();
  data.facets.year[2019] = [102, 555, 101];
  const index = buildIndex(data);
  assert.deepEqual(names(listPeople(data, index, { facet: "title", value: 1 })), ["陈磊", "王芳"]);
  assert.deepEqual(names(listPeople(data, index, { facet: "year", value: 2019 })), ["王芳", "李伟"]);
  assert.deepEqual(names(listPeople(data, index, { facet: "letter", value: "L" })), ["李伟"]);
  assert.deepEqual(names(listPeople(data, index, { facet: "all" })), ["陈磊", "李伟", "王芳", "张秀英"]);
});

test("list titles name the option", () => {
  const data = content();
  const index = buildIndex(data);
  assert.equal(listTitle(index, { facet: "title", value: 2 }), "鹰城大工匠");
  assert.equal(listTitle(index, { facet: "county", value: 11 }), "卫东区");
  assert.equal(listTitle(index, { facet: "enterprise", value: 20 }), "平煤神马集团");
  assert.equal(listTitle(index, { facet: "year", value: 2019 }), "2019年入园");
  assert.equal(listTitle(index, { facet: "letter", value: "W" }), "姓氏拼音 W");
  assert.equal(listTitle(index, { facet: "all" }), "全部人物");
});

test("the letter strip offers only the letters somebody's surname starts with, A to Z", () => {
  const data = content();
  const strip = letterStrip(data, "W");
  assert.deepEqual(strip.map((l) => l.letter), ["C", "L", "W", "Z"]);
  assert.deepEqual(strip.filter((l) => l.current).map((l) => l.letter), ["W"]);
  assert.equal(firstLetter(data), "C");
  assert.equal(firstLetter({ honorees: [] }), "A");
});

test("the letter strip never offers I, U or V, and keeps out what is not a letter", () => {
  const data = content();
  // Out of order, and with a name pinyin cannot place (initial "#").
  data.honorees.push(
    { ...data.honorees[0], id: 200, name: "欧阳锋", initial: "O" },
    { ...data.honorees[0], id: 201, name: "㐀", initial: "#" },
    { ...data.honorees[0], id: 202, name: "安然", initial: "A" },
  );
  const letters = letterStrip(data, "A").map((l) => l.letter);
  assert.deepEqual(letters, ["A", "C", "L", "O", "W", "Z"]);
  for (const never of ["I", "U", "V", "#"]) assert.ok(!letters.includes(never));
});

test("a detail knows its neighbours in the list it came from", () => {
  const data = content();
  const index = buildIndex(data);
  const ids = [100, 101, 102];
  const middle = detailOf(data, index, { view: "detail", id: 101, ids });
  assert.equal(middle.position, 1);
  assert.deepEqual([middle.prev.name, middle.next.name], ["陈磊", "王芳"]);
  const first = detailOf(data, index, { view: "detail", id: 100, ids });
  assert.equal(first.prev, null);
  const last = detailOf(data, index, { view: "detail", id: 102, ids });
  assert.equal(last.next, null);
  const alone = detailOf(data, index, { view: "detail", id: 103 });
  assert.deepEqual([alone.ids, alone.prev, alone.next], [[103], null, null]);
});

test("a detail names the county, the people mentioned that are known, and the sculptures placed on the map", () => {
  const data = content();
  const detail = detailOf(data, buildIndex(data), { view: "detail", id: 102 });
  assert.equal(detail.county.name, "新华区");
  assert.deepEqual(names(detail.mentions), ["李伟"]);
  assert.deepEqual(detail.sculptures.map((s) => s.title), ["王芳塑像", "群像"]);
  assert.deepEqual(detail.placed.map((s) => s.title), ["王芳塑像"]);
  assert.deepEqual(detail.here, { x: 0.5, y: 0.9 });
});

test("a person no longer in the content has no detail", () => {
  const data = content();
  assert.equal(detailOf(data, buildIndex(data), { view: "detail", id: 999 }), null);
});
