// The filters of a list page (/honorees/, /search/): on a phone a drawer opened from the
// bar above the results; on every screen a choice applies as soon as it is made. The page
// for the new address is fetched and its parts marked data-filter-region replace these
// (by id), so the counts of every option follow the choice. Without JavaScript the same
// markup works: the drawer opens as the #filters target and the form has its button.
import { filterUrl, sameList, staysOnList } from "./core/filter-url.js";

const PHONE = window.matchMedia("(max-width: 799px)");
// Arrow keys on a closed <select> change it step by step: wait for the last step.
const SETTLE_MS = 200;
const FOCUSABLE = "a[href], button:not([disabled]), select, input, [tabindex='0']";

function enhance(root) {
  const panel = root.querySelector("[data-filter-panel]");
  const title = panel.querySelector("[tabindex='-1']");
  const backdrop = document.createElement("div");
  backdrop.className = "filter-backdrop";
  backdrop.hidden = true;
  panel.after(backdrop);
  root.classList.add("is-live");

  let controller = null;
  let opener = null;
  let settling = null;
  let shown = location.href;

  const isOpen = () => panel.classList.contains("is-open");

  function markToggles() {
    for (const toggle of root.querySelectorAll("[data-filter-open]")) {
      toggle.setAttribute("role", "button");
      toggle.setAttribute("aria-expanded", String(isOpen()));
    }
    // Labels that hold only while choices apply at once ("查看 12 位").
    for (const label of root.querySelectorAll("[data-live-label]")) {
      label.textContent = label.dataset.liveLabel;
    }
  }

  function open(trigger) {
    opener = trigger;
    panel.classList.add("is-open");
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "true");
    panel.setAttribute("aria-labelledby", title.id);
    backdrop.hidden = false;
    document.documentElement.classList.add("has-open-drawer");
    markToggles();
    title.focus();
  }

  function close() {
    if (!isOpen()) return;
    panel.classList.remove("is-open");
    panel.removeAttribute("role");
    panel.removeAttribute("aria-modal");
    backdrop.hidden = true;
    document.documentElement.classList.remove("has-open-drawer");
    markToggles();
    const toggle = root.querySelector("[data-filter-open]");
    (opener && opener.isConnected ? opener : toggle)?.focus();
  }

  /** Put the regions of a freshly fetched page in place of these, keeping the focus. */
  function swap(doc) {
    const active = document.activeElement;
    const inside = root.contains(active);
    const key = inside ? focusKey(active) : null;
    for (const region of root.querySelectorAll("[data-filter-region]")) {
      const fresh = doc.getElementById(region.id);
      if (fresh) region.replaceWith(document.importNode(fresh, true));
    }
    markToggles();
    if (!inside || active.isConnected) return;
    // The control used was swapped out: focus its new self, or else where the choice led.
    const again = key && root.querySelector(key);
    const fallback = isOpen() ? title : root.querySelector("[data-filter-results]");
    (again || fallback)?.focus({ preventScroll: true });
  }

  async function show(url, { push = true } = {}) {
    controller?.abort();
    controller = new AbortController();
    const results = root.querySelector("[data-filter-results]");
    results?.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(url, { signal: controller.signal });
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      const doc = new DOMParser().parseFromString(await response.text(), "text/html");
      swap(doc);
      document.title = doc.title;
      if (push) history.pushState({ filters: true }, "", url);
      shown = url;
    } catch (error) {
      if (error.name !== "AbortError") location.assign(url); // the page itself will do
    } finally {
      results?.removeAttribute("aria-busy");
    }
  }

  root.addEventListener("change", (event) => {
    const form = event.target.form;
    if (!form || !form.matches("[data-filter-form]")) return;
    clearTimeout(settling);
    settling = setTimeout(() => show(filterUrl(form.action, new FormData(form))), SETTLE_MS);
  });

  root.addEventListener("submit", (event) => {
    const form = event.target;
    if (!form.matches("[data-filter-form]")) return;
    event.preventDefault();
    clearTimeout(settling);
    const url = filterUrl(form.action, new FormData(form));
    if (!sameList(url, shown)) show(url);
    close();
  });

  root.addEventListener("click", (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const target = event.target.closest("a");
    if (!target) return;
    if (target.matches("[data-filter-open]")) {
      event.preventDefault();
      if (isOpen()) close();
      else open(target);
    } else if (target.matches("[data-filter-close]") && isOpen()) {
      event.preventDefault();
      close();
    } else if (
      (target.matches("[data-filter-link]") || panel.contains(target))
      && staysOnList(target.href, location.href)
    ) {
      event.preventDefault();
      show(target.href);
    }
  });

  root.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.key === " " && target.matches?.("[data-filter-open]")) {
      event.preventDefault();
      target.click();
    } else if (event.key === "Escape" && isOpen()) {
      close();
    } else if (event.key === "Tab" && isOpen()) {
      trapFocus(event, panel);
    }
  });

  backdrop.addEventListener("click", close);
  PHONE.addEventListener("change", close);
  window.addEventListener("popstate", () => {
    if (!sameList(location.href, shown)) show(location.href, { push: false });
  });
  markToggles();
}

/** A selector finding the same control in the swapped-in regions, if it has a name. */
function focusKey(element) {
  if (element.dataset?.focusKey) return `[data-focus-key="${CSS.escape(element.dataset.focusKey)}"]`;
  if (element.name) return `[name="${CSS.escape(element.name)}"]`;
  if (element.id) return `#${CSS.escape(element.id)}`;
  return null;
}

/** Keep Tab inside the open drawer, going round from its last control to its first. */
function trapFocus(event, panel) {
  const controls = [...panel.querySelectorAll(FOCUSABLE)].filter((el) => el.offsetParent);
  if (!controls.length) return;
  const at = controls.indexOf(document.activeElement);
  if (event.shiftKey && at <= 0) {
    event.preventDefault();
    controls[controls.length - 1].focus();
  } else if (!event.shiftKey && (at === -1 || at === controls.length - 1)) {
    event.preventDefault();
    controls[0].focus();
  }
}

for (const root of document.querySelectorAll("[data-filter-listing]")) enhance(root);
