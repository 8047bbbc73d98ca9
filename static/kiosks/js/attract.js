// The attract loop on screen: the playlist's slides, shown in turn while nobody browses.

import { SLIDE_SECONDS, SlideLoop } from "./core/attract.js";
import { h } from "./dom.js";

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

  /** New slides; the first shows once its picture is there. No slides: the plain title. */
  render(slides) {
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
      this.#loop = new SlideLoop(1);
      this.#markFirstSlide();
      return;
    }
    this.#container.replaceChildren(...slides.map((slide, i) => slideElement(slide, i, slides.length)));
    this.#loop = new SlideLoop(slides.length);
    const first = this.#container.querySelector("img");
    const show = () => {
      this.advance();
      this.#markFirstSlide();
    };
    if (first.complete) show();
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

function slideElement(slide, i, count) {
  return h(
    "figure",
    {
      class: `k-slide k-slide--${slide.kind}`,
      "aria-roledescription": "幻灯片",
      "aria-label": `${i + 1} / ${count}`,
    },
    h(
      "div",
      { class: "k-slide__frame" },
      h("img", {
        class: "k-slide__image",
        src: slide.image ?? "",
        alt: slide.alt ?? "",
        draggable: "false",
        loading: i > 0 && "lazy",
      }),
    ),
    h(
      "figcaption",
      { class: "k-slide__text" },
      h("p", { class: "k-slide__title" }, slide.title),
      slide.subtitle && h("p", { class: "k-slide__subtitle" }, slide.subtitle),
      slide.text && h("p", { class: "k-slide__extra" }, slide.text),
    ),
  );
}
