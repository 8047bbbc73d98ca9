// The sculpture tour and the park map, worked out from the content document: no DOM.

export const TOUR_ORDERS = [
  { key: "zone", label: "按分区" },
  { key: "year", label: "按入园年份" },
];

const OTHER_ZONE = "其他";

/** The zones in the park's order, then 其他 for sculptures in none (or in one since removed). */
function zoneOrder(content) {
  const zones = (content.zones ?? []).map((z) => z.name);
  return { zones, rank: (name) => (zones.includes(name) ? zones.indexOf(name) : zones.length) };
}

/**
 * The tour's groups: by zone (in the park's order, each zone's sculptures newest first, as
 * the content lists them) or by year of entry (newest first, each year's in zone order).
 * A zone given keeps that zone only. Each group: { key, label, note, sculptures }.
 */
export function tourGroups(content, by = "zone", zone = null) {
  const sculptures = content.sculptures ?? [];
  const { zones, rank } = zoneOrder(content);
  if (by === "year") {
    const years = [...new Set(sculptures.map((s) => s.year))].sort((a, b) => b - a);
    return years.map((year) => ({
      key: String(year),
      label: `${year}年入园`,
      note: "",
      sculptures: sculptures
        .map((s, i) => [s, i])
        .filter(([s]) => s.year === year)
        .sort(([a, i], [b, j]) => rank(a.zone) - rank(b.zone) || i - j)
        .map(([s]) => s),
    }));
  }
  const described = new Map((content.zones ?? []).map((z) => [z.name, z.description]));
  const groups = [...zones, OTHER_ZONE].map((name) => ({
    key: name,
    label: name,
    note: described.get(name) ?? "",
    sculptures: sculptures.filter((s) => (zones.includes(s.zone) ? s.zone : OTHER_ZONE) === name),
  }));
  return groups.filter((g) => g.sculptures.length && (zone === null || g.key === zone));
}

/** The tour's sculptures one after another, as the pager and swipes walk them. */
export function tourIds(groups) {
  return groups.flatMap((g) => g.sculptures.map((s) => s.id));
}

/** The title of a tour route. */
export function tourTitle(route) {
  if (route.zone) return route.zone;
  return "雕塑导览";
}

/** The zones of the map view: each with how many sculptures stand in it, in the park's order. */
export function mapZones(content) {
  return tourGroups(content, "zone").map((g) => ({ name: g.key, note: g.note, count: g.sculptures.length }));
}

/** The pins of the park map: every sculpture placed on it. */
export function mapPins(content) {
  return (content.sculptures ?? []).filter((s) => s.x !== null && s.y !== null && s.x !== undefined);
}

/** Everything a sculpture's view shows; null when the sculpture is no longer there. */
export function sculptureOf(content, index, route) {
  const sculpture = index.sculptures.get(route.id);
  if (!sculpture) return null;
  const ids = route.ids || [sculpture.id];
  const position = ids.indexOf(sculpture.id);
  return {
    sculpture,
    people: sculpture.honorees.map((id) => index.byId.get(id)).filter(Boolean),
    ids,
    position,
    prev: position > 0 ? index.sculptures.get(ids[position - 1]) : null,
    next: position >= 0 && position < ids.length - 1 ? index.sculptures.get(ids[position + 1]) : null,
    placed: sculpture.x !== null && sculpture.y !== null ? [sculpture] : [],
    map: content.map,
    here: content.kiosk.here,
  };
}
