/**
 * The boot script: a separate, tiny script that index.html loads beside the app (production and
 * demo builds). It runs before the app's code has arrived and asks at once for the opening
 * screen's code (listed by the build in `#screen-assets`) and its first API requests, so that they
 * download alongside the app instead of after it. The app then takes them from the browser's
 * preload cache; nothing changes when a preload fails.
 *
 * The build puts the modules it shares with the app (the screen table, the locales) in this
 * script's file, so that it imports nothing and the app imports them from here: the script must
 * therefore never throw, or the app's own import of this file would fail with it.
 */
import { catalogueRequests, firstRequests, pageLocale } from './first-requests';

function preload(href: string, kind: 'script' | 'style' | 'fetch'): void {
  const link = document.createElement('link');
  if (kind === 'script') link.rel = 'modulepreload';
  else {
    link.rel = 'preload';
    link.as = kind;
  }
  // The same request mode as the app's own: module scripts and styles (crossorigin), fetch().
  link.crossOrigin = kind === 'fetch' ? 'anonymous' : '';
  link.href = href;
  document.head.append(link);
}

function assets<T>(id: string, empty: T): T {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? 'null') as T ?? empty;
  } catch {
    return empty;
  }
}

function boot(): void {
  const { screen, endpoints } = firstRequests(location.pathname, new URLSearchParams(location.search));
  if (screen) for (const file of assets<Record<string, string[]>>('screen-assets', {})[screen] ?? []) preload(file, file.endsWith('.css') ? 'style' : 'script');
  // Another language: the catalogue files the app will ask for before it can show the screen in it.
  const locale = pageLocale(location.pathname);
  if (screen && locale) {
    const files = assets<Record<string, string>>('catalogue-assets', {});
    for (const name of catalogueRequests(locale, (f) => f in files)) preload(files[name]!, 'script');
  }
  // The demo build's mock API is a service worker that starts with the app: nothing to ask before it.
  if (import.meta.env.MODE !== 'demo') {
    const base = ((import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '').replace(/\/+$/, '');
    for (const endpoint of endpoints) preload(`${base}/api/v1${endpoint}`, 'fetch');
  }
}

try {
  boot();
} catch (error) {
  // Without its preloads the app only starts its requests later.
  console.warn('Preloading the first screen failed.', error);
}
