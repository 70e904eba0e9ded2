/**
 * One queryOptions factory per resource, shared by route loaders and components. Keys go from
 * general to specific so a resource can be invalidated as a whole.
 *
 * Every request is a plain path (the API can be a folder of static files, see README "Static
 * API"): filters and the reporting period that a path does not carry are applied here, on payloads
 * that are small enough to take whole. Each factory takes an optional locale last (default English):
 * a localized copy of every payload lives under /api/v1/{locale}/.
 */
import { queryOptions } from '@tanstack/react-query';
import { commitmentAsAt, commitmentListAt } from './as-at';
import { apiGet } from './client';
import { apiLocale } from './locale';
import { markedEnglish } from '../domain/translation';
import { HttpError } from './errors';
import {
  CommitmentDetailSchema,
  CommitmentListSchema,
  IndicatorListSchema,
  IndicatorSchema,
  JurisdictionListSchema,
  JurisdictionSchema,
  ProgressSchema,
  ReleaseSchema,
  RoadmapSchema,
  type ApiLocale,
  type JurisdictionCode,
  type Period,
  type StatusCode,
} from './schemas';

/** The roadmap changes at most twice a year; five minutes keeps navigation instant without going stale. */
export const STALE_TIME_MS = 5 * 60 * 1000;

const seg = encodeURIComponent;

/** The endpoint (relative to /api/v1) of a resource path in a locale: "/roadmap.json", "/sq/roadmap.json". */
export function localized(path: string, locale: ApiLocale = apiLocale()): string {
  return locale === 'en' ? `${path}.json` : `/${seg(locale)}${path}.json`;
}

/**
 * Languages the API does not publish at all, learnt when the roadmap or the release (which every
 * published language has) answered 404: that language's other requests then go straight to English
 * instead of asking twice. Forgotten when the tester panel switches the mock API's scenario.
 */
const unpublished = new Set<ApiLocale>();
const IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set(['/roadmap', '/release']);

export function forgetUnpublishedLanguages(): void {
  unpublished.clear();
}

/**
 * A resource in a language, or in English where the API has no copy in that language (a static
 * API holds only the languages its workbook translates, see release.locales), marked as English.
 */
async function getIn<S extends Parameters<typeof apiGet>[1]>(path: string, schema: S, locale: ApiLocale, signal: AbortSignal): ReturnType<typeof apiGet<S>> {
  const english = () => apiGet(localized(path, 'en'), schema, { signal });
  if (locale === 'en') return english();
  if (unpublished.has(locale)) return markedEnglish(await english());
  try {
    return await apiGet(localized(path, locale), schema, { signal });
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 404)) throw error;
    if (IN_EVERY_LANGUAGE.has(path)) unpublished.add(locale);
    return markedEnglish(await english());
  }
}

export const roadmapQuery = (locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['roadmap', locale],
    queryFn: ({ signal }) => getIn('/roadmap', RoadmapSchema, locale, signal),
    staleTime: STALE_TIME_MS,
  });

export const releaseQuery = (locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['release', locale],
    queryFn: ({ signal }) => getIn('/release', ReleaseSchema, locale, signal),
    staleTime: STALE_TIME_MS,
  });

export const jurisdictionsQuery = (locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['jurisdictions', locale],
    queryFn: ({ signal }) => getIn('/jurisdictions', JurisdictionListSchema, locale, signal),
    staleTime: STALE_TIME_MS,
  });

export const jurisdictionQuery = (code: JurisdictionCode, locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['jurisdictions', locale, code],
    queryFn: ({ signal }) => getIn(`/jurisdictions/${seg(code)}`, JurisdictionSchema, locale, signal),
    staleTime: STALE_TIME_MS,
  });

export interface CommitmentFilters {
  jurisdiction?: JurisdictionCode;
  pillar?: string;
  status?: StatusCode;
  period?: Period;
}

/** The smallest resource that holds every commitment the filters can match. */
function commitmentsPath({ jurisdiction, pillar }: CommitmentFilters): string {
  if (jurisdiction) return `/jurisdictions/${seg(jurisdiction)}/commitments`;
  if (pillar) return `/pillars/${seg(pillar)}/commitments`;
  return '/commitments';
}

export const commitmentsQuery = (filters: CommitmentFilters = {}, locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['commitments', 'list', locale, filters],
    queryFn: async ({ signal }) => {
      const list = await getIn(commitmentsPath(filters), CommitmentListSchema, locale, signal);
      return commitmentListAt(list, filters.period, filters);
    },
    staleTime: STALE_TIME_MS,
  });

export const commitmentQuery = (id: string, period?: Period, locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['commitments', 'detail', locale, id, period ?? null],
    queryFn: async ({ signal }) => {
      const endpoint = localized(`/commitments/${seg(id)}`, locale);
      const commitment = await apiGet(endpoint, CommitmentDetailSchema, { signal });
      if (!period) return commitment;
      const atPeriod = commitmentAsAt(commitment, period);
      if (!atPeriod) throw new HttpError(endpoint, 404, 'Not Found', `Commitment ${id} was not yet part of the roadmap in ${period}.`, undefined);
      return atPeriod;
    },
    staleTime: STALE_TIME_MS,
  });

export interface IndicatorFilters {
  pillar?: string;
  jurisdiction?: JurisdictionCode;
}

export const indicatorsQuery = (filters: IndicatorFilters = {}, locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['indicators', 'list', locale, filters],
    queryFn: async ({ signal }) => {
      const { pillar, jurisdiction } = filters;
      const path = pillar ? `/pillars/${seg(pillar)}/indicators` : jurisdiction ? `/jurisdictions/${seg(jurisdiction)}/indicators` : '/indicators';
      const list = await getIn(path, IndicatorListSchema, locale, signal);
      if (!pillar || !jurisdiction) return list;
      return { items: list.items.map((indicator) => ({ ...indicator, series: indicator.series.filter((s) => s.jurisdiction === jurisdiction) })) };
    },
    staleTime: STALE_TIME_MS,
  });

export const indicatorQuery = (id: string, locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['indicators', 'detail', locale, id],
    queryFn: ({ signal }) => getIn(`/indicators/${seg(id)}`, IndicatorSchema, locale, signal),
    staleTime: STALE_TIME_MS,
  });

export const progressQuery = (period?: Period, locale: ApiLocale = apiLocale()) =>
  queryOptions({
    queryKey: ['progress', locale, period ?? null],
    queryFn: ({ signal }) => getIn(period ? `/progress/${seg(period)}` : '/progress', ProgressSchema, locale, signal),
    staleTime: STALE_TIME_MS,
  });
