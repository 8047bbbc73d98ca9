// Touch handling and lock-down: what a finger does on each screen, and what a public touch
// screen must never do (menus, selection, zoom, browser shortcuts, leaving the kiosk).

import { PAGED_VIEWS, swipeStep } from "./core/routes.js";

/** The benchmark reads how long a touch took to be painted. */
function markResponse() {
  const start = performance.now();
  requestAnimationFrame(() => setTimeout(() => performance.measure("kiosk-response", { start }), 0));
}

export function lockDown() {
  const stop = (event) => event.preventDefault();
  for (const name of ["contextmenu", "selectstart", "dragstart", "gesturestart", "auxclick"]) {
    document.addEventListener(name, stop);
  }
  document.addEventListener(
    "wheel",
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
  document.addEventListener(
    "touchmove",
    (event) => {
      if (event.touches.length > 1) event.preventDefault();
    },
    { passive: false },
  );
  document.addEventListener("keydown", (event) => {
    // Browser shortcuts (zoom, print, save, new window) from a stray keyboard.
    if (event.ctrlKey || event.metaKey || event.altKey || /^F\d+$/.test(event.key)) event.preventDefault();
  });
  // Nothing on a kiosk navigates away; a link that slipped into content does nothing.
  document.addEventListener(
    "click",
    (event) => {
      if (event.target.closest("a")) event.preventDefault();
    },
    true,
  );
}

/** Touches, clicks, scrolling and keys, handed to the kiosk (state.js). */
export function listen(kiosk) {
  let swipeStart = null;
  let swallowClickUntil = 0;

  function onPointerDown(event) {
    kiosk.activity();
    if (kiosk.mode === "attract") {
      event.preventDefault();
      // The click that ends this touch must not press whatever browse shows under the finger.
      swallowClickUntil = performance.now() + 800;
      markResponse();
      kiosk.wake({ cue: Boolean(event.target.closest("#start")) });
      return;
    }
    swipeStart = { x: event.clientX, y: event.clientY };
  }

  function onPointerUp(event) {
    if (!swipeStart) return;
    const step = swipeStep(event.clientX - swipeStart.x, event.clientY - swipeStart.y);
    swipeStart = null;
    if (step && PAGED_VIEWS.includes(kiosk.view)) {
      markResponse();
      kiosk.step(step);
    }
  }

  function swallowWakingClick(event) {
    if (performance.now() < swallowClickUntil) {
      swallowClickUntil = 0;
      event.preventDefault();
      event.stopPropagation();
    }
  }

  function onClick(event) {
    const button = event.target.closest("button");
    if (!button || button.disabled) return;
    markResponse();
    kiosk.press(button.dataset);
  }

  const activity = () => kiosk.activity();
  document.addEventListener("pointerdown", onPointerDown, { passive: false });
  document.addEventListener("pointerup", onPointerUp);
  document.addEventListener("pointercancel", () => {
    swipeStart = null;
  });
  document.addEventListener("click", swallowWakingClick, true);
  document.addEventListener("click", onClick);
  document.addEventListener("scroll", activity, { capture: true, passive: true });
  document.addEventListener("keydown", activity);
  document.getElementById("idle-stay").addEventListener("click", activity);
}
