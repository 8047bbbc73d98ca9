// Kiosk service worker for {{ scope }}: serves the kiosk from its caches, so it boots and
// browses with the server unreachable. The page fills the content cache (content.json and
// every image it names) and decides when to swap in new content; this worker only answers.
"use strict";

const SHELL_CACHE = "{{ cache_name }}";
const CONTENT_CACHE = "{{ urls.content_cache }}";
const SHELL_URLS = {{ shell_urls|safe }};
const SCOPE = "{{ scope }}";
// Always asked of the server: the version check and the heartbeat must not be answered from a cache.
const NETWORK_ONLY = ["{{ urls.version }}", "{{ urls.heartbeat }}", "{{ urls.worker }}"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL_URLS))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names
          .filter((name) => name.startsWith(SHELL_CACHE.replace(/-shell-.*$/, "-shell-")) && name !== SHELL_CACHE)
          .map((name) => caches.delete(name))
      ))
      .then(() => self.clients.claim())
  );
});

function cacheable(url) {
  return url.pathname.startsWith("/media/") || url.pathname.startsWith("/static/") || url.pathname.startsWith("/qr/");
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NETWORK_ONLY.includes(url.pathname)) return;

  if (request.mode === "navigate") {
    if (url.pathname !== SCOPE) return;
    // The shell from the cache: the kiosk starts even when the server does not answer.
    event.respondWith(
      caches.match(SCOPE, { cacheName: SHELL_CACHE, ignoreVary: true }).then((hit) => hit || fetch(request))
    );
    return;
  }

  event.respondWith(
    caches.match(request, { ignoreVary: true }).then((hit) => {
      if (hit) return hit;
      return fetch(request).then((response) => {
        if (response.ok && cacheable(url)) {
          const copy = response.clone();
          caches.open(CONTENT_CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      });
    })
  );
});
