/* global self, caches, importScripts */
/**
 * Service worker of the offline demo build (npm run build:demo): it keeps the app's files in a cache
 * so that the demo keeps working without network after the first load, and it hosts msw's worker,
 * which hands API requests to the mock API running in the page.
 *
 * The app's own files (navigations, /assets/*, icons) are answered here: from the network when it
 * is there (refreshing the cache), otherwise from the cache. Everything else goes to msw's worker.
 */
const MANIFEST_URL = new URL('demo-assets.json', self.registration.scope).toString();
const CACHE_PREFIX = 'roadmap-monitor-demo-';

function isAppFile(request) {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return false;
  if (request.mode === 'navigate') return true;
  const scope = new URL(self.registration.scope).pathname;
  const path = url.pathname.slice(scope.length - 1);
  return path.startsWith('/assets/') || path === '/favicon.svg' || path === '/demo-assets.json';
}

async function currentCache() {
  const manifest = await (await fetch(MANIFEST_URL, { cache: 'no-store' })).json();
  return { name: `${CACHE_PREFIX}${manifest.version}`, files: manifest.files };
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const { name, files } = await currentCache();
      const cache = await caches.open(name);
      await cache.addAll(files.map((file) => new URL(file, self.registration.scope).toString()));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const { name } = await currentCache().catch(() => ({ name: null }));
      if (!name) return;
      for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX) && key !== name) await caches.delete(key);
    })(),
  );
});

async function fromNetworkOrCache(request) {
  const isNavigation = request.mode === 'navigate';
  const key = isNavigation ? new URL('index.html', self.registration.scope).toString() : request;
  try {
    const response = await fetch(request);
    if (response.ok) {
      const names = (await caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX));
      const cache = await caches.open(names[names.length - 1] ?? `${CACHE_PREFIX}runtime`);
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    // Module scripts are requested with an Origin header; the cached copies answer whatever it says.
    const cached = await caches.match(key, { ignoreVary: true, ignoreSearch: isNavigation });
    if (cached) return cached;
    throw error;
  }
}

// Fetch events for the app's own files are answered above; msw's worker sees only the rest.
const addListener = self.addEventListener.bind(self);
addListener('fetch', (event) => {
  if (isAppFile(event.request)) event.respondWith(fromNetworkOrCache(event.request));
});
self.addEventListener = (type, listener, options) => {
  if (type !== 'fetch') return addListener(type, listener, options);
  return addListener(
    'fetch',
    (event) => {
      if (!isAppFile(event.request)) listener(event);
    },
    options,
  );
};

// msw's worker unregisters itself when its last page closes; the demo must stay installed so that
// the next visit, or a reload without network, still finds the app.
self.registration.unregister = () => Promise.resolve(false);

importScripts('./mockServiceWorker.js');
