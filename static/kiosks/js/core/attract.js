// The attract loop's order, and what touching one of its slides opens. No DOM.

export const SLIDE_SECONDS = 8;

/** Which of `count` slides shows, round and round. */
export class SlideLoop {
  constructor(count = 0) {
    this.count = count;
    this.index = -1; // none shown yet
  }

  /** The slide after the one showing: the first to begin with, the first again after the last. */
  advance() {
    if (!this.count) return -1;
    this.index = (this.index + 1) % this.count;
    return this.index;
  }

  /** Back from browsing: the slide that was showing shows again (the first, if none had). */
  resume() {
    if (!this.count) return -1;
    this.index = Math.max(this.index, 0);
    return this.index;
  }

  /** Whether the loop moves on by itself: a single slide just stays. */
  get moves() {
    return this.count > 1;
  }
}

/** The person a touched slide opens (a person's slide, or a sculpture's), else null: the browse home. */
export function wakeRoute(slide, index) {
  const id = slide?.honoree;
  return id && index.byId.has(id) ? { view: "detail", id, ids: [id] } : null;
}
