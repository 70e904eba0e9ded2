/**
 * One queryOptions factory per resource, shared by route loaders and components. Keys go from
 * general to specific so a resource can be invalidated as a whole.
 */
import { queryOptions } from '@tanstack/react-query';
import { apiGet, endpointPath } from './client';
import {
  CommitmentDetailSchema,
  CommitmentListSchema,
  IndicatorListSchema,
  IndicatorSchema,
  JurisdictionListSchema,
  JurisdictionSchema,
  ProgressSchema,
  RoadmapSchema,
  type JurisdictionCode,
  type Period,
  type StatusCode,
} from './schemas';

/** The roadmap changes at most twice a year; five minutes keeps navigation instant without going stale. */
export const STALE_TIME_MS = 5 * 60 * 1000;

export const roadmapQuery = () =>
  queryOptions({
    queryKey: ['roadmap'],
    queryFn: ({ signal }) => apiGet('/roadmap', RoadmapSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const jurisdictionsQuery = () =>
  queryOptions({
    queryKey: ['jurisdictions'],
    queryFn: ({ signal }) => apiGet('/jurisdictions', JurisdictionListSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const jurisdictionQuery = (code: JurisdictionCode) =>
  queryOptions({
    queryKey: ['jurisdictions', code],
    queryFn: ({ signal }) => apiGet(`/jurisdictions/${encodeURIComponent(code)}`, JurisdictionSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export interface CommitmentFilters {
  jurisdiction?: JurisdictionCode;
  pillar?: string;
  status?: StatusCode;
  period?: Period;
}

export const commitmentsQuery = (filters: CommitmentFilters = {}) =>
  queryOptions({
    queryKey: ['commitments', 'list', filters],
    queryFn: ({ signal }) =>
      apiGet(endpointPath('/commitments', { ...filters }), CommitmentListSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const commitmentQuery = (id: string, period?: Period) =>
  queryOptions({
    queryKey: ['commitments', 'detail', id, period ?? null],
    queryFn: ({ signal }) =>
      apiGet(endpointPath(`/commitments/${encodeURIComponent(id)}`, { period }), CommitmentDetailSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export interface IndicatorFilters {
  pillar?: string;
  jurisdiction?: JurisdictionCode;
}

export const indicatorsQuery = (filters: IndicatorFilters = {}) =>
  queryOptions({
    queryKey: ['indicators', 'list', filters],
    queryFn: ({ signal }) => apiGet(endpointPath('/indicators', { ...filters }), IndicatorListSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const indicatorQuery = (id: string) =>
  queryOptions({
    queryKey: ['indicators', 'detail', id],
    queryFn: ({ signal }) => apiGet(`/indicators/${encodeURIComponent(id)}`, IndicatorSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });

export const progressQuery = (period?: Period) =>
  queryOptions({
    queryKey: ['progress', period ?? null],
    queryFn: ({ signal }) => apiGet(endpointPath('/progress', { period }), ProgressSchema, { signal }),
    staleTime: STALE_TIME_MS,
  });
