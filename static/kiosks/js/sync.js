// Offline sync: the content document and every picture it names kept in the kiosk's cache,
// the version check that downloads new content, and the clearing out of what is no longer named.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class ContentSync {
  #urls;
  #shown;
  #onPending;
  #pending = null; // downloaded and cached, swapped in at the next attract
  #storing = null; // the download of pictures under way, if any
  #checking = false; // one version check (and download) at a time
  #incomplete = false; // some picture could not be cached yet

  /** shown(): the content on screen; onPending(): new content is ready to swap in. */
  constructor({ urls, shown, onPending }) {
    this.#urls = urls;
    this.#shown = shown;
    this.#onPending = onPending;
  }

  get pending() {
    return this.#pending;
  }

  takePending() {
    const data = this.#pending;
    this.#pending = null;
    return data;
  }

  /** The content kept from last time, or null. */
  async cached() {
    if (!("caches" in window)) return null;
    try {
      const hit = await caches.match(this.#urls.content, { cacheName: this.#urls.content_cache, ignoreVary: true });
      return hit ? await hit.json() : null;
    } catch {
      return null;
    }
  }

  async download(version) {
    const url = version ? `${this.#urls.content}?v=${version}` : this.#urls.content;
    const response = await fetch(url, { cache: "no-store" });
    if (!response.ok) throw new Error(`content ${response.status}`);
    return response.json();
  }

  /** Cache every picture of the content, then the content itself: only then is it complete offline. */
  store(data, parallel = 4) {
    this.#storing = this.#fill(data, parallel).finally(() => {
      this.#storing = null;
    });
    return this.#storing;
  }

  async #fill(data, parallel) {
    if (!("caches" in window)) return;
    const cache = await caches.open(this.#urls.content_cache);
    // What is missing first, a few at a time.
    const queue = [...data.assets];
    const failed = [];
    const worker = async () => {
      while (queue.length) {
        const url = queue.shift();
        if (await cache.match(url, { ignoreVary: true })) continue;
        try {
          await cache.add(url);
        } catch {
          failed.push(url);
        }
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    for (const url of failed.splice(0)) {
      await sleep(500);
      try {
        await cache.add(url);
      } catch {
        failed.push(url);
      }
    }
    // Still missing: fetched again at the next version check.
    this.#incomplete = failed.length > 0;
    const body = JSON.stringify(data);
    await cache.put(this.#urls.content, new Response(body, { headers: { "Content-Type": "application/json" } }));
  }

  /** Forget the pictures the content on screen no longer names. */
  async dropStale(data) {
    if (!("caches" in window)) return;
    const cache = await caches.open(this.#urls.content_cache);
    const keep = new Set(data.assets.map((url) => new URL(url, location.href).href));
    keep.add(new URL(this.#urls.content, location.href).href);
    for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
  }

  /** Ask whether anything was published; download and cache it if so, then say it is ready. */
  async check() {
    if (this.#checking) return;
    this.#checking = true;
    try {
      const response = await fetch(this.#urls.version, { cache: "no-store" });
      if (!response.ok) return;
      const { version } = await response.json();
      const have = this.#pending || this.#shown();
      // Content cached before the server listed facet members is downloaded again.
      if (have && version === have.version && have.facets) {
        if (this.#incomplete && !this.#pending && !this.#storing) await this.store(have, 1);
        return;
      }
      const data = await this.download(version);
      if (this.#storing) await this.#storing;
      await this.store(data);
      this.#pending = data;
      this.#onPending();
    } catch {
      // Server unreachable: keep showing what we have, quietly.
    } finally {
      this.#checking = false;
    }
  }
}
