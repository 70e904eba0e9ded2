/**
 * URL state: every view setting lives in the query string and is written only when it differs
 * from its default, so links stay short and shareable.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * Sets or removes query parameters in one navigation; `undefined` or the default removes a key.
 * Changes made before the next render build on each other (react-router's own functional
 * setSearchParams would start each from the last rendered URL and drop the earlier change).
 */
export function useUpdateSearch() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = useRef({ pathname: location.pathname, search: location.search });
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    current.current = { pathname: location.pathname, search: location.search };
    pending.current = null;
  }, [location.pathname, location.search]);

  return useCallback(
    (changes: Record<string, string | undefined>, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(pending.current ?? current.current.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      const search = next.toString();
      pending.current = search;
      void navigate(
        { pathname: current.current.pathname, search: search ? `?${search}` : '' },
        { replace: options.replace ?? false, preventScrollReset: true },
      );
    },
    [navigate],
  );
}

/** The charts shown as tables: `?tables=a,b`. */
export function useChartView(chartId: string): ['chart' | 'table', (view: 'chart' | 'table') => void] {
  const [searchParams] = useSearchParams();
  const update = useUpdateSearch();
  const listed = searchParams.get('tables') ?? '';
  const view = listed.split(',').includes(chartId) ? 'table' : 'chart';
  const setView = useCallback(
    (next: 'chart' | 'table') => {
      const others = listed.split(',').filter((id) => id && id !== chartId);
      const list = next === 'table' ? [...others, chartId] : others;
      update({ tables: list.length ? list.join(',') : undefined }, { replace: true });
    },
    [chartId, update, listed],
  );
  return [view, setView];
}

export interface SortParamState {
  sort: { id: string; desc: boolean } | null;
  /** The raw value when it named no sortable column. */
  invalid: string | null;
  setSort: (sort: { id: string; desc: boolean } | null) => void;
}

/** Table sort in the URL: `?sort=deadline` ascending, `?sort=-deadline` descending. */
export function useSortParam(allowed: readonly string[], param = 'sort'): SortParamState {
  const [searchParams] = useSearchParams();
  const update = useUpdateSearch();
  const raw = searchParams.get(param);
  const id = raw?.replace(/^-/, '') ?? '';
  const valid = raw !== null && allowed.includes(id);
  const setSort = useCallback(
    (next: { id: string; desc: boolean } | null) =>
      update({ [param]: next ? `${next.desc ? '-' : ''}${next.id}` : undefined, page: undefined }, { replace: true }),
    [update, param],
  );
  return {
    sort: valid ? { id, desc: raw.startsWith('-') } : null,
    invalid: raw !== null && !valid ? raw : null,
    setSort,
  };
}
