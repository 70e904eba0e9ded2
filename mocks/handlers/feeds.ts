/**
 * Atom feeds of the latest release, built from the dataset with the same generator data:build
 * uses (src/domain/feed.ts): /api/v1/feeds/region.atom, /feeds/jurisdictions/{code}.atom and
 * /feeds/pillars/{id}.atom. For the bundled data the release is the as-of period's changes.
 * Plain paths, so that a static host can serve the same files.
 */
import { http, HttpResponse, type PathParams } from 'msw';
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

const cache = new WeakMap<Dataset, Map<string, Map<string, string>>>();

function feedsFor(data: Dataset, origin: string): Map<string, string> {
  let byOrigin = cache.get(data);
  if (!byOrigin) cache.set(data, (byOrigin = new Map()));
  let feeds = byOrigin.get(origin);
  if (!feeds) {
    feeds = buildFeeds(data, mockRelease(data), { siteUrl: origin, apiUrl: `${origin}${API_BASE_PATH}` });
    byOrigin.set(origin, feeds);
  }
  return feeds;
}

function serve(path: (params: PathParams) => string) {
  return ({ request, params }: { request: Request; params: PathParams }) => {
    const url = new URL(request.url);
    try {
      const xml = feedsFor(datasetFor(request), url.origin).get(path(params));
      if (!xml) throw notFound(`There is no feed at ${url.pathname}.`, url.pathname);
      return new HttpResponse(xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
    } catch (error) {
      if (error instanceof ProblemError) return error.toResponse();
      throw error;
    }
  };
}

export const feedHandlers = [
  http.get(apiPath('/feeds/region.atom'), serve(() => 'feeds/region.atom')),
  http.get(apiPath('/feeds/jurisdictions/:file'), serve((params) => `feeds/jurisdictions/${pathParam(params, 'file')}`)),
  http.get(apiPath('/feeds/pillars/:file'), serve((params) => `feeds/pillars/${pathParam(params, 'file')}`)),
];
