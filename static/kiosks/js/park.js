// The park as DOM: its map with pins and 您在这里, the map view with the park's zones, the
// sculpture tour (by zone or by year) and a sculpture's own view with the people it depicts.

import { phrases } from "./core/text.js";
import { TOUR_ORDERS, mapPins, mapZones, tourGroups, tourTitle } from "./core/tour.js";
import { fragment, h, phrased, picture } from "./dom.js";

/**
 * The park map with a pin for each sculpture given and one for the kiosk itself; the
 * sculptures' pins carry their titles when `labelled`. Null without a map or a pin.
 */
export function parkMap(map, sculptures, here, labelled = false) {
  if (!map || !sculptures.length) return null;
  const pin = (kind, at, label) =>
    h(
      "span",
      { class: `k-pin k-pin--${kind}`, style: { left: `${at.x * 100}%`, top: `${at.y * 100}%` } },
      label && h("span", { class: "k-pin__label" }, label),
    );
  return h(
    "figure",
    { class: "k-map-figure" },
    h(
      "div",
      {
        class: "k-map",
        style: { aspectRatio: `${map.width}/${map.height}`, "--w": map.width, "--h": map.height },
      },
      picture(map, { alt: `劳模雕塑园平面图，标出了雕塑${here ? "和本展台" : ""}的位置` }),
      sculptures.map((s) => pin("sculpture", s, labelled && s.title)),
      here && pin("here", here, "您在这里"),
    ),
    h(
      "figcaption",
      { class: "k-map__legend" },
      h("span", { class: "k-legend k-legend--sculpture" }, "雕塑位置"),
      here && h("span", { class: "k-legend k-legend--here" }, "您在这里"),
    ),
  );
}

/** 园区地图: the whole park with every sculpture, and its zones to open in the tour. */
export function renderMap(content) {
  const zones = mapZones(content).map((zone) =>
    h(
      "button",
      { type: "button", class: "k-option k-option--zone", "data-zone": zone.name },
      h("span", { class: "k-option__label k-fit" }, zone.name),
      zone.note && h("span", { class: "k-option__note" }, zone.note),
      h("span", { class: "k-option__count" }, `${zone.count}座`),
    ),
  );
  return {
    title: "园区地图",
    view: fragment(
      h("h2", { class: "k-heading" }, "园区地图"),
      h(
        "div",
        { class: "k-park-map" },
        parkMap(content.map, mapPins(content), content.kiosk.here) ?? h("p", { class: "k-empty" }, "暂无地图"),
        zones.length > 0 &&
          h(
            "nav",
            { class: "k-zones", "aria-label": "园区分区" },
            h("p", { class: "k-zones__hint" }, "选择分区，看看那里的雕塑"),
            zones,
          ),
      ),
    ),
  };
}

/** 雕塑导览: the sculptures by zone or by year of entry, each opening its sculpture. */
export function renderTour(content, route, groups = tourGroups(content, route.by, route.zone)) {
  const orders = route.zone
    ? null
    : h(
        "nav",
        { class: "k-toggle", "aria-label": "排列方式" },
        TOUR_ORDERS.map((order) =>
          h(
            "button",
            {
              type: "button",
              class: order.key === route.by ? "k-toggle__button is-current" : "k-toggle__button",
              "data-tour-by": order.key,
              "aria-pressed": String(order.key === route.by),
            },
            order.label,
          ),
        ),
      );
  const sections = groups.map((group) =>
    h(
      "section",
      { class: "k-tour__group" },
      h(
        "h3",
        { class: "k-tour__heading" },
        h("span", { class: "k-fit" }, group.label),
        h("span", { class: "k-heading__count" }, ` ${group.sculptures.length}座`),
      ),
      group.note && h("p", { class: "k-tour__note" }, group.note),
      h("div", { class: "k-cards" }, group.sculptures.map((s) => sculptureCard(content, s))),
    ),
  );
  return {
    title: tourTitle(route),
    view: fragment(
      h("h2", { class: "k-heading k-fit" }, tourTitle(route)),
      orders,
      sections.length ? sections : h("p", { class: "k-empty" }, "暂无雕塑"),
    ),
  };
}

