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
export function localized(path: string, locale: ApiLocale = 'en'): string {
  return locale === 'en' ? `${path}.json` : `/${seg(locale)}${path}.json`;
}

export const roadmapQuery = (locale: ApiLocale = 'en') =>
  queryOptions({
    queryKey: ['roadmap', locale],
    queryFn: ({ signal }) => apiGet(localized('/roadmap', locale), RoadmapSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const releaseQuery = (locale: ApiLocale = 'en') =>
  queryOptions({
    queryKey: ['release', locale],
    queryFn: ({ signal }) => apiGet(localized('/release', locale), ReleaseSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const jurisdictionsQuery = (locale: ApiLocale = 'en') =>
  queryOptions({
    queryKey: ['jurisdictions', locale],
    queryFn: ({ signal }) => apiGet(localized('/jurisdictions', locale), JurisdictionListSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const jurisdictionQuery = (code: JurisdictionCode, locale: ApiLocale = 'en') =>
  queryOptions({
    queryKey: ['jurisdictions', locale, code],
    queryFn: ({ signal }) => apiGet(localized(`/jurisdictions/${seg(code)}`, locale), JurisdictionSchema, { signal }),
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

export const commitmentsQuery = (filters: CommitmentFilters = {}, locale: ApiLocale = 'en') =>
  queryOptions({
    queryKey: ['commitments', 'list', locale, filters],
    queryFn: async ({ signal }) => {
      const list = await apiGet(localized(commitmentsPath(filters), locale), CommitmentListSchema, { signal });
      return commitmentListAt(list, filters.period, filters);
    },
    staleTime: STALE_TIME_MS,
  });

export const commitmentQuery = (id: string, period?: Period, locale: ApiLocale = 'en') =>
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

export const indicatorsQuery = (filters: IndicatorFilters = {}, locale: ApiLocale = 'en') =>
  queryOptions({
    queryKey: ['indicators', 'list', locale, filters],
    queryFn: async ({ signal }) => {
      const { pillar, jurisdiction } = filters;
      const path = pillar ? `/pillars/${seg(pillar)}/indicators` : jurisdiction ? `/jurisdictions/${seg(jurisdiction)}/indicators` : '/indicators';
      const list = await apiGet(localized(path, locale), IndicatorListSchema, { signal });
      if (!pillar || !jurisdiction) return list;
      return { items: list.items.map((indicator) => ({ ...indicator, series: indicator.series.filter((s) => s.jurisdiction === jurisdiction) })) };
    },
    staleTime: STALE_TIME_MS,
  });

export const indicatorQuery = (id: string, locale: ApiLocale = 'en') =>
  queryOptions({
    queryKey: ['indicators', 'detail', locale, id],
    queryFn: ({ signal }) => apiGet(localized(`/indicators/${seg(id)}`, locale), IndicatorSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const progressQuery = (period?: Period, locale: ApiLocale = 'en') =>
  queryOptions({
    queryKey: ['progress', locale, period ?? null],
    queryFn: ({ signal }) => apiGet(localized(period ? `/progress/${seg(period)}` : '/progress', locale), ProgressSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });
