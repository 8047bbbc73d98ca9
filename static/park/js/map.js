// The park map as Leaflet draws it: the park's plan as an image in a flat, non-geographic
// system (L.CRS.Simple), pinch and buttons to zoom, markers that never cover each other
// (neighbours share a numbered cluster until zoomed apart), and a card for each sculpture.
// Reads what the server rendered for the page without JS: the plan and a link per sculpture.

import { declutter } from "./core/clusters.js";

// The markers' boxes: 44 px for a sculpture (a finger's target), 48 px for a cluster. No
// two centres come closer than GAP on both axes, so no two boxes overlap.
const GAP = 52;
const ZOOM_STEPS = 3; // the plan can be enlarged 2³ = 8 times beyond the whole park
const CARD_GAP = 6; // px between a marker and its card
const ANY_ZOOM = 20; // room to measure the whole park's zoom in, whatever the plan's size
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

export function enhanceMap(stage, L) {
  const frame = stage.querySelector(".park-map__frame");
  const plan = frame.querySelector("img");
  const popover = stage.querySelector("[data-park-popover]");
  const body = popover.querySelector("[data-park-popover-body]");
  const closeButton = popover.querySelector("[data-park-popover-close]");
  const width = Number(plan.getAttribute("width"));
  const height = Number(plan.getAttribute("height"));
  if (!width || !height) return;

  // Plan pixels, y up as CRS.Simple counts it: the plan's top-left corner is (height, 0).
  const bounds = L.latLngBounds([0, 0], [height, width]);
  const at = (x, y) => L.latLng(height * (1 - y), width * x);
  const sculptures = [...frame.querySelectorAll("a[data-park-marker]")].map((link) => ({
    id: link.dataset.card,
    title: link.textContent.trim(),
    latLng: at(Number(link.dataset.x), Number(link.dataset.y)),
    link,
  }));
  const byId = new Map(sculptures.map((sculpture) => [sculpture.id, sculpture]));

  const view = document.createElement("div");
  view.className = "park-map__view";
  view.style.setProperty("--plan-ratio", `${width} / ${height}`);
  view.setAttribute("role", "region");
  view.setAttribute("aria-label", "园区平面图");
  const hint = stage.parentElement.querySelector("[data-park-map-hint]");
  if (hint) {
    hint.textContent = hint.dataset.parkMapHint;
    hint.id ||= "park-map-hint";
    view.setAttribute("aria-describedby", hint.id);
  }
  const tools = toolbar();
  frame.replaceWith(tools.element, view);
  stage.classList.add("is-interactive");

  const animate = !reducedMotion.matches;
  const map = L.map(view, {
    crs: L.CRS.Simple,
    minZoom: -ANY_ZOOM,
    maxZoom: ANY_ZOOM,
    zoomSnap: 0, // the whole park fits exactly, whatever the screen
    zoomDelta: 1,
    zoomControl: false, // our own buttons, first in the tab order
    attributionControl: false,
    scrollWheelZoom: false, // the page scrolls past the map; the wheel zooms once it is used
    maxBounds: bounds,
    maxBoundsViscosity: 1,
    bounceAtZoomLimits: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
  });
  L.imageOverlay(stage.dataset.mapSrc || plan.currentSrc || plan.src, bounds, {
    alt: plan.alt,
  }).addTo(map);

  let current = null; // the sculpture or cluster whose card is open: {button, ids}
  let shown = new Map(); // "id id …" → the L.Marker on the map for those sculptures
  let focusAfterZoom = null; // the sculpture whose marker takes focus once a zoom ends

  // --- zoom ---

  function fit() {
    map.setMinZoom(-ANY_ZOOM);
    map.setMaxZoom(ANY_ZOOM);
    const whole = map.getBoundsZoom(bounds);
    map.setMinZoom(whole);
    map.setMaxZoom(whole + ZOOM_STEPS);
  }

  function atWhole() {
    return map.getZoom() <= map.getMinZoom() + 0.01;
  }

  function atMost() {
    return map.getZoom() >= map.getMaxZoom() - 0.01;
  }

  // With the whole park in view there is nothing to pan to: one finger scrolls the page and
  // two fingers zoom. Zoomed in, one finger moves the plan.
  function afterZoom() {
    if (atWhole()) map.dragging.disable();
    else map.dragging.enable();
    tools.zoomIn.setAttribute("aria-disabled", String(atMost()));
    tools.zoomOut.setAttribute("aria-disabled", String(atWhole()));
    tools.whole.setAttribute("aria-disabled", String(atWhole()));
    render();
  }

  function toolbar() {
    const element = document.createElement("div");
    element.className = "park-map__tools";
    element.setAttribute("role", "group");
    element.setAttribute("aria-label", "缩放平面图");
    const make = (sign, text, title) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "park-map__tool";
      button.title = title;
      if (sign) {
        const face = document.createElement("span");
        face.className = "park-map__tool-sign";
        face.setAttribute("aria-hidden", "true");
        face.textContent = sign;
        button.append(face);
      }
      button.append(text);
      element.append(button);
      return button;
    };
    return {
      element,
      zoomIn: make("+", "放大", "放大平面图"),
      zoomOut: make("−", "缩小", "缩小平面图"),
      whole: make("", "全园", "显示整个园区"),
    };
  }

  const act = (button, action) =>
    button.addEventListener("click", () => {
      if (button.getAttribute("aria-disabled") !== "true") action();
    });
  act(tools.zoomIn, () => map.zoomIn());
  act(tools.zoomOut, () => map.zoomOut());
  act(tools.whole, () => map.fitBounds(bounds));

  // The wheel zooms once the visitor has clicked into the map, and stops when they leave it.
  view.addEventListener("pointerdown", () => map.scrollWheelZoom.enable());
  view.addEventListener("mouseleave", () => map.scrollWheelZoom.disable());

  // --- markers ---

  // The server's links become buttons that open the card: on the map a marker is an action.
  for (const sculpture of sculptures) {
    const { link } = sculpture;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "park-map__marker";
    button.dataset.card = sculpture.id;
    button.dataset.sculpture = sculpture.id;
    button.setAttribute("aria-haspopup", "dialog");
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", popover.id);
    button.append(...link.childNodes);
    button.addEventListener("click", (event) => {
      if (draggedOnto(event)) return;
      toggle({ button, ids: [sculpture.id] });
    });
    sculpture.marker = markerOf(button, sculpture.latLng, 44);
  }

  function markerOf(button, latLng, size) {
    button.addEventListener("dblclick", (event) => event.stopPropagation());
    button.addEventListener("focus", () => {
      if (!map.getBounds().contains(latLng)) map.panTo(latLng);
    });
    const icon = L.divIcon({ html: button, className: "park-map__icon", iconSize: [size, size] });
    return L.marker(latLng, { icon, keyboard: false, interactive: false });
  }

  // A mouse or finger that dragged the plan and let go on a marker did not mean to press it.
  function draggedOnto(event) {
    return event.detail > 0 && map.dragging.enabled() && map.dragging.moved();
  }

  function clusterMarker(group) {
    const members = group.ids.map((id) => byId.get(id));
    const names = members.map((member) => member.title).join("、");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "park-map__cluster";
    button.dataset.sculpture = group.ids[0];
    const count = document.createElement("span");
    count.className = "park-map__count";
    count.textContent = String(members.length);
    const label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = ` 座雕塑：${names}`;
    button.append(count, label);
    button.title = names;
    const latLng = map.unproject([group.x, group.y], map.getZoom());
    button.addEventListener("click", (event) => {
      if (draggedOnto(event)) return;
      if (atMost()) toggle({ button, ids: group.ids });
      else zoomInto(members, event.detail === 0 || button === document.activeElement);
    });
    return markerOf(button, latLng, 48);
  }

  // Close enough to share a marker at the deepest zoom, they share a card instead.
  function zoomInto(members, keepFocus) {
    const area = L.latLngBounds(members.map((member) => member.latLng));
    const padding = L.point(GAP * 2, GAP * 2);
    const zoom = Math.min(
      map.getMaxZoom(),
      Math.max(map.getZoom() + 1, map.getBoundsZoom(area, false, padding)),
    );
    if (keepFocus) focusAfterZoom = members[0].id;
    map.setView(area.getCenter(), zoom);
  }

  // Which markers stand where at this zoom; kept when unchanged, so focus stays put.
  function render() {
    const zoom = map.getZoom();
    const points = sculptures.map((sculpture) => {
      const point = map.project(sculpture.latLng, zoom);
      return { id: sculpture.id, x: point.x, y: point.y };
    });
    const next = new Map();
    for (const group of declutter(points, GAP)) {
      const key = group.ids.join(" ");
      const single = group.ids.length === 1 ? byId.get(group.ids[0]).marker : null;
      next.set(key, shown.get(key) || single || clusterMarker(group));
    }
    const focused = document.activeElement;
    for (const [key, marker] of shown) if (!next.has(key)) marker.remove();
    for (const marker of next.values()) if (!map.hasLayer(marker)) marker.addTo(map);
    shown = next;

    if (current && !next.has(current.ids.join(" "))) close({ restoreFocus: false });
    else if (current) place(current.button);

    const lost = focused && focused !== document.activeElement && !document.contains(focused);
    const wanted = focusAfterZoom || (lost && focused.dataset.sculpture);
    focusAfterZoom = null;
    if (wanted) {
      const key = [...next.keys()].find((k) => k.split(" ").includes(wanted));
      next.get(key)?.getElement()?.querySelector("button")?.focus({ preventScroll: true });
    }
  }

  // --- the card ---

  // Beside the marker on wide screens; on a phone the stylesheet puts the card under the
  // map (in the flow), where it covers no marker, and only its arrow moves.
  function place(marker) {
    popover.style.left = "0px";
    popover.style.top = "0px";
    const stageBox = stage.getBoundingClientRect();
    const markerBox = marker.getBoundingClientRect();
    const centre = markerBox.left + markerBox.width / 2 - stageBox.left;
    if (getComputedStyle(popover).position !== "absolute") {
      popover.classList.remove("is-above");
      popover.style.setProperty("--arrow-x", `${Math.max(18, Math.min(centre, stageBox.width - 18))}px`);
      return;
    }
    const cardWidth = popover.offsetWidth;
    const cardHeight = popover.offsetHeight;
    const left = Math.max(0, Math.min(centre - cardWidth / 2, stageBox.width - cardWidth));
    const roomBelow = window.innerHeight - markerBox.bottom;
    const above = roomBelow < cardHeight + CARD_GAP && markerBox.top > cardHeight + CARD_GAP;
    const top = above
      ? markerBox.top - stageBox.top - cardHeight - CARD_GAP
      : markerBox.bottom - stageBox.top + CARD_GAP;
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
    popover.style.setProperty("--arrow-x", `${centre - left}px`);
    popover.classList.toggle("is-above", above);
  }

  function cardContent(ids) {
    if (ids.length === 1) return document.getElementById(ids[0]).content.cloneNode(true);
    const list = document.createElement("div");
    list.className = "park-card-list";
    const heading = document.createElement("h3");
    heading.className = "park-card-list__title";
    heading.dataset.parkPopoverTitle = "";
    heading.textContent = `此处有 ${ids.length} 座雕塑`;
    list.append(heading);
    for (const id of ids) {
      const card = document.getElementById(id).content.cloneNode(true);
      const title = card.querySelector("[data-park-popover-title]");
      const subtitle = document.createElement("h4");
      subtitle.className = title.className;
      subtitle.append(...title.childNodes);
      title.replaceWith(subtitle);
      list.append(card);
    }
    return list;
  }

  function open(target) {
    if (current) close({ restoreFocus: false });
    body.replaceChildren(cardContent(target.ids));
    const title = body.querySelector("[data-park-popover-title]");
    title.id = "park-popover-title";
    popover.setAttribute("aria-labelledby", title.id);
    popover.hidden = false;
    target.button.setAttribute("aria-expanded", "true");
    current = target;
    place(target.button);
    popover.focus({ preventScroll: true });
    popover.scrollIntoView({ block: "nearest" });
  }

  function close({ restoreFocus = true } = {}) {
    if (!current) return;
    const { button } = current;
    current = null;
    popover.hidden = true;
    body.replaceChildren();
    button.setAttribute("aria-expanded", "false");
    if (restoreFocus && document.contains(button)) button.focus();
  }

  function toggle(target) {
    if (current && current.button === target.button) close();
    else open(target);
  }

  closeButton.addEventListener("click", () => close());
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && current) {
      event.preventDefault();
      close();
    }
  });
  // A tap on the plan itself, or anywhere off the map, puts the card away; dragging the
  // plan around does not.
  map.on("click", (event) => {
    if (!event.originalEvent.target.closest(".park-map__icon")) close({ restoreFocus: false });
  });
  document.addEventListener("pointerdown", (event) => {
    if (current && !stage.contains(event.target)) close({ restoreFocus: false });
  });
  // Tabbing on past the card's last link closes it, so it never hides the list below.
  popover.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    if (current && next && !popover.contains(next) && next !== current.button) {
      close({ restoreFocus: false });
    }
  });
  map.on("move", () => {
    if (current) place(current.button);
  });
  map.on("moveend", () => {
    // A marker moved out of sight takes its card with it.
    if (current && !map.getBounds().contains(markerLatLng(current))) close({ restoreFocus: false });
  });

  function markerLatLng(target) {
    return shown.get(target.ids.join(" "))?.getLatLng() ?? bounds.getCenter();
  }

  // --- start, and follow the screen's size ---

  map.on("zoomend", afterZoom);
  fit();
  map.fitBounds(bounds, { animate: false });
  afterZoom();

  // A phone turned on its side: still the whole park if it was, else the same spot.
  new ResizeObserver(() => {
    const whole = atWhole();
    map.invalidateSize({ animate: false });
    fit();
    if (whole) map.fitBounds(bounds, { animate: false });
    afterZoom();
  }).observe(view);
}
