// The kiosk's state and routing: attract loop or browsing, the content on screen, the trail
// of browse views; what waking it, a button, a swipe or the idle clock does to them.

import { AttractScreen } from "./attract.js";
import { localDay, slidesKey, slidesOn, wakeRoute } from "./core/attract.js";
import { buildIndex, detailOf, listPeople, listTitle } from "./core/browse.js";
import { IdleClock } from "./core/idle.js";
import { Trail, pressed, stepRoute } from "./core/routes.js";
import { sculptureOf, tourGroups, tourIds } from "./core/tour.js";
import { renderDetail } from "./detail.js";
import { fitHeadlines } from "./fit.js";
import { renderMap, renderSculpture, renderTour } from "./park.js";
import { renderFacet, renderHome, renderList } from "./render.js";
import { ContentSync } from "./sync.js";

const root = document.documentElement;
// Until content is there.
const DEFAULT_SECONDS = { idle: 90, countdown: 10 };
// How often the loop looks at the clock, so that a campaign starts and ends at midnight.
const DAY_CHECK_MS = 30 * 1000;

export class Kiosk {
  mode = "attract";
  content = null; // what is on screen now
  index = null; // lookups into it
  slides = []; // the attract slides of the day: a campaign's while one runs
  #slidesKey = null;
  trail = new Trail();

  /** els: the page's fixed elements; usage: the counts (telemetry.js). */
  constructor({ els, urls, usage }) {
    this.els = els;
    this.usage = usage;
    this.attract = new AttractScreen(els.slides, { running: () => this.mode === "attract" });
    this.sync = new ContentSync({
      urls,
      shown: () => this.content,
      onPending: () => {
        if (this.mode === "attract") this.swap();
      },
    });
    this.idle = new IdleClock({
      seconds: () =>
        this.content
          ? { idle: this.content.kiosk.idle_timeout, countdown: this.content.countdown_seconds }
          : DEFAULT_SECONDS,
      on: {
        countdown: (left) => {
          els.idleCount.textContent = left;
          els.idle.hidden = false;
          els.idleStay.focus({ preventScroll: true });
        },
        tick: (left) => {
          els.idleCount.textContent = left;
        },
        hide: () => {
          els.idle.hidden = true;
        },
        expire: () => this.enterAttract(),
      },
    });
    setInterval(() => {
      if (this.mode === "attract") this.#followDay();
    }, DAY_CHECK_MS);
  }

  /**
   * The browse view on screen ("home", "facet", "list", "detail", "map", "tour",
   * "sculpture"), null in attract mode.
   */
  get view() {
    return this.trail.current?.view ?? null;
  }

  /** Show this content: its screen layout and its slides. */
  start(data) {
    this.content = data;
    this.index = buildIndex(data);
    root.classList.remove("kiosk--portrait", "kiosk--landscape", "kiosk--text-normal", "kiosk--text-large");
    root.classList.add(`kiosk--${data.kiosk.orientation}`, `kiosk--text-${data.kiosk.text_size}`);
    this.#showDay(localDay());
  }

  /** The slides of that day, from the content on screen (a campaign's or the kiosk's own). */
  #showDay(day) {
    this.slides = slidesOn(this.content, day);
    this.#slidesKey = slidesKey(this.content, day);
    this.attract.render(this.slides, this.index);
  }

  /** A new day that changes the slides (a campaign starts or ends, a new 今日劳模) shows them. */
  #followDay() {
    if (!this.content) return false;
    const day = localDay();
    if (slidesKey(this.content, day) === this.#slidesKey) return false;
    this.#showDay(day);
    return true;
  }

  /** The content downloaded meanwhile replaces the one on screen. */
  swap() {
    const data = this.sync.takePending();
    this.start(data);
    root.dataset.version = data.version;
    this.sync.dropStale(data);
  }

  /** Back to the loop, everything reset; new content waiting is swapped in now. */
  enterAttract() {
    const { els } = this;
    this.mode = "attract";
    this.idle.stop();
    els.idle.hidden = true;
    els.browse.hidden = true;
    els.attract.hidden = false;
    this.trail.clear();
    els.view.replaceChildren();
    els.view.scrollTop = 0;
    root.dataset.mode = "attract";
    if (this.sync.pending) this.swap();
    else if (!this.#followDay()) this.attract.resume();
  }

  /**
   * A touch in attract mode: the cue opens the browse home, a person's slide that person.
   * Before any content has arrived there is nothing to browse, and the touch does nothing.
   */
  wake({ cue }) {
    if (this.mode === "browse" || !this.content) return;
    const slide = cue ? null : this.slides[this.attract.index];
    const { els } = this;
    this.mode = "browse";
    this.attract.pause();
    this.usage.session();
    els.attract.hidden = true;
    els.browse.hidden = false;
    root.dataset.mode = "browse";
    // Over the browse home, so that 返回 leads somewhere useful.
    this.#render(this.trail.start(wakeRoute(slide, this.index)));
    this.idle.watch();
  }

  /** A button was pressed (its data attributes). */
  press(data) {
    const intent = pressed(data, this.trail.current, this.content);
    if (!intent) return;
    if (intent.back) this.back();
    else if (intent.home) this.#render(this.trail.start());
    else if (intent.step) this.step(intent.step);
    else this.show(intent.show, intent.replace);
  }

  show(route, replace = false) {
    if (replace) this.trail.replace(route);
    else this.trail.push(route);
    this.#render(route);
  }

  back() {
    const route = this.trail.back();
    if (route) this.#render(route);
    else this.enterAttract();
  }

  /** The previous (-1) or next (+1) person of the list, in place of this one. */
  step(delta) {
    const route = stepRoute(this.trail.current, delta);
    if (route) this.show(route, true);
  }

  /** The visitor touched, scrolled or typed. */
  activity() {
    this.idle.activity();
  }

  #render(route) {
    const { content, index, els } = this;
    let page;
    if (route.view === "facet") page = renderFacet(content, route);
    else if (route.view === "list") {
      const people = listPeople(content, index, route);
      route.ids = people.map((person) => person.id); // what the detail view pages through
      page = renderList(content, route, people, listTitle(index, route));
    } else if (route.view === "detail") {
      const detail = detailOf(content, index, route);
      if (detail) this.usage.view(detail.person.id);
      page = renderDetail(detail);
    } else if (route.view === "map") page = renderMap(content);
    else if (route.view === "tour") {
      const groups = tourGroups(content, route.by, route.zone);
      route.ids = tourIds(groups); // what the sculpture view pages through
      page = renderTour(content, route, groups);
    } else if (route.view === "sculpture") page = renderSculpture(sculptureOf(content, index, route));
    else page = renderHome(content);
    if (page.title !== undefined) els.title.textContent = page.title;
    els.view.replaceChildren(page.view);
    fitHeadlines(els.view);
    els.view.scrollTop = 0;
    els.back.hidden = false;
    root.dataset.view = route.view;
    els.view.focus({ preventScroll: true });
  }
}
