// The browse views as DOM: the home tiles, a facet's options, a list of people and their
// cards. Each view is { title, view }: the bar's title (undefined keeps it) and the nodes.

import { FACETS, facetOptions, letterStrip } from "./core/browse.js";
import { phrases } from "./core/text.js";
import { mapPins } from "./core/tour.js";
import { fragment, h, phrased, picture } from "./dom.js";

/** The ways to meet the people, then the ways round the park: its map and the sculpture tour. */
export function renderHome(content) {
  const tile = (data, label, hint, kind = "") =>
    h(
      "button",
      { type: "button", class: `k-tile${kind}`, ...data },
      h("span", { class: "k-tile__label k-fit" }, label),
      h("span", { class: "k-tile__hint" }, hint),
    );
  const sculptures = content.sculptures?.length ?? 0;
  const park = [
    content.map &&
      mapPins(content).length > 0 &&
      tile({ "data-park": "map" }, "园区地图", "雕塑在园中的位置，您在哪里", " k-tile--park"),
    sculptures > 0 &&
      tile({ "data-park": "tour" }, "雕塑导览", `${sculptures}座雕塑，按分区或入园年份参观`, " k-tile--park"),
  ].filter(Boolean);
  return {
    title: "劳模风采",
    view: fragment(
      h("h2", { class: "k-heading" }, "认识劳模"),
      h(
        "div",
        { class: "k-tiles" },
        FACETS.map((facet) => tile({ "data-facet": facet.key }, facet.label, facet.hint)),
      ),
      park.length > 0 && [
        h("h2", { class: "k-heading k-heading--park" }, "游览劳模雕塑园"),
        h("div", { class: "k-park-tiles" }, park),
      ],
      h("p", { class: "k-count" }, `共收录先进人物 ${content.honorees.length} 位`),
    ),
  };
}

export function renderFacet(content, route) {
  const facet = FACETS.find((f) => f.key === route.facet);
  const options = facetOptions(content, route.facet);
  if (!options.length) return { title: facet.label, view: fragment(h("p", { class: "k-empty" }, "暂无内容")) };
  const buttons = options.map((option) =>
    h(
      "button",
      { type: "button", class: "k-option", "data-list": route.facet, "data-value": option.value },
      h("span", { class: "k-option__label k-fit" }, phrased(phrases(option.label))),
      option.note && h("span", { class: "k-option__note" }, option.note),
      h("span", { class: "k-option__count" }, `${option.count}人`),
    ),
  );
  return {
    title: facet.label,
    view: fragment(h("h2", { class: "k-heading k-fit" }, facet.label), h("div", { class: "k-options" }, buttons)),
  };
}

/** A list of people, under its title; by letter, with the letter strip above. */
export function renderList(content, route, people, title = "") {
  const cards = people.map((person, position) => card(person, { "data-position": position }));
  return {
    title,
    view: fragment(
      route.facet === "letter" && letterNav(content, route.value),
      h(
        "h2",
        { class: "k-heading k-fit" },
        phrased(phrases(title)),
        " ",
        h("span", { class: "k-heading__count" }, `${people.length}人`),
      ),
      people.length ? h("div", { class: "k-cards" }, cards) : h("p", { class: "k-empty" }, "暂无人物"),
    ),
  };
}

/** A person's card: a button that opens the person; `data` says where it stands. */
export function card(person, data, kind = "") {
  const image = person.thumb
    ? picture(person.thumb, { class: "k-card__image", alt: "", loading: "lazy" })
    : h("span", { class: "k-card__image k-card__image--none", "aria-hidden": "true" });
  return h(
    "button",
    { type: "button", class: `k-card${kind}`, "data-person": person.id, ...data },
    image,
    h(
      "span",
      { class: "k-card__text" },
      h("span", { class: "k-card__name k-name" }, person.name),
      person.top && h("span", { class: "k-card__title k-fit" }, phrased(phrases(person.top))),
    ),
  );
}

function letterNav(content, value) {
  const letters = letterStrip(content, value).map(({ letter, current }) =>
    h(
      "button",
      {
        type: "button",
        class: current ? "k-letter is-current" : "k-letter",
        "data-letter": letter,
        "aria-pressed": String(current),
        "aria-label": `姓氏拼音 ${letter}`,
      },
      letter,
    ),
  );
  return h("nav", { class: "k-letters", "aria-label": "按姓氏拼音首字母" }, letters);
}
