// The attract loop on screen: the playlist's slides, shown in turn while nobody browses.

import { SLIDE_SECONDS, SlideLoop } from "./core/attract.js";
import { headline, phrases } from "./core/text.js";
import { h, phrased } from "./dom.js";
import { fitHeadlines } from "./fit.js";

export class AttractScreen {
  #container;
  #running;
  #loop = new SlideLoop();
  #timer = null;
  #marked = false;

  /** running(): whether the kiosk is in attract mode, the only time the loop moves on. */
  constructor(container, { running }) {
    this.#container = container;
    this.#running = running;
  }

  /** The index of the slide showing (-1 before the first), in the content's `attract`. */
  get index() {
    return this.#loop.index;
  }

  /**
   * New slides; the first shows once its picture is there. No slides: the plain title.
   * index (browse.js buildIndex): the people and sculptures the slides name.
   */
  render(slides, index = null) {
    clearTimeout(this.#timer);
    if (!slides.length) {
      this.#container.replaceChildren(
        h(
          "div",
          { class: "k-slide k-slide--plain is-active" },
          h("p", { class: "k-slide__title" }, "劳模风采"),
          h("p", { class: "k-slide__subtitle" }, "平顶山市总工会"),
        ),
      );
      this.#container.parentElement.dataset.kind = "plain";
      this.#loop = new SlideLoop(1);
      this.#markFirstSlide();
      return;
    }
    this.#container.replaceChildren(...slides.map((slide, i) => slideElement(slide, i, slides.length, index)));
    this.#loop = new SlideLoop(slides.length);
    const first = this.#container.querySelector("img");
    const show = () => {
      fitHeadlines(this.#container);
      this.advance();
      this.#markFirstSlide();
    };
    if (!first || first.complete) show();
    else {
      first.addEventListener("load", show, { once: true });
      first.addEventListener("error", show, { once: true });
    }
  }

  advance() {
    const previous = this.#loop.index;
    this.#show(previous, this.#loop.advance());
  }

  /** Back from browsing: the slide that was showing starts over. */
  resume() {
    clearTimeout(this.#timer);
    const previous = this.#loop.index;
    this.#show(previous, this.#loop.resume());
  }

  pause() {
    clearTimeout(this.#timer);
  }

  #show(previous, index) {
    const slides = this.#container.children;
    if (index < 0 || !slides[index]) return;
    if (previous >= 0) slides[previous]?.classList.remove("is-active");
    const slide = slides[index];
    // Restart the slow pan on each showing.
    const image = slide.querySelector("img");
    if (image) {
      image.style.animation = "none";
      void image.offsetWidth;
      image.style.animation = "";
    }
    slide.classList.add("is-active");
    // The cue stands under the text side of this kind of slide (kiosk.css).
    this.#container.parentElement.dataset.kind = slide.dataset.kind ?? "plain";
    clearTimeout(this.#timer);
    if (this.#running() && this.#loop.moves) this.#timer = setTimeout(() => this.advance(), SLIDE_SECONDS * 1000);
  }

  #markFirstSlide() {
    if (this.#marked) return;
    this.#marked = true;
    // The benchmark reads the mark; the browser tests wait for data-ready.
    requestAnimationFrame(() => {
      performance.mark("kiosk-first-slide");
      document.documentElement.dataset.ready = "1";
    });
  }
}

function slideElement(slide, i, count, index) {
  return h(
    "figure",
    {
      class: `k-slide k-slide--${slide.kind}`,
      "data-kind": slide.kind,
      "aria-roledescription": "幻灯片",
      "aria-label": `${i + 1} / ${count}`,
    },
    h("div", { class: "k-slide__frame" }, slide.image && picture(slide.image, slide.alt, i)),
    h(
      "figcaption",
      { class: "k-slide__text" },
      h("p", { class: "k-slide__title k-fit" }, headline(slide.title)),
      slide.subtitle && h("p", { class: "k-slide__subtitle k-fit" }, phrased(phrases(slide.subtitle))),
      slide.text && h("p", { class: "k-slide__extra k-fit" }, phrased(phrases(slide.text))),
      more(slide, index),
    ),
  );
}

/**
 * The slide's picture, at most the size it was made at (its rendition's own size, less
 * the slow pan's growth): kiosk.css sizes .k-slide__pic from --w and --h.
 */
function picture(image, alt, i) {
  return h(
    "div",
    { class: "k-slide__pic", style: { "--w": image.width, "--h": image.height } },
    h("img", {
      class: "k-slide__image",
      src: image.url,
      alt: alt ?? "",
      width: image.width,
      height: image.height,
      draggable: "false",
      loading: i > 0 && "lazy",
    }),
  );
}

/** A person's deed and latest honours, a sculpture's inscription: what fills the text side. */
function more(slide, index) {
  if (slide.kind === "honoree") {
    const person = index?.byId.get(slide.honoree);
    if (!person) return null;
    const honours = person.honours.slice(-3).reverse();
    return [
      person.summary && h("p", { class: "k-slide__summary" }, person.summary),
      honours.length > 1 &&
        h(
          "ul",
          { class: "k-slide__honours" },
          honours.map((honour) =>
            h(
              "li",
              {},
              h("span", { class: "k-slide__year" }, `${honour.year}年`),
              " ",
              phrased(phrases(honour.title)),
            ),
          ),
        ),
    ];
  }
  if (slide.kind === "sculpture") {
    const sculpture = index?.sculptures.get(slide.sculpture);
    return sculpture?.inscription && h("p", { class: "k-slide__summary" }, sculpture.inscription);
  }
  return null;
}
