// Telemetry: usage counts kept in the browser until the server has them, and the heartbeat
// that reports them with the kiosk's status.

import { UsageCounts, dayOf } from "./core/usage.js";

function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // crypto.randomUUID needs a secure origin; a kiosk tried out over plain HTTP has none.
  return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) =>
    (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16),
  );
}

export class Telemetry {
  #urls;
  #bootedAt = Date.now();

  constructor(urls) {
    this.#urls = urls;
    const key = `kiosk-usage:${urls.shell}`;
    this.usage = new UsageCounts({
      load: () => {
        try {
          return JSON.parse(localStorage.getItem(key));
        } catch {
          return null;
        }
      },
      save: (state) => {
        try {
          localStorage.setItem(key, JSON.stringify(state));
        } catch {
          // Storage full: the counts are a nicety.
        }
      },
      today: () => dayOf(new Date()),
      newId,
    });
  }

  /** Report the kiosk's status and the counts; those the server acknowledges are forgotten. */
  async beat(contentVersion) {
    const batches = this.usage.takeBatches();
    try {
      const response = await fetch(this.#urls.heartbeat, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          content_version: contentVersion,
          screen: { width: window.screen.width, height: window.screen.height },
          uptime: Math.round((Date.now() - this.#bootedAt) / 1000),
          usage: batches,
        }),
      });
      if (response.ok) this.usage.acknowledge((await response.json()).accepted || []);
    } catch {
      // Offline: the batches wait for the next beat.
    }
  }
}
