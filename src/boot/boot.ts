/**
 * The boot script: a tiny script that the build inlines into index.html (production and demo builds,
 * scripts/vite-first-paint.ts). It runs while the page is parsed, before the app's code has arrived,
 * and asks at once for the opening screen's code, its catalogue file in another language and its
 * first API requests, so that they download alongside the app instead of after it. The app then
 * takes them from the browser's preload cache; nothing changes when a preload fails.
 *
 * It carries logic only: the screens' paths and files and the languages' catalogue files are
 * written into the page by the build (`#screen-assets`, `#catalogue-assets`), from the router's
 * table and the locales the app itself reads.
 */
import { firstRequests, pageLocale, type ScreenName } from './first-requests';

/** `#screen-assets`: each screen's path pattern and code files. */
export type ScreenAssets = Partial<Record<ScreenName, { path: string; files: string[] }>>;
/** `#catalogue-assets`: the catalogue files each language besides English loads before it can show a screen. */
export type CatalogueAssets = Record<string, string[]>;

function preload(href: string, kind: 'script' | 'fetch'): void {
  const link = document.createElement('link');
  if (kind === 'script') link.rel = 'modulepreload';
  else {
    link.rel = 'preload';
    link.as = kind;
  }
  // The same request mode as the app's own: module scripts (crossorigin), fetch().
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
  const screens = assets<ScreenAssets>('screen-assets', {});
  const catalogues = assets<CatalogueAssets>('catalogue-assets', {});
  const paths = Object.fromEntries(Object.entries(screens).map(([name, screen]) => [name, screen.path])) as Record<ScreenName, string>;
  const locales = Object.keys(catalogues);
  const { screen, endpoints } = firstRequests(location.pathname, new URLSearchParams(location.search), { paths, locales });
  const locale = pageLocale(location.pathname, locales);
  if (screen) for (const file of screens[screen]?.files ?? []) preload(file, 'script');
  // Another language: the catalogue files the app will ask for before it can show the screen in it.
  if (screen && locale) for (const file of catalogues[locale] ?? []) preload(file, 'script');
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
