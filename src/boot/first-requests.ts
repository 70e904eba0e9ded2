/**
 * What the opening screen asks for first, from its URL alone: which screen's code, and which API
 * endpoints (relative to /api/v1) its loader requests before it knows anything else. The boot script
 * preloads them; the app's own requests then take the preloaded responses. A test checks these
 * against what the app really requests, so that the two cannot drift apart.
 *
 * The roadmap is left out: every screen needs it, and index.html preloads it for all of them.
 * Requests that depend on the roadmap (a chosen period, a pillar's figures) are left out too.
 * Pure and dependency-free: it runs in the boot script, before the app's code has arrived.
 */
export type ScreenName = 'overview' | 'jurisdiction' | 'pillar' | 'indicator' | 'commitment' | 'about';

export interface FirstRequests {
  screen: ScreenName | null;
  endpoints: string[];
}

const JURISDICTION_CODES = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'];
const SLUG = /^[a-z0-9-]+$/;

export function firstRequests(pathname: string, search: URLSearchParams): FirstRequests {
  const path = pathname.replace(/\/+$/, '') || '/';
  const latest = !search.has('period');
  const [, first, second, ...rest] = path.split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  if (path === '/') return { screen: 'overview', endpoints: latest ? ['/jurisdictions.json', '/progress.json'] : ['/jurisdictions.json'] };
  if (rest.length > 0 || second === undefined) {
    return first === 'about' && second === undefined ? { screen: 'about', endpoints: ['/jurisdictions.json'] } : { screen: null, endpoints: [] };
  }
  switch (first) {
    case 'jurisdictions': {
      const code = second.toUpperCase();
      if (!JURISDICTION_CODES.includes(code)) return { screen: 'jurisdiction', endpoints: [] };
      const endpoints = [`/jurisdictions/${code}.json`];
      if (latest) endpoints.push(`/jurisdictions/${code}/commitments.json`);
      return { screen: 'jurisdiction', endpoints };
    }
    case 'pillars':
      return { screen: 'pillar', endpoints: SLUG.test(second) ? ['/jurisdictions.json'] : [] };
    case 'indicators':
      return { screen: 'indicator', endpoints: SLUG.test(second) ? [`/indicators/${second}.json`, '/jurisdictions.json'] : [] };
    case 'commitments':
      return { screen: 'commitment', endpoints: /^[A-Z]{2}-\d+-\d+$/.test(second) ? ['/jurisdictions.json'] : [] };
    default:
      return { screen: null, endpoints: [] };
  }
}
