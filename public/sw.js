// Service worker that makes the playground work offline once loaded: hashed assets (JS, CSS, the
// esbuild wasm) are served cache-first; the page itself network-first with the cache as fallback.
const CACHE = "asyncio-ts-playground-v1";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The page lists what it loaded before this worker controlled it (the page itself, its scripts,
// the workers, the wasm), so that those are cached too.
self.addEventListener("message", (event) => {
  const urls = Array.isArray(event.data?.cache) ? event.data.cache : [];
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        urls
          .filter((url) => new URL(url).origin === self.location.origin)
          .map((url) => cache.match(url).then((hit) => hit ?? cache.add(url)).catch(() => {})),
      ),
    ),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const hashed = url.pathname.includes("/assets/");
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (hashed) {
        const hit = await cache.match(request);
        if (hit) return hit;
      }
      try {
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      } catch (error) {
        const hit = await cache.match(request, { ignoreSearch: true });
        if (hit) return hit;
        throw error;
      }
    }),
  );
});
