import assert from "node:assert/strict";
import { test } from "node:test";

import { MAX_BATCHES, UsageCounts, dayOf } from "../../static/kiosks/js/core/usage.js";

/** Counts kept in memory, on a day the test sets, with ids b1, b2… */
function counts(day = "2026-05-01") {
  const store = { state: null, day, ids: 0 };
  const usage = new UsageCounts({
    load: () => (store.state ? structuredClone(store.state) : null),
    save: (state) => {
      store.state = structuredClone(state);
    },
    today: () => store.day,
    newId: () => `b${++store.ids}`,
  });
  return { usage, store };
}

test("a day is the local calendar date, zero-padded", () => {
  assert.equal(dayOf(new Date(2026, 4, 1, 23, 59)), "2026-05-01");
  assert.equal(dayOf(new Date(2026, 11, 31)), "2026-12-31");
});

test("sessions and views add up in today's batch", () => {
  const { usage, store } = counts();
  usage.session();
  usage.session();
  usage.view(102);
  usage.view(102);
  usage.view(7);
  assert.deepEqual(store.state, {
    pending: [],
    current: { id: "b1", day: "2026-05-01", sessions: 2, views: { 102: 2, 7: 1 } },
  });
});

test("a heartbeat takes today's batch with those waiting, and the acknowledged ones are forgotten", () => {
  const { usage, store } = counts();
  usage.session();
  const first = usage.takeBatches();
  assert.deepEqual(first.map((b) => [b.id, b.sessions]), [["b1", 1]]);
  // Not acknowledged (offline): it waits, and the next visit counts in a new batch.
  usage.session();
  usage.view(5);
  const second = usage.takeBatches();
  assert.deepEqual(second.map((b) => b.id), ["b1", "b2"]);
  usage.acknowledge(["b1"]);
  assert.deepEqual(store.state.pending.map((b) => b.id), ["b2"]);
  usage.acknowledge(["b2"]);
  assert.deepEqual(usage.takeBatches(), []);
});

test("nothing counted, nothing reported", () => {
  const { usage } = counts();
  assert.deepEqual(usage.takeBatches(), []);
  assert.deepEqual(usage.takeBatches(), []);
});

test("a new day starts a new batch and yesterday's waits to be reported", () => {
  const { usage, store } = counts("2026-05-01");
  usage.session();
  store.day = "2026-05-02";
  usage.view(3);
  assert.deepEqual(store.state.pending.map((b) => [b.day, b.sessions]), [["2026-05-01", 1]]);
  assert.deepEqual(store.state.current.day, "2026-05-02");
  assert.deepEqual(usage.takeBatches().map((b) => b.day), ["2026-05-01", "2026-05-02"]);
});

test("an empty batch from an earlier day is dropped, not reported", () => {
  const { usage, store } = counts("2026-05-01");
  usage.takeBatches(); // leaves an empty current batch for the 1st
  store.day = "2026-05-02";
  usage.session();
  assert.deepEqual(usage.takeBatches().map((b) => b.day), ["2026-05-02"]);
});

test("one heartbeat carries at most MAX_BATCHES batches", () => {
  const { usage, store } = counts();
  store.state = {
    pending: Array.from({ length: MAX_BATCHES + 20 }, (_, i) => ({ id: `old${i}`, day: "2026-04-01", sessions: 1, views: {} })),
    current: null,
  };
  assert.equal(usage.takeBatches().length, MAX_BATCHES);
});

test("counting goes on when the storage cannot be read", () => {
  const usage = new UsageCounts({ load: () => null, save() {}, today: () => "2026-05-01", newId: () => "x" });
  usage.session();
  assert.deepEqual(usage.takeBatches(), []); // saved nowhere: nothing to report
});
