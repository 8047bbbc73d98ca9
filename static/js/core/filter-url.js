// Which address a filter form or facet link asks for: the pure part of filters.js.

/**
 * The query string a filter form stands for: its chosen values in form order, empty
 * choices ("全部") and the page number left out, so a new choice starts at page one.
 * @param {Iterable<[string, string]>} entries e.g. new FormData(form)
 */
export function filterQuery(entries) {
  const query = new URLSearchParams();
  for (const [name, value] of entries) {
    if (name === "page" || typeof value !== "string" || value.trim() === "") continue;
    query.append(name, value);
  }
  return query.toString();
}

/** The address for a form: its action with filterQuery(entries). */
export function filterUrl(action, entries) {
  const url = new URL(action);
  url.search = filterQuery(entries);
  url.hash = "";
  return url.href;
}

/** Whether two addresses show the same list (they differ at most in the #fragment). */
export function sameList(a, b) {
  const [first, second] = [new URL(a), new URL(b)];
  return first.origin === second.origin && first.pathname === second.pathname
    && first.search === second.search;
}

/** Whether following a link stays on this list page, with other filters (not elsewhere). */
export function staysOnList(href, here) {
  const [link, page] = [new URL(href, here), new URL(here)];
  return link.origin === page.origin && link.pathname === page.pathname;
}
