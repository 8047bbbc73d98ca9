import assert from "node:assert/strict";
import { test } from "node:test";

import {
  filterQuery,
  filterUrl,
  sameList,
  staysOnList,
} from "../../static/js/core/filter-url.js";

test("a filter form asks only for what was chosen, from page one", () => {
  const entries = [
    ["title", ""],
    ["level", "city"],
    ["county", "3"],
    ["page", "4"],
    ["sort", "recent"],
  ];
  assert.equal(filterQuery(entries), "level=city&county=3&sort=recent");
  assert.equal(filterQuery([["level", "  "]]), "");
});

test("the address is the form's action with that query, no fragment", () => {
  assert.equal(
    filterUrl("http://x.test/honorees/#filters", [["level", "national"]]),
    "http://x.test/honorees/?level=national",
  );
  assert.equal(
    filterUrl("http://x.test/search/", [["q", "王芳"], ["type", "honoree"]]),
    "http://x.test/search/?q=%E7%8E%8B%E8%8A%B3&type=honoree",
  );
});

test("a fragment alone does not change the list; a filter or another page does", () => {
  assert.ok(sameList("http://x.test/honorees/?level=city#results", "http://x.test/honorees/?level=city"));
  assert.ok(!sameList("http://x.test/honorees/?level=city", "http://x.test/honorees/"));
  assert.ok(staysOnList("?county=2", "http://x.test/honorees/?level=city"));
  assert.ok(!staysOnList("/honorees/wang-fang/", "http://x.test/honorees/"));
  assert.ok(!staysOnList("http://elsewhere.test/honorees/", "http://x.test/honorees/"));
});
