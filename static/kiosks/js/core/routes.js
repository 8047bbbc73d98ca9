// Where the visitor is and where each touch leads: the trail of browse views, what a button
// (described by its data attributes) or a swipe opens. No DOM.

import { firstLetter } from "./browse.js";

export const SWIPE_PIXELS = 80;

const home = () => ({ view: "home" });

/** The browse views visited, newest last. */
export class Trail {
  #routes = [];

  get current() {
    return this.#routes.at(-1) ?? null;
  }

  get length() {
    return this.#routes.length;
  }

  /** A fresh start at the browse home; a route given (a touched person) opens over it. */
  start(route = null) {
    this.#routes = route && route.view !== "home" ? [home(), route] : [home()];
    return this.current;
  }

  push(route) {
    this.#routes.push(route);
    return route;
  }

  /** In place of the current view (the next person, another letter): 返回 skips it. */
  replace(route) {
    if (this.#routes.length) this.#routes[this.#routes.length - 1] = route;
    else this.#routes.push(route);
    return route;
  }

  /** One view back; null when there is none left (the kiosk goes back to its loop). */
  back() {
    if (this.#routes.length <= 1) return null;
    this.#routes.pop();
    return this.current;
  }

  clear() {
    this.#routes = [];
  }
}

/**
 * What pressing a button does, from its data attributes and the view it is on:
 * { back }, { home }, { show: route, replace }, { step: ±1 }, or null for nothing.
 */
export function pressed(data, current, content) {
  if (data.action === "back") return { back: true };
  if (data.action === "home") return { home: true };
  if (data.facet === "all") return { show: { view: "list", facet: "all" } };
  if (data.facet === "letter") {
    return { show: { view: "list", facet: "letter", value: firstLetter(content) } };
  }
  if (data.facet) return { show: { view: "facet", facet: data.facet } };
  if (data.list) {
    // Ids and years are numbers in the content; data attributes are strings.
    const value = /^\d+$/.test(data.value) ? Number(data.value) : data.value;
    return { show: { view: "list", facet: data.list, value } };
  }
  if (data.letter) return { show: { view: "list", facet: "letter", value: data.letter }, replace: true };
  if (data.park === "map") return { show: { view: "map" } };
  if (data.park === "tour") return { show: { view: "tour", by: "zone", zone: null } };
  if (data.zone) return { show: { view: "tour", by: "zone", zone: data.zone } };
  if (data.tourBy) {
    return { show: { view: "tour", by: data.tourBy, zone: current?.zone ?? null }, replace: true };
  }
  // One opened from a list or the tour keeps it for paging; one named in a story, or
  // reached from a sculpture or a person, opens alone.
  const alone = Boolean(data.mention || data.alone);
  if (data.person) {
    const id = Number(data.person);
    return { show: { view: "detail", id, ids: alone ? [id] : (current?.ids ?? [id]) } };
  }
  if (data.sculpture) {
    const id = Number(data.sculpture);
    return { show: { view: "sculpture", id, ids: alone ? [id] : (current?.ids ?? [id]) } };
  }
  if (data.step) return { step: Number(data.step) };
  return null;
}

/** Views that page through the list they came from: a person's, a sculpture's. */
export const PAGED_VIEWS = ["detail", "sculpture"];

/** The one before (-1) or after (+1) in the list a paged view came from; null past either end. */
export function stepRoute(route, delta) {
  if (!route || !PAGED_VIEWS.includes(route.view) || !route.ids) return null;
  const position = route.ids.indexOf(route.id) + delta;
  if (position < 0 || position >= route.ids.length) return null;
  return { view: route.view, id: route.ids[position], ids: route.ids };
}

/** A swipe's step: a finger moved left goes on (+1), right goes back (-1), anything else 0. */
export function swipeStep(dx, dy) {
  if (Math.abs(dx) > SWIPE_PIXELS && Math.abs(dx) > 1.5 * Math.abs(dy)) return dx < 0 ? 1 : -1;
  return 0;
}
