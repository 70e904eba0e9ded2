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
 * Dependency-free: it runs before the app's code has arrived.
 */
import { matchScreen, type ScreenName } from '../app/screen-paths';
import { catalogueSource, LOCALES } from '../i18n/locales';

export type { ScreenName };

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

/** The page's language from its first path segment; null for English (unprefixed). */
export function pageLocale(pathname: string): (typeof LOCALES)[number] | null {
  const first = pathname.split('/')[1] ?? '';
  return LOCALES.find((l) => l.code === first && l.code !== 'en') ?? null;
}

/**
 * The catalogue files the app loads before it can show a page in another language, by name: each
 * folder is one file with all of its catalogues (scripts/vite-catalogues.ts). A transliterated
 * locale reads its source's folder (and the transliteration code), a locale based on another reads
 * that one's folder and its own differences where it has any (src/i18n/i18n.ts).
 */
export function catalogueRequests(locale: (typeof LOCALES)[number], available: (file: string) => boolean): string[] {
  const { folder, differences, transliterate } = catalogueSource(locale);
  return [folder, ...(differences ? [differences] : []), ...(transliterate ? ['transliterate'] : [])].filter(available);
}

export function firstRequests(pathname: string, search: URLSearchParams): FirstRequests {
  const locale = pageLocale(pathname)?.code ?? null;
  const match = matchScreen(locale ? pathname.slice(locale.length + 1) || '/' : pathname);
  if (!match) return { screen: null, endpoints: [] };
  const resources = screenRequests(match.screen, match.params, !search.has('period'));
  if (resources === null) return { screen: match.screen, endpoints: [] };
  // Another language: its own copies.
  const localized = ['/roadmap', ...resources, '/release'].map((r) => (locale ? `/${locale}${r}` : r));
  return { screen: match.screen, endpoints: localized.map((r) => `${r}.json`) };
}
