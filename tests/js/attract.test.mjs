import assert from "node:assert/strict";
import { test } from "node:test";

import { SlideLoop, wakeRoute } from "../../static/kiosks/js/core/attract.js";
import { buildIndex } from "../../static/kiosks/js/core/browse.js";
import { content } from "./content.mjs";

test("the loop shows the slides in playlist order, round and round", () => {
  const loop = new SlideLoop(3);
  assert.equal(loop.index, -1);
  assert.deepEqual([loop.advance(), loop.advance(), loop.advance(), loop.advance()], [0, 1, 2, 0]);
  assert.equal(loop.moves, true);
});

test("back from browsing, the slide that was showing shows again", () => {
  const loop = new SlideLoop(3);
  loop.advance();
  loop.advance();
  assert.equal(loop.resume(), 1);
  assert.equal(loop.advance(), 2);
  assert.equal(new SlideLoop(3).resume(), 0);
});

test("a single slide stays and no slides show nothing", () => {
  const one = new SlideLoop(1);
  assert.equal(one.moves, false);
  assert.deepEqual([one.advance(), one.advance()], [0, 0]);
  const none = new SlideLoop(0);
  assert.deepEqual([none.advance(), none.resume(), none.moves], [-1, -1, false]);
});

test("touching a person's slide opens that person; other slides open the browse home", () => {
  const data = content();
  const index = buildIndex(data);
  assert.deepEqual(wakeRoute(data.attract[1], index), { view: "detail", id: 102, ids: [102] });
  assert.equal(wakeRoute(data.attract[0], index), null);
  // A sculpture whose person is not (or no longer) in the content.
  assert.equal(wakeRoute(data.attract[2], index), null);
  assert.equal(wakeRoute(undefined, index), null);
});
