// Suggestions under a search box: names and titles from /search/suggest/ as the visitor
// types. An ARIA combobox: arrow keys move through the list, Enter opens the chosen page,
// Escape closes it; without JavaScript the box is a plain form that goes to /search/.
(function () {
  "use strict";
  const DELAY_MS = 150;

  function attach(input) {
    const list = document.createElement("ul");
    list.id = input.id + "-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "搜索建议");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    let timer = null;
    let active = -1;
    let controller = null;

    function options() {
      return Array.from(list.querySelectorAll("[role=option]"));
    }

    function close() {
      list.hidden = true;
      list.replaceChildren();
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      const all = options();
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      active = index;
      if (index >= 0) input.setAttribute("aria-activedescendant", all[index].id);
      else input.removeAttribute("aria-activedescendant");
    }

    function show(suggestions) {
      list.replaceChildren();
      suggestions.forEach((item, i) => {
        const option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = item.url;
        const title = document.createElement("span");
        title.className = "suggestions__title";
        title.textContent = item.title;
        const type = document.createElement("span");
        type.className = "suggestions__type";
        type.textContent = item.type;
        option.append(title, type);
        // mousedown, not click: the box must not lose focus (and close) first.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          window.location.href = item.url;
        });
        list.appendChild(option);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", String(!list.hidden));
      active = -1;
    }

    async function fetchSuggestions() {
      const query = input.value.trim();
      if (!query) return close();
      if (controller) controller.abort();
      controller = new AbortController();
      const url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
      try {
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) return close();
        const data = await response.json();
        if (data.query === query || input.value.trim() === query) show(data.suggestions);
      } catch (error) {
        if (error.name !== "AbortError") close(); // offline: the form still works
      }
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", (event) => {
      const all = options();
      if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        highlight((active + 1) % all.length);
      } else if (event.key === "ArrowUp" && all.length) {
        event.preventDefault();
        highlight(active <= 0 ? all.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = all[active].dataset.url;
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(attach);
})();
