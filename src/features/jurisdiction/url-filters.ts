/**
 * The commitments table's view state in the URL: ?pillar=, ?status=, ?overdue=1, ?q=, ?page=
 * (one-based); ?ref= and ?moved=1 are read by components/follow-filters.tsx (useFollowUrlState). Each is written only when it differs from the default; a value that is not
 * understood falls back to the default and is reported so the screen can say so.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { STATUS_CODES, type StatusCode } from '../../api/schemas';
import { useUpdateSearch } from '../../components/url-state';
import { parsePage } from '../../domain/sort';

export interface CommitmentUrlState {
  pillar: string | null;
  status: StatusCode | null;
  overdueOnly: boolean;
  /** The search text as in the URL. */
  query: string;
  /** One-based page from the URL; 1 when absent or not understood. */
  page: number;
  invalid: { pillar: string | null; status: string | null; overdue: string | null; page: string | null };
}

function isStatus(value: string): value is StatusCode {
  return (STATUS_CODES as readonly string[]).includes(value);
}

export function useCommitmentUrlState(pillarIds: readonly string[]): CommitmentUrlState {
  const [params] = useSearchParams();
  const pillar = params.get('pillar');
  const status = params.get('status');
  const overdue = params.get('overdue');
  const page = parsePage(params.get('page'));
  const pillarValid = pillar !== null && pillarIds.includes(pillar);
  const statusValid = status !== null && isStatus(status);
  return {
    pillar: pillarValid ? pillar : null,
    status: statusValid ? status : null,
    overdueOnly: overdue === '1',
    query: params.get('q') ?? '',
    page: page.page,
    invalid: {
      pillar: pillar !== null && !pillarValid ? pillar : null,
      status: status !== null && !statusValid ? status : null,
      overdue: overdue !== null && overdue !== '1' ? overdue : null,
      page: page.invalid,
    },
  };
}

export interface FilterChange {
  pillar?: string | null;
  status?: StatusCode | null;
  overdueOnly?: boolean;
  query?: string;
}

/** Writes filter changes in one navigation and goes back to the first page. */
export function useSetCommitmentFilters() {
  const update = useUpdateSearch();
  const set = useCallback(
    (change: FilterChange, options: { replace?: boolean } = {}) => {
      const next: Record<string, string | undefined> = { page: undefined };
      if ('pillar' in change) next.pillar = change.pillar ?? undefined;
      if ('status' in change) next.status = change.status ?? undefined;
      if ('overdueOnly' in change) next.overdue = change.overdueOnly ? '1' : undefined;
      if ('query' in change) next.q = change.query?.trim() || undefined;
      update(next, options);
    },
    [update],
  );
  const clear = useCallback(
    () => update({ pillar: undefined, status: undefined, overdue: undefined, q: undefined, page: undefined, ref: undefined, moved: undefined }),
    [update],
  );
  const setPage = useCallback(
    (page: number, options: { replace?: boolean } = {}) => update({ page: page <= 1 ? undefined : String(page) }, options),
    [update],
  );
  return { set, clear, setPage };
}

