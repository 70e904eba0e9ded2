/**
 * Atom feeds of the latest release, built from the dataset with the same generator data:build
 * uses (src/domain/feed.ts): /api/v1/feeds/region.atom, /feeds/jurisdictions/{code}.atom and
 * /feeds/pillars/{id}.atom in English, and the same under /api/v1/{locale}/feeds/... in each
 * locale, built from that locale's payloads and linking to its pages (/sq/commitments/...).
 * For the bundled data the release is the as-of period's changes. Plain paths, so that a static
 * host can serve the same files.
 */
import { http, HttpResponse, type PathParams } from 'msw';
import { LOCALES, type ApiLocale } from '../../src/api/schemas';
import { ATOM_CONTENT_TYPE, buildFeeds, type FeedRelease } from '../../src/domain/feed';
import type { Dataset } from '../data/dataset';
import { datasetFor } from '../scenarios';
import { API_BASE_PATH, apiPath } from './paths';
import { notFound, ProblemError } from './problem';
import { pathParam } from './request';

/** The mock API's release: the as-of period, built at the as-of date. */
export function mockRelease(data: Pick<Dataset, 'roadmap'>): FeedRelease {
  return { id: data.roadmap.asOfPeriod, period: data.roadmap.asOfPeriod, builtAt: `${data.roadmap.asOf}T00:00:00Z` };
}

/** Feeds by dataset (one per scenario and locale), then by origin. */
const cache = new WeakMap<Dataset, Map<string, Map<string, string>>>();

function feedsFor(data: Dataset, origin: string, locale: ApiLocale): Map<string, string> {
  let byOrigin = cache.get(data);
  if (!byOrigin) cache.set(data, (byOrigin = new Map()));
  let feeds = byOrigin.get(origin);
  if (!feeds) {
    feeds = buildFeeds(data, mockRelease(data), { siteUrl: origin, apiUrl: `${origin}${API_BASE_PATH}`, locale });
    byOrigin.set(origin, feeds);
  }
  return feeds;
}

function serve(path: (params: PathParams) => string) {
  return ({ request, params }: { request: Request; params: PathParams }) => {
    const url = new URL(request.url);
    try {
      const locale = params.locale === undefined ? 'en' : pathParam(params, 'locale');
      if (locale !== 'en' && !(LOCALES as readonly string[]).includes(locale)) {
        throw notFound(`There is no feed at ${url.pathname}: "${locale}" is not a locale (${LOCALES.join(', ')}).`, url.pathname);
      }
      const prefix = locale === 'en' ? '' : `${locale}/`;
      const xml = feedsFor(datasetFor(request, locale as ApiLocale), url.origin, locale as ApiLocale).get(`${prefix}${path(params)}`);
      if (!xml) throw notFound(`There is no feed at ${url.pathname}.`, url.pathname);
      return new HttpResponse(xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
    } catch (error) {
      if (error instanceof ProblemError) return error.toResponse();
      throw error;
    }
  };
}

/** The handlers of one feed path (relative to /api/v1, in English) and of its copy in each locale. */
function feed(pattern: string, path: (params: PathParams) => string) {
  const resolver = serve(path);
  return [http.get(apiPath(pattern), resolver), http.get(apiPath(`/:locale${pattern}`), resolver)];
}

export const feedHandlers = [
  ...feed('/feeds/region.atom', () => 'feeds/region.atom'),
  ...feed('/feeds/jurisdictions/:file', (params) => `feeds/jurisdictions/${pathParam(params, 'file')}`),
  ...feed('/feeds/pillars/:file', (params) => `feeds/pillars/${pathParam(params, 'file')}`),
];
