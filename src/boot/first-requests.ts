/**
 * What the opening screen asks for first, from its URL alone: which screen's code, and which API
 * endpoints (relative to /api/v1, in the page's language) its loader requests before it knows
 * anything else. The boot script preloads them; the app's own requests then take the preloaded
 * responses. The screens and their paths come from the router's own table (app/screen-paths.ts);
 * a test checks these requests against what the app really requests, so the two cannot drift apart.
 *
 * The roadmap, which every screen and the header need, comes first, in the page's language; the
 * release, which the header and footer show on every screen (the root route's loader asks for it),
 * comes last.
 * Requests that depend on the roadmap (a chosen period, a pillar's figures) are left out.
 *
 * It runs before the app's code has arrived, inlined into index.html, so it imports no table: the
 * build writes the router's screen paths and the languages into the page (`#screen-assets`,
 * `#catalogue-assets`, scripts/vite-first-paint.ts) and the boot script hands them in (`PageTables`).
 */
import type { ScreenName } from '../app/screen-paths';

export type { ScreenName };

/** What the page tells the boot script: each screen's path pattern (app/screen-paths.ts), and the languages besides English. */
export interface PageTables {
  paths: Readonly<Record<ScreenName, string>>;
  locales: readonly string[];
}

/** The screen a path (without the language prefix) shows, with its parameters; null for none. */
export function matchScreen(pathname: string, paths: PageTables['paths']): { screen: ScreenName; params: Record<string, string> } | null {
  const parts = (pathname.replace(/\/+$/, '') || '/').split('/').slice(1).filter(Boolean);
  for (const [screen, pattern] of Object.entries(paths) as [ScreenName, string][]) {
    const want = pattern.split('/').slice(1).filter(Boolean);
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = want.every((segment, i) => {
      const part = parts[i] ?? '';
      if (!segment.startsWith(':')) return segment === part;
      try {
        params[segment.slice(1)] = decodeURIComponent(part);
      } catch {
        params[segment.slice(1)] = part;
      }
      return true;
    });
    if (ok) return { screen, params };
  }
  return null;
}

export interface FirstRequests {
  screen: ScreenName | null;
  endpoints: string[];
}

const JURISDICTION_CODES = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'];
const SLUG = /^[a-z0-9-]+$/;

/**
 * The endpoints of a screen's loader besides the roadmap, as resource paths without `.json`; null
 * when the loader rejects the URL's id (it then goes to not-found and asks for nothing at once).
 */
function screenRequests(screen: ScreenName, params: Record<string, string>, latest: boolean): string[] | null {
  switch (screen) {
    case 'overview':
      return latest ? ['/jurisdictions', '/progress'] : ['/jurisdictions'];
    case 'about':
      return ['/jurisdictions'];
    case 'jurisdiction': {
      const code = (params.code ?? '').toUpperCase();
      if (!JURISDICTION_CODES.includes(code)) return null;
      return latest ? [`/jurisdictions/${code}`, `/jurisdictions/${code}/commitments`] : [`/jurisdictions/${code}`];
    }
    case 'pillar':
      return SLUG.test(params.pillarId ?? '') ? ['/jurisdictions'] : null;
    case 'indicator':
      return SLUG.test(params.indicatorId ?? '') ? [`/indicators/${params.indicatorId}`, '/jurisdictions'] : null;
    case 'commitment':
      return /^[A-Z]{2}-\d+-\d+$/.test(params.commitmentId ?? '') ? ['/jurisdictions'] : null;
    case 'reporting':
    case 'frameworks':
      return [];
  }
}

/** The page's language from its first path segment, among `locales` (those besides English); null for English (unprefixed). */
export function pageLocale(pathname: string, locales: readonly string[]): string | null {
  const first = pathname.split('/')[1] ?? '';
  return first !== 'en' && locales.includes(first) ? first : null;
}

export function firstRequests(pathname: string, search: URLSearchParams, tables: PageTables): FirstRequests {
  const locale = pageLocale(pathname, tables.locales);
  const match = matchScreen(locale ? pathname.slice(locale.length + 1) || '/' : pathname, tables.paths);
  if (!match) return { screen: null, endpoints: [] };
  const resources = screenRequests(match.screen, match.params, !search.has('period'));
  if (resources === null) return { screen: match.screen, endpoints: [] };
  // Another language: its own copies.
  const localized = ['/roadmap', ...resources, '/release'].map((r) => (locale ? `/${locale}${r}` : r));
  return { screen: match.screen, endpoints: localized.map((r) => `${r}.json`) };
}
