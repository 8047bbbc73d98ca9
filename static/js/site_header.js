// The phone header (templates/base.html): the 菜单 and 搜索 buttons open the menu and the
// search box under the one-line bar, one at a time; Escape closes. On a wide screen both
// are always shown and the buttons are hidden (static/css/site.css); without JavaScript
// the phone shows them too, under the bar.

const toggles = Array.from(document.querySelectorAll(".site-header__toggle[aria-controls]"));

function panelOf(toggle) {
  return document.getElementById(toggle.getAttribute("aria-controls"));
}

function setOpen(toggle, open) {
  toggle.setAttribute("aria-expanded", String(open));
  panelOf(toggle)?.classList.toggle("is-open", open);
}

for (const toggle of toggles) {
  if (!panelOf(toggle)) {
    toggle.hidden = true;
    continue;
  }
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    for (const other of toggles) if (other !== toggle) setOpen(other, false);
    setOpen(toggle, open);
    if (open) panelOf(toggle).querySelector("input")?.focus();
  });
}

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  if (event.target.matches?.("input") && event.target.value) return; // closes suggestions first
  const open = toggles.find((toggle) => toggle.getAttribute("aria-expanded") === "true");
  if (!open) return;
  setOpen(open, false);
  open.focus();
});
