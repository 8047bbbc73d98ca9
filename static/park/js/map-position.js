// Click-to-place on the park map in the admin: writes x and y (0–1) into the two inputs.
(function () {
  "use strict";

  const STEP = 0.005;
  const round = (value) => Math.round(value * 10000) / 10000;
  const clamp = (value) => Math.min(1, Math.max(0, value));

  function setUp(root) {
    if (root.dataset.ready) return;
    root.dataset.ready = "1";
    const frame = root.querySelector("[data-map-position-frame]");
    const marker = root.querySelector("[data-map-position-marker]");
    const [xInput, yInput] = root.querySelectorAll(".map-position__fields input");
    const clear = root.querySelector("[data-map-position-clear]");

    function show() {
      if (!marker) return;
      const x = parseFloat(xInput.value);
      const y = parseFloat(yInput.value);
      const placed = !Number.isNaN(x) && !Number.isNaN(y);
      marker.hidden = !placed;
      if (placed) {
        marker.style.left = `${x * 100}%`;
        marker.style.top = `${y * 100}%`;
      }
    }

    function place(x, y) {
      xInput.value = round(clamp(x));
      yInput.value = round(clamp(y));
      xInput.dispatchEvent(new Event("change", { bubbles: true }));
      yInput.dispatchEvent(new Event("change", { bubbles: true }));
      show();
    }

    if (frame) {
      frame.addEventListener("click", (event) => {
        const box = frame.getBoundingClientRect();
        place((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
      });
      frame.addEventListener("keydown", (event) => {
        const moves = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, -STEP], ArrowDown: [0, STEP] };
        const move = moves[event.key];
        if (!move) return;
        event.preventDefault();
        const x = parseFloat(xInput.value);
        const y = parseFloat(yInput.value);
        place((Number.isNaN(x) ? 0.5 : x) + move[0], (Number.isNaN(y) ? 0.5 : y) + move[1]);
      });
    }
    xInput.addEventListener("input", show);
    yInput.addEventListener("input", show);
    clear.addEventListener("click", () => {
      xInput.value = "";
      yInput.value = "";
      show();
    });
    show();
  }

  function setUpAll() {
    document.querySelectorAll("[data-map-position]").forEach(setUp);
  }

  document.addEventListener("DOMContentLoaded", setUpAll);
  // Panels inside collapsed or lazily rendered sections appear later.
  new MutationObserver(setUpAll).observe(document.documentElement, { childList: true, subtree: true });
})();
