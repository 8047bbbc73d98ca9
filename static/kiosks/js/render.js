// The browse views as DOM: the home tiles, a facet's options, a list of people and their
// cards. Each view is { title, view }: the bar's title (undefined keeps it) and the nodes.

import { FACETS, facetOptions, letterStrip } from "./core/browse.js";
import { fragment, h } from "./dom.js";

export function renderHome(content) {
  const tiles = FACETS.map((facet) =>
    h(
      "button",
      { type: "button", class: "k-tile", "data-facet": facet.key },
      h("span", { class: "k-tile__label" }, facet.label),
      h("span", { class: "k-tile__hint" }, facet.hint),
    ),
  );
  return {
    title: "劳模风采",
    view: fragment(
      h("h2", { class: "k-heading" }, "选择浏览方式"),
      h("div", { class: "k-tiles" }, tiles),
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
      h("span", { class: "k-option__label" }, option.label),
      option.note && h("span", { class: "k-option__note" }, option.note),
      h("span", { class: "k-option__count" }, `${option.count}人`),
    ),
  );
  return {
    title: facet.label,
    view: fragment(h("h2", { class: "k-heading" }, facet.label), h("div", { class: "k-options" }, buttons)),
  };
}

/** A list of people, under its title; by letter, with the letter strip above. */
export function renderList(content, route, people, title = "") {
  const cards = people.map((person, position) => card(person, { "data-position": position }));
  return {
    title,
    view: fragment(
      route.facet === "letter" && letterNav(content, route.value),
      h("h2", { class: "k-heading" }, `${title} `, h("span", { class: "k-heading__count" }, `${people.length}人`)),
      people.length ? h("div", { class: "k-cards" }, cards) : h("p", { class: "k-empty" }, "暂无人物"),
    ),
  };
}

/** A person's card: a button that opens the person; `data` says where it stands. */
export function card(person, data) {
  const image = person.thumb
    ? h("img", {
        class: "k-card__image",
        src: person.thumb,
        alt: "",
        width: 300,
        height: 400,
        loading: "lazy",
        draggable: "false",
      })
    : h("span", { class: "k-card__image k-card__image--none", "aria-hidden": "true" });
  return h(
    "button",
    { type: "button", class: "k-card", "data-person": person.id, ...data },
    image,
    h("span", { class: "k-card__name" }, person.name),
    h("span", { class: "k-card__title" }, person.top),
  );
}

function letterNav(content, value) {
  const letters = letterStrip(content, value).map(({ letter, present, current }) =>
    h(
      "button",
      {
        type: "button",
        class: current ? "k-letter is-current" : "k-letter",
        "data-letter": letter,
        disabled: !present,
        "aria-pressed": String(current),
        "aria-label": `姓氏拼音 ${letter}${present ? "" : "（无）"}`,
      },
      letter,
    ),
  );
  return h("nav", { class: "k-letters", "aria-label": "按姓氏拼音首字母" }, letters);
}