function sculptureCard(content, sculpture) {
  const names = sculpture.honorees
    .map((id) => content.honorees.find((p) => p.id === id)?.name)
    .filter(Boolean);
  return h(
    "button",
    { type: "button", class: "k-card k-card--sculpture", "data-sculpture": sculpture.id },
    sculpture.thumb
      ? picture(sculpture.thumb, { class: "k-card__image", alt: "", loading: "lazy" })
      : h("span", { class: "k-card__image k-card__image--none", "aria-hidden": "true" }),
    h(
      "span",
      { class: "k-card__text" },
      h("span", { class: "k-card__name k-fit" }, sculpture.title),
      h("span", { class: "k-card__title k-fit" }, names.join("、")),
    ),
  );
}

/** A sculpture: its photo, facts and inscription, the people it depicts, its place on the map. */
export function renderSculpture(found) {
  if (!found) return { view: fragment(h("p", { class: "k-empty" }, "该雕塑的资料已更新，请返回重新选择。")) };
  const { sculpture: s, people } = found;
  const fact = (term, value) => value && h("div", {}, h("dt", {}, term), h("dd", {}, value));
  const article = h(
    "article",
    { class: "k-sculpture", "data-sculpture-view": s.id },
    h(
      "div",
      { class: "k-sculpture__photo" },
      s.photo && picture(s.photo, { class: "k-sculpture__image", alt: `雕塑《${s.title}》` }),
    ),
    h(
      "div",
      { class: "k-sculpture__about" },
      h("h2", { class: "k-detail__name k-fit" }, `《${s.title}》`),
      h(
        "dl",
        { class: "k-facts" },
        fact("入园", `${s.year}年`),
        fact("分区", s.zone),
        fact("作者", s.sculptor),
        fact("材质", s.material),
      ),
      s.inscription && h("blockquote", { class: "k-quote k-inscription" }, h("p", {}, s.inscription)),
      people.length > 0 &&
        h(
          "section",
          { class: "k-section" },
          h("h3", {}, people.length > 1 ? "塑像人物" : "塑像人物 · 了解TA的事迹"),
          h("div", { class: "k-people" }, people.map(personPanel)),
        ),
      parkMap(found.map, found.placed, found.here, true),
      found.ids.length > 1 && pager(found),
    ),
  );
  return { title: s.title, view: fragment(article) };
}

/** A person the sculpture depicts: who they are, and the way to their story. */
function personPanel(person) {
  return h(
    "button",
    { type: "button", class: "k-card k-card--row k-card--person", "data-person": person.id, "data-alone": "1" },
    person.thumb
      ? picture(person.thumb, { class: "k-card__image", alt: "", loading: "lazy" })
      : h("span", { class: "k-card__image k-card__image--none", "aria-hidden": "true" }),
    h(
      "span",
      { class: "k-card__text" },
      h("span", { class: "k-card__name k-name" }, person.name),
      person.top && h("span", { class: "k-card__title k-fit" }, phrased(phrases(person.top))),
      person.summary && h("span", { class: "k-card__summary" }, person.summary),
      h("span", { class: "k-card__more" }, "查看事迹 ›"),
    ),
  );
}

function pager({ ids, position, prev, next }) {
  return h(
    "nav",
    { class: "k-pager", "aria-label": "导览中的雕塑" },
    h("button", { type: "button", class: "k-button", "data-step": "-1", disabled: !prev }, `‹ ${prev ? prev.title : "上一座"}`),
    h("span", { class: "k-pager__position" }, `${position + 1} / ${ids.length}`),
    h("button", { type: "button", class: "k-button", "data-step": "1", disabled: !next }, `${next ? next.title : "下一座"} ›`),
  );
}
