import assert from "node:assert/strict";
import { test } from "node:test";

import { Trail, pressed, stepRoute, swipeStep } from "../../static/kiosks/js/core/routes.js";
import { content } from "./content.mjs";

test("a fresh trail starts at the browse home, with a touched person over it", () => {
  const trail = new Trail();
  assert.deepEqual(trail.start(), { view: "home" });
  assert.equal(trail.length, 1);
  const person = { view: "detail", id: 102, ids: [102] };
  assert.equal(trail.start(person), person);
  assert.equal(trail.length, 2);
  assert.deepEqual(trail.back(), { view: "home" });
});

test("back walks the trail and runs out at its first view", () => {
  const trail = new Trail();
  trail.start();
  trail.push({ view: "facet", facet: "title" });
  trail.push({ view: "list", facet: "title", value: 1 });
  assert.deepEqual(trail.back(), { view: "facet", facet: "title" });
  assert.deepEqual(trail.back(), { view: "home" });
  assert.equal(trail.back(), null);
  assert.equal(trail.length, 1);
});

test("replace swaps the current view, so back skips it", () => {
  const trail = new Trail();
  trail.start();
  trail.push({ view: "list", facet: "letter", value: "C" });
  trail.replace({ view: "list", facet: "letter", value: "W" });
  assert.deepEqual(trail.current, { view: "list", facet: "letter", value: "W" });
  assert.deepEqual(trail.back(), { view: "home" });
  trail.clear();
  assert.equal(trail.current, null);
});

test("buttons lead where their data attributes say", () => {
  const data = content();
  assert.deepEqual(pressed({ action: "back" }, null, data), { back: true });
  assert.deepEqual(pressed({ action: "home" }, null, data), { home: true });
  assert.deepEqual(pressed({ facet: "title" }, null, data), { show: { view: "facet", facet: "title" } });
  assert.deepEqual(pressed({ facet: "all" }, null, data), { show: { view: "list", facet: "all" } });
  // The letter strip opens at the first person's letter.
  assert.deepEqual(pressed({ facet: "letter" }, null, data), { show: { view: "list", facet: "letter", value: "C" } });
  assert.deepEqual(pressed({ letter: "W" }, null, data), {
    show: { view: "list", facet: "letter", value: "W" },
    replace: true,
  });
  assert.deepEqual(pressed({ step: "-1" }, null, data), { step: -1 });
  assert.equal(pressed({}, null, data), null);
});

test("an option's value is a number when it is made of digits (ids, years)", () => {
  assert.deepEqual(pressed({ list: "year", value: "2019" }, null, content()).show, {
    view: "list",
    facet: "year",
    value: 2019,
  });
  assert.equal(pressed({ list: "title", value: "x1" }, null, content()).show.value, "x1");
});

test("a card keeps its list for paging; a person mentioned in a story opens alone", () => {
  const list = { view: "list", facet: "all", ids: [100, 101, 102] };
  assert.deepEqual(pressed({ person: "101", position: "1" }, list, content()).show, {
    view: "detail",
    id: 101,
    ids: [100, 101, 102],
  });
  const detail = { view: "detail", id: 102, ids: [100, 101, 102] };
  assert.deepEqual(pressed({ person: "101", mention: "1" }, detail, content()).show.ids, [101]);
  assert.deepEqual(pressed({ person: "101" }, null, content()).show.ids, [101]);
});

test("stepping goes to the neighbour in the list and stops at either end", () => {
  const route = { view: "detail", id: 101, ids: [100, 101, 102] };
  assert.deepEqual(stepRoute(route, 1), { view: "detail", id: 102, ids: route.ids });
  assert.deepEqual(stepRoute(route, -1), { view: "detail", id: 100, ids: route.ids });
  assert.equal(stepRoute({ ...route, id: 102 }, 1), null);
  assert.equal(stepRoute({ ...route, id: 100 }, -1), null);
  assert.equal(stepRoute({ view: "list", facet: "all", ids: route.ids }, 1), null);
  assert.equal(stepRoute(null, 1), null);
});

test("the park's entries open the map and the tour; a zone opens its part of the tour", () => {
  const data = content();
  assert.deepEqual(pressed({ park: "map" }, null, data), { show: { view: "map" } });
  assert.deepEqual(pressed({ park: "tour" }, null, data), { show: { view: "tour", by: "zone", zone: null } });
  assert.deepEqual(pressed({ zone: "东区" }, { view: "map" }, data), {
    show: { view: "tour", by: "zone", zone: "东区" },
  });
  // Another order replaces the tour on screen and keeps its zone.
  const tour = { view: "tour", by: "zone", zone: null, ids: [32, 31, 30] };
  assert.deepEqual(pressed({ tourBy: "year" }, tour, data), {
    show: { view: "tour", by: "year", zone: null },
    replace: true,
  });
});

test("a sculpture from the tour keeps the tour for paging; one from a person's view opens alone", () => {
  const tour = { view: "tour", by: "zone", zone: null, ids: [32, 31, 30] };
  assert.deepEqual(pressed({ sculpture: "31" }, tour, content()).show, { view: "sculpture", id: 31, ids: [32, 31, 30] });
  const detail = { view: "detail", id: 102, ids: [100, 101, 102] };
  assert.deepEqual(pressed({ sculpture: "30", alone: "1" }, detail, content()).show.ids, [30]);
  // The person a sculpture depicts opens alone, not paged through the tour's sculptures.
  const sculpture = { view: "sculpture", id: 31, ids: [32, 31, 30] };
  assert.deepEqual(pressed({ person: "101", alone: "1" }, sculpture, content()).show, { view: "detail", id: 101, ids: [101] });
  assert.deepEqual(stepRoute(sculpture, 1), { view: "sculpture", id: 30, ids: sculpture.ids });
  assert.equal(stepRoute({ view: "tour", ids: sculpture.ids, id: 31 }, 1), null);
});

test("a swipe to the left goes on, to the right goes back; short or slanted ones do nothing", () => {
  assert.equal(swipeStep(-200, 10), 1);
  assert.equal(swipeStep(200, -10), -1);
  assert.equal(swipeStep(80, 0), 0);
  assert.equal(swipeStep(81, 0), -1);
  assert.equal(swipeStep(150, 100), 0);
});
