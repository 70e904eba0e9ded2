/**
 * URL state: every view setting lives in the query string and is written only when it differs
 * from its default, so links stay short and shareable.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

type SearchChanges = Record<string, string | undefined>;

/**
 * The latest URL written (path and query) and the rendered one it was built on, shared by every user of
 * useUpdateSearch: two controls changed before the next render (two charts switched to tables in
 * quick succession) build on each other instead of the second dropping the first.
 */
let latest: { rendered: string; search: string } | null = null;

/**
 * Sets or removes query parameters in one navigation; `undefined` or the default removes a key.
 * `changes` may be a function of the current parameters (those of the last change not yet
 * rendered, if any). Changes made before the next render build on each other (react-router's
 * own functional setSearchParams would start each from the last rendered URL and drop the earlier
 * change).
 */
export function useUpdateSearch() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = useRef({ pathname: location.pathname, search: location.search });
  useLayoutEffect(() => {
    current.current = { pathname: location.pathname, search: location.search };
    // The latest change has been rendered: later changes start from the URL again.
    if (latest?.search === `${location.pathname}${location.search}`) latest = null;
  }, [location.pathname, location.search]);

  return useCallback(
    (changes: SearchChanges | ((params: URLSearchParams) => SearchChanges), options: { replace?: boolean } = {}) => {
      const { pathname, search: renderedSearch } = current.current;
      const rendered = `${pathname}${renderedSearch}`;
      const start = latest && latest.rendered === rendered ? latest.search.slice(pathname.length) : renderedSearch;
      const next = new URLSearchParams(start);
      for (const [key, value] of Object.entries(typeof changes === 'function' ? changes(new URLSearchParams(start)) : changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      const search = next.toString();
      latest = { rendered, search: `${pathname}${search ? `?${search}` : ''}` };
      void navigate(
        { pathname, search: search ? `?${search}` : '' },
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
      // From the latest list, which another chart may have changed since this one rendered.
      update(
        (params) => {
          const others = (params.get('tables') ?? '').split(',').filter((id) => id && id !== chartId);
          const list = next === 'table' ? [...others, chartId] : others;
          return { tables: list.length ? list.join(',') : undefined };
        },
        { replace: true },
      );
    },
    [chartId, update],
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
