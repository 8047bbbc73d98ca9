// Which sculptures the park map shows as one marker at a zoom: pure, no DOM, no Leaflet.

/**
 * Merge points until no two shown items are closer than `gap` on both axes.
 *
 * A square icon of side `gap` or less centred on each item then never overlaps another:
 * two boxes overlap only when their centres are closer than a side on both x and y.
 * The closest pair is merged first, so a cluster holds neighbours, not a chain picked up
 * in list order; a merged group stands at its members' mean.
 *
 * @param {{id: string, x: number, y: number}[]} points in screen pixels at one zoom
 * @param {number} gap
 * @returns {{ids: string[], x: number, y: number}[]} in the order of their first member
 */
export function declutter(points, gap) {
  const groups = points.map((point, order) => ({
    ids: [point.id],
    order: [order],
    x: point.x,
    y: point.y,
  }));
  for (;;) {
    let closest = null;
    for (let i = 0; i < groups.length; i += 1) {
      for (let j = i + 1; j < groups.length; j += 1) {
        const d = separation(groups[i], groups[j]);
        if (d < gap && (closest === null || d < closest.d)) closest = { i, j, d };
      }
    }
    if (closest === null) break;
    const a = groups[closest.i];
    const b = groups.splice(closest.j, 1)[0];
    const n = a.ids.length + b.ids.length;
    a.x = (a.x * a.ids.length + b.x * b.ids.length) / n;
    a.y = (a.y * a.ids.length + b.y * b.ids.length) / n;
    const members = a.order.map((o, k) => [o, a.ids[k]]).concat(b.order.map((o, k) => [o, b.ids[k]]));
    members.sort((m, k) => m[0] - k[0]);
    a.order = members.map((m) => m[0]);
    a.ids = members.map((m) => m[1]);
  }
  groups.sort((a, b) => a.order[0] - b.order[0]);
  return groups.map(({ ids, x, y }) => ({ ids, x, y }));
}

/** The larger of the horizontal and vertical distance (Chebyshev), in pixels. */
export function separation(a, b) {
  return Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
}
