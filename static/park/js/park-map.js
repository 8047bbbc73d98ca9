// The park's pages: map markers that open a small card, the directory's zone/year tabs,
// and the plaque's print button. Without this module the markers are plain links, both
// directory views show one after the other, and the print button stays hidden.

const GAP = 6; // px between a marker and its card

function enhanceMap(stage) {
  const frame = stage.querySelector(".park-map__frame");
  const popover = stage.querySelector("[data-park-popover]");
  const body = popover.querySelector("[data-park-popover-body]");
  const closeButton = popover.querySelector("[data-park-popover-close]");
  let current = null; // the marker whose card is open

  // Links to the sculpture pages become buttons that open the card: a marker is an action.
  const markers = [...frame.querySelectorAll("a[data-park-marker]")].map((link) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.style.cssText = link.style.cssText;
    button.dataset.card = link.dataset.card;
    button.setAttribute("aria-haspopup", "dialog");
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", popover.id);
    button.append(...link.childNodes);
    link.replaceWith(button);
    return button;
  });
  stage.classList.add("is-interactive");

  // Beside the marker on wide screens; on a phone the stylesheet puts the card under the
  // map (in the flow), where it covers no other marker, and only its arrow moves.
  function place(marker) {
    popover.style.left = "0px";
    popover.style.top = "0px";
    const stageBox = stage.getBoundingClientRect();
    const markerBox = marker.getBoundingClientRect();
    const centre = markerBox.left + markerBox.width / 2 - stageBox.left;
    if (getComputedStyle(popover).position !== "absolute") {
      popover.classList.remove("is-above");
      popover.style.setProperty("--arrow-x", `${centre}px`);
      return;
    }
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    const left = Math.max(0, Math.min(centre - width / 2, stageBox.width - width));
    const roomBelow = window.innerHeight - markerBox.bottom;
    const above = roomBelow < height + GAP && markerBox.top > height + GAP;
    const top = above
      ? markerBox.top - stageBox.top - height - GAP
      : markerBox.bottom - stageBox.top + GAP;
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
    popover.style.setProperty("--arrow-x", `${centre - left}px`);
    popover.classList.toggle("is-above", above);
  }

  function open(marker) {
    if (current) close({ restoreFocus: false });
    const card = document.getElementById(marker.dataset.card);
    body.replaceChildren(card.content.cloneNode(true));
    const title = body.querySelector("[data-park-popover-title]");
    title.id = "park-popover-title";
    popover.setAttribute("aria-labelledby", title.id);
    popover.hidden = false;
    marker.setAttribute("aria-expanded", "true");
    current = marker;
    place(marker);
    popover.focus({ preventScroll: true });
    popover.scrollIntoView({ block: "nearest" });
  }

  function close({ restoreFocus = true } = {}) {
    if (!current) return;
    const marker = current;
    current = null;
    popover.hidden = true;
    body.replaceChildren();
    marker.setAttribute("aria-expanded", "false");
    if (restoreFocus) marker.focus();
  }

  for (const marker of markers) {
    marker.addEventListener("click", () => {
      if (current === marker) close();
      else open(marker);
    });
  }
  closeButton.addEventListener("click", () => close());
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && current) {
      event.preventDefault();
      close();
    }
  });
  // A tap or click anywhere else puts the card away (markers toggle it themselves).
  document.addEventListener("pointerdown", (event) => {
    const onMarker = event.target.closest(".park-map__marker");
    if (current && !popover.contains(event.target) && !onMarker) {
      close({ restoreFocus: false });
    }
  });
  // Tabbing on past the card's last link closes it, so it never hides the list below.
  popover.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    if (current && next && !popover.contains(next) && next !== current) {
      close({ restoreFocus: false });
    }
  });
  window.addEventListener("resize", () => {
    if (current) place(current);
  });
}

function enhanceViews(root) {
  const panels = [...root.querySelectorAll("[data-park-view]")];
  if (panels.length < 2) return;
  const list = document.createElement("div");
  list.className = "park-tabs";
  list.setAttribute("role", "tablist");
  list.setAttribute("aria-label", "浏览方式");

  const tabs = panels.map((panel) => {
    const heading = panel.querySelector("[data-park-view-title]");
    const tab = document.createElement("button");
    tab.type = "button";
    tab.className = "park-tabs__tab";
    tab.id = `${panel.id}-tab`;
    tab.textContent = heading.textContent;
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", panel.id);
    heading.classList.add("visually-hidden");
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", tab.id);
    panel.tabIndex = 0;
    list.append(tab);
    return tab;
  });

  function select(index, { focus = false } = {}) {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i].hidden = !selected;
    });
    if (focus) tabs[index].focus();
  }

  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () => select(index));
    tab.addEventListener("keydown", (event) => {
      const moves = {
        ArrowRight: index + 1,
        ArrowLeft: index - 1,
        Home: 0,
        End: tabs.length - 1,
      };
      if (!(event.key in moves)) return;
      event.preventDefault();
      select((moves[event.key] + tabs.length) % tabs.length, { focus: true });
    });
  });

  root.prepend(list);
  // A link to a zone (#zone-3) or a year (#year-2025) opens the view that holds it.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const start = panels.findIndex((panel) => target && panel.contains(target));
  select(Math.max(start, 0));
  if (start >= 0) target.scrollIntoView();
}

for (const stage of document.querySelectorAll("[data-park-map]")) enhanceMap(stage);
for (const root of document.querySelectorAll("[data-park-views]")) enhanceViews(root);
for (const button of document.querySelectorAll("[data-park-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
