// The park's pages: the zoomable map (map.js, on Leaflet), the directory's zone/year tabs,
// and the plaque's print button. Without this module (or without Leaflet) the map is the
// plain plan with a link per sculpture, both directory views show one after the other,
// and the print button stays hidden.

import { enhanceMap } from "./map.js";

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

// Leaflet is a classic script, loaded (deferred, before this module) only where a map is.
if (window.L) {
  for (const stage of document.querySelectorAll("[data-park-map]")) enhanceMap(stage, window.L);
}
for (const root of document.querySelectorAll("[data-park-views]")) enhanceViews(root);
for (const button of document.querySelectorAll("[data-park-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
