// The park kiosk: an attract loop while nobody is there, touch browsing when someone is, back
// to the loop when they walk away. Works from the service worker's cache when the server
// cannot be reached; picks up new content between visitors. This module starts it.

import { listen, lockDown } from "./input.js";
import { Kiosk } from "./state.js";
import { Telemetry } from "./telemetry.js";

const $ = (id) => document.getElementById(id);
const root = document.documentElement;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function boot() {
  const urls = JSON.parse($("kiosk-urls").textContent);
  const telemetry = new Telemetry(urls);
  const els = {
    attract: $("attract"),
    slides: $("slides"),
    browse: $("browse"),
    view: $("view"),
    title: $("view-title"),
    back: $("back"),
    idle: $("idle"),
    idleCount: $("idle-count"),
    idleStay: $("idle-stay"),
  };
  const kiosk = new Kiosk({ els, urls, usage: telemetry.usage });
  const { sync } = kiosk;

  lockDown();
  listen(kiosk);
  root.dataset.mode = "attract";
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(urls.worker, { scope: urls.shell }).catch(() => {});
  }

  let data = await sync.cached();
  let fresh = false;
  while (!data) {
    try {
      data = await sync.download();
      fresh = true;
    } catch {
      await sleep(5000);
    }
  }
  kiosk.start(data);
  root.dataset.version = data.version;
  if (fresh) sync.store(data);

  const beat = () => telemetry.beat(kiosk.content ? kiosk.content.version : 0);
  setInterval(() => sync.check(), data.poll_seconds * 1000);
  setInterval(beat, data.heartbeat_seconds * 1000);
  if (!fresh) sync.check();
  beat();
}

boot();
