// What the browse views show, worked out from the content document: no DOM, no browser.

export const FACETS = [
  { key: "title", label: "按荣誉称号", hint: "劳动模范、大工匠、最美职工……" },
  { key: "county", label: "按县（市、区）", hint: "人物所在的县（市、区）" },
  { key: "enterprise", label: "按企业", hint: "人物所在的企业" },
  { key: "year", label: "按入园年份", hint: "雕塑落成入园的年份" },
  { key: "letter", label: "按姓氏拼音", hint: "A—Z 字母" },
  { key: "all", label: "全部人物", hint: "按姓氏拼音排列" },
];


/** Lookups by id into the content document. */
export function buildIndex(content) {
  const byKey = (items) => new Map(items.map((item) => [item.id, item]));
  return {
    byId: byKey(content.honorees),
    sculptures: byKey(content.sculptures),
    titles: byKey(content.titles),
    counties: byKey(content.counties),
    enterprises: byKey(content.enterprises),
  };
}

/** The ids of the people one option of a facet holds, as the server listed them (by pinyin). */
export function members(content, facet, value) {
  return content.facets?.[facet]?.[value] ?? [];
}

/** The options of a facet that hold anybody: value, label, an optional note and the count. */
export function facetOptions(content, facet) {
  const option = (value, label, note) => ({ value, label, note, count: members(content, facet, value).length });
  let options = [];
  if (facet === "title") options = content.titles.map((t) => option(t.id, t.name, t.level_name));
  else if (facet === "county") options = content.counties.map((c) => option(c.id, c.name));
  else if (facet === "enterprise") options = content.enterprises.map((e) => option(e.id, e.name));
  else if (facet === "year") options = content.years.map((y) => option(y, `${y}年`));
  return options.filter((o) => o.count > 0);
}

/** The people a list route shows, in order. */
export function listPeople(content, index, route) {
  switch (route.facet) {
    case "title":
    case "county":
    case "enterprise":
    case "year":
      return members(content, route.facet, route.value).map((id) => index.byId.get(id)).filter(Boolean);
    case "letter":
      return content.honorees.filter((h) => h.initial === route.value);
    default:
      return content.honorees;
  }
}

/** The heading of a list route. */
export function listTitle(index, route) {
  const { facet, value } = route;
  if (facet === "title") return index.titles.get(value)?.name;
  if (facet === "county") return index.counties.get(value)?.name;
  if (facet === "enterprise") return index.enterprises.get(value)?.name;
  if (facet === "year") return `${value}年入园`;
  if (facet === "letter") return `姓氏拼音 ${value}`;
  return "全部人物";
}

/**
 * The letter strip: only the letters somebody's surname starts with, A to Z, and which is
 * current. Mandarin syllables never begin with I, U or V, so a full alphabet would offer
 * keys that lead nowhere.
 */
export function letterStrip(content, current) {
  const present = [...new Set(content.honorees.map((h) => h.initial))].filter((l) => /^[A-Z]$/.test(l));
  return present.sort().map((letter) => ({ letter, current: letter === current }));
}

/** The letter the strip opens at: the first person's (the list runs by pinyin). */
export function firstLetter(content) {
  return content.honorees[0]?.initial ?? "A";
}

/** Everything the detail view of a person shows; null when the person is no longer there. */
export function detailOf(content, index, route) {
  const person = index.byId.get(route.id);
  if (!person) return null;
  const ids = route.ids || [person.id];
  const position = ids.indexOf(person.id);
  const sculptures = person.sculptures.map((id) => index.sculptures.get(id)).filter(Boolean);
  return {
    person,
    ids,
    position,
    prev: position > 0 ? index.byId.get(ids[position - 1]) : null,
    next: position >= 0 && position < ids.length - 1 ? index.byId.get(ids[position + 1]) : null,
    county: (person.county && index.counties.get(person.county)) || null,
    mentions: person.mentions.map((id) => index.byId.get(id)).filter(Boolean),
    sculptures,
    // Only sculptures placed on the map get a pin; the map only shows with a pin on it.
    placed: sculptures.filter((s) => s.x !== null && s.y !== null),
    map: content.map,
    here: content.kiosk.here,
  };
}
