import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";

import { IdleClock } from "../../static/kiosks/js/core/idle.js";

/** A clock whose time moves only when the test says so. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map();
  const add = (fn, ms, every) => {
    const id = next++;
    timers.set(id, { fn, at: now + ms, every });
    return id;
  };
  return {
    setTimeout: (fn, ms) => add(fn, ms, null),
    setInterval: (fn, ms) => add(fn, ms, ms),
    clearTimeout: (id) => timers.delete(id),
    clearInterval: (id) => timers.delete(id),
    pending: () => timers.size,
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        const [id, timer] = due;
        now = timer.at;
        if (timer.every) timer.at += timer.every;
        else timers.delete(id);
        timer.fn();
      }
      now = end;
    },
  };
}

let clock;
let events;
let idle;

beforeEach(() => {
  clock = fakeClock();
  events = [];
  idle = new IdleClock({
    seconds: () => ({ idle: 60, countdown: 3 }),
    on: {
      countdown: (left) => events.push(`countdown ${left}`),
      tick: (left) => events.push(`tick ${left}`),
      hide: () => events.push("hide"),
      expire: () => events.push("expire"),
    },
    clock,
  });
});

test("nothing happens in attract mode", () => {
  idle.activity();
  clock.advance(600_000);
  assert.deepEqual(events, []);
  assert.equal(clock.pending(), 0);
});

test("after the idle timeout a countdown runs, then the kiosk goes back to its loop", () => {
  idle.watch();
  clock.advance(59_999);
  assert.deepEqual(events, []);
  clock.advance(1);
  assert.deepEqual(events, ["countdown 3"]);
  assert.equal(idle.counting, true);
  clock.advance(3_000);
  assert.deepEqual(events, ["countdown 3", "tick 2", "tick 1", "tick 0", "hide", "expire"]);
  assert.equal(idle.counting, false);
  // Expired: no second countdown.
  clock.advance(600_000);
  assert.equal(events.length, 6);
  assert.equal(clock.pending(), 0);
});

test("any activity starts the quiet spell again", () => {
  idle.watch();
  clock.advance(50_000);
  idle.activity();
  clock.advance(50_000);
  assert.deepEqual(events, []);
  clock.advance(10_000);
  assert.deepEqual(events, ["countdown 3"]);
});

test("a touch during the countdown calls it off and keeps the visitor where they were", () => {
  idle.watch();
  clock.advance(61_000);
  assert.deepEqual(events, ["countdown 3", "tick 2"]);
  idle.activity();
  assert.deepEqual(events, ["countdown 3", "tick 2", "hide"]);
  clock.advance(59_000);
  assert.deepEqual(events.slice(3), []);
  clock.advance(1_000);
  assert.deepEqual(events.slice(3), ["countdown 3"]);
});

test("stopping (back in attract mode) ends the wait and any countdown", () => {
  idle.watch();
  clock.advance(60_000);
  idle.stop();
  assert.deepEqual(events, ["countdown 3", "hide"]);
  clock.advance(600_000);
  assert.equal(events.length, 2);
  idle.activity();
  clock.advance(600_000);
  assert.equal(events.length, 2);
});

test("the seconds in force are read each time (new content may change them)", () => {
  let seconds = { idle: 60, countdown: 3 };
  idle = new IdleClock({
    seconds: () => seconds,
    on: { countdown: (left) => events.push(`countdown ${left}`), tick() {}, hide() {}, expire() {} },
    clock,
  });
  idle.watch();
  seconds = { idle: 5, countdown: 9 };
  idle.activity();
  clock.advance(5_000);
  assert.deepEqual(events, ["countdown 9"]);
});
