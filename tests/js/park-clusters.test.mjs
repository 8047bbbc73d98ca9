import assert from "node:assert/strict";
import { test } from "node:test";

import { declutter, separation } from "../../static/park/js/core/clusters.js";

const GAP = 52;

function noTwoCloser(groups, gap) {
  for (let i = 0; i < groups.length; i += 1) {
    for (let j = i + 1; j < groups.length; j += 1) {
      assert.ok(separation(groups[i], groups[j]) >= gap, `${groups[i].ids} and ${groups[j].ids}`);
    }
  }
}

test("points far enough apart each stay a marker of their own, where they are", () => {
  const points = [
    { id: "a", x: 0, y: 0 },
    { id: "b", x: 60, y: 0 },
    { id: "c", x: 0, y: 60 },
  ];
  assert.deepEqual(declutter(points, GAP), [
    { ids: ["a"], x: 0, y: 0 },
    { ids: ["b"], x: 60, y: 0 },
    { ids: ["c"], x: 0, y: 60 },
  ]);
});

test("points close on both axes merge into one cluster at their mean", () => {
  const groups = declutter(
    [
      { id: "a", x: 100, y: 100 },
      { id: "b", x: 130, y: 120 },
    ],
    GAP,
  );
  assert.deepEqual(groups, [{ ids: ["a", "b"], x: 115, y: 110 }]);
});

test("diagonal neighbours merge: their square icons would overlap though the centres are a gap apart", () => {
  const groups = declutter(
    [
      { id: "a", x: 0, y: 0 },
      { id: "b", x: 40, y: 40 }, // 56.6 px apart, but boxes of 52 px overlap
    ],
    GAP,
  );
  assert.equal(groups.length, 1);
});

test("a crowd of points ends with no two items closer than the gap, every point counted once", () => {
  const points = [];
  for (let n = 0; n < 40; n += 1) {
    points.push({ id: `s${n}`, x: (n * 37) % 200, y: (n * 53) % 170 });
  }
  const groups = declutter(points, GAP);
  noTwoCloser(groups, GAP);
  const ids = groups.flatMap((group) => group.ids).sort();
  assert.deepEqual(ids, points.map((point) => point.id).sort());
});

test("the closest pair merges first, so a point joins its nearer neighbour", () => {
  const groups = declutter(
    [
      { id: "left", x: 0, y: 0 },
      { id: "middle", x: 45, y: 0 },
      { id: "right", x: 75, y: 0 },
      { id: "far", x: 400, y: 0 },
    ],
    GAP,
  );
  // middle–right (30 px) merge before left–middle (45 px); their mean at 60 is then 60 px
  // from left, so left stays alone.
  assert.deepEqual(
    groups.map((group) => group.ids),
    [["left"], ["middle", "right"], ["far"]],
  );
});

test("zoomed in (points further apart), a cluster splits", () => {
  const spots = [
    { id: "a", x: 10, y: 10 },
    { id: "b", x: 30, y: 20 },
    { id: "c", x: 25, y: 40 },
  ];
  assert.equal(declutter(spots, GAP).length, 1);
  const zoomed = spots.map((p) => ({ ...p, x: p.x * 4, y: p.y * 4 }));
  assert.equal(declutter(zoomed, GAP).length, 3);
});
