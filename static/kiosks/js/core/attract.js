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

/** A date as the kiosk's own clock reads it, "2026-05-01" (the kiosk's local time zone). */
export function localDay(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The campaign of the content that takes the kiosk over on `day` ("YYYY-MM-DD"), else null. */
export function campaignOn(content, day) {
  return (content?.campaigns ?? []).find((c) => c.start <= day && day <= c.end) ?? null;
}

/**
 * The attract slides for `day`: a running campaign's (its 今日劳模 first), else the kiosk's
 * own. The content carries every campaign with its dates, so this needs no server.
 */
export function slidesOn(content, day) {
  const campaign = campaignOn(content, day);
  if (!campaign) return content?.attract ?? [];
  const today = campaign.days?.[day];
  const slides = [...(today ? [today] : []), ...(campaign.attract ?? [])];
  return slides.length ? slides : (content.attract ?? []);
}

/** What decides the slides of a day: the same key, the same slides (to re-render on change). */
export function slidesKey(content, day) {
  const campaign = campaignOn(content, day);
  return campaign ? `${campaign.id}:${day}` : "";
}
