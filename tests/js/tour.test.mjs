import assert from "node:assert/strict";
import { test } from "node:test";

import { buildIndex } from "../../static/kiosks/js/core/browse.js";
import { mapPins, mapZones, sculptureOf, tourGroups, tourIds, tourTitle } from "../../static/kiosks/js/core/tour.js";
import { content } from "./content.mjs";

const titles = (groups) => groups.map((g) => [g.label, g.sculptures.map((s) => s.title)]);

test("the tour by zone follows the park's zones, then 其他 for sculptures in none", () => {
  const groups = tourGroups(content(), "zone");
  assert.deepEqual(titles(groups), [
    ["劳模广场", ["李伟塑像"]],
    ["东区", ["群像"]],
    ["其他", ["王芳塑像"]],
  ]);
  assert.equal(groups[0].note, "园区中心");
});

test("a zone the park no longer has counts as 其他, and an empty zone is left out", () => {
  const data = content();
  data.sculptures[2].zone = "旧区";
  data.zones.push({ name: "空区", description: "" });
  assert.deepEqual(titles(tourGroups(data, "zone")), [
    ["劳模广场", ["李伟塑像"]],
    ["其他", ["王芳塑像", "群像"]],
  ]);
});

test("the tour by year runs newest first, each year's sculptures in the park's zone order", () => {
  const data = content();
  // Listed 东区 first: the zone order, not the list order, decides within a year.
  data.sculptures.reverse();
  assert.deepEqual(titles(tourGroups(data, "year")), [
    ["2022年入园", ["王芳塑像"]],
    ["2019年入园", ["李伟塑像", "群像"]],
  ]);
});

test("one zone of the tour, and the order the sculpture pager walks", () => {
  const data = content();
  assert.deepEqual(titles(tourGroups(data, "zone", "东区")), [["东区", ["群像"]]]);
  assert.deepEqual(tourIds(tourGroups(data, "zone")), [32, 31, 30]);
  assert.deepEqual(tourIds(tourGroups(data, "year")), [30, 32, 31]);
  assert.equal(tourTitle({ view: "tour", by: "zone", zone: "东区" }), "东区");
  assert.equal(tourTitle({ view: "tour", by: "year", zone: null }), "雕塑导览");
});

test("content without zones or sculptures gives an empty tour rather than failing", () => {
  const data = content();
  delete data.zones;
  assert.deepEqual(titles(tourGroups(data, "zone")), [["其他", ["王芳塑像", "李伟塑像", "群像"]]]);
  assert.deepEqual(tourGroups({ kiosk: {} }, "year"), []);
  assert.deepEqual(mapPins({}), []);
});

test("the map shows the placed sculptures and counts each zone's", () => {
  const data = content();
  assert.deepEqual(mapPins(data).map((s) => s.id), [30, 32]);
  assert.deepEqual(mapZones(data), [
    { name: "劳模广场", note: "园区中心", count: 1 },
    { name: "东区", note: "湖边", count: 1 },
    { name: "其他", note: "", count: 1 },
  ]);
});

test("a sculpture's view names its people and its neighbours in the tour", () => {
  const data = content();
  const index = buildIndex(data);
  const ids = tourIds(tourGroups(data, "zone"));
  const group = sculptureOf(data, index, { view: "sculpture", id: 31, ids });
  assert.deepEqual(group.people.map((p) => p.name), ["李伟", "王芳"]);
  assert.deepEqual([group.prev.title, group.next.title, group.position], ["李伟塑像", "王芳塑像", 1]);
  assert.deepEqual(group.placed, []);
  const alone = sculptureOf(data, index, { view: "sculpture", id: 30 });
  assert.deepEqual([alone.ids, alone.prev, alone.next, alone.placed.length], [[30], null, null, 1]);
  assert.equal(sculptureOf(data, index, { view: "sculpture", id: 999 }), null);
});
