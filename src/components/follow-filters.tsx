/**
 * The crosswalk and moved-deadline parts of a commitments table: the ?ref= select, the ?moved=1
 * check box, the "Deadline moved" column, and the notices for values not understood. The
 * jurisdiction screen uses all of them; the pillar screen the ?ref= filter.
 */
import { useCallback, useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Commitment, FrameworkRef, Period } from '../api/schemas';
import type { DataColumn } from './data-table';
import { filterByRef, parseRef } from '../domain/crosswalk';
import { deadlineMoves, type DeadlineMoves } from '../domain/deadlines';
import { MISSING } from '../domain/format';
import { changes, type ChangesKey } from '../i18n/en/changes';
import { registerMessages, useScopedT } from '../i18n/scoped';
import { useUpdateSearch } from './url-state';

void registerMessages('changes', changes);

type Item = Pick<Commitment, 'id' | 'deadline' | 'deadlineHistory' | 'refs'>;

export interface FollowRows<T extends Item> {
  /** The items the ?ref= and ?moved=1 filters let through. */
  items: T[];
  /** How far each commitment's deadline had moved by the period, by id. */
  moves: Map<string, DeadlineMoves>;
  url: FollowUrlState;
  notices: string[];
}

export function useFollowRows<T extends Item>(all: readonly T[], period: Period, references: readonly FrameworkRef[]): FollowRows<T> {
  const t = useScopedT<ChangesKey>();
  const url = useFollowUrlState(references);
  const moves = useMemo(() => new Map(all.map((c) => [c.id, deadlineMoves(c, period)])), [all, period]);
  const code = url.ref?.code ?? null;
  const items = useMemo(
    () => filterByRef(all, code).filter((c) => !url.movedOnly || (moves.get(c.id)?.count ?? 0) > 0),
    [all, code, url.movedOnly, moves],
  );
  const notices = [
    url.invalid.ref !== null ? t('changes.screen.invalidRef', { value: url.invalid.ref }) : null,
    url.invalid.moved !== null ? t('changes.screen.invalidMoved', { value: url.invalid.moved }) : null,
    url.ref ? t('changes.screen.refShowing', { label: url.ref.label, name: url.ref.name }) : null,
  ].filter((n): n is string => n !== null);
  return { items, moves, url, notices };
}

/** The ?ref= select and, with `moved`, the ?moved=1 check box, for a commitments filter form. */
export function FollowFilters({ references, url, moved = false }: { references: readonly FrameworkRef[]; url: FollowUrlState; moved?: boolean }) {
  const t = useScopedT<ChangesKey>();
  const id = useId();
  const set = useSetFollowFilters();
  return (
    <>
      {references.length > 0 && (
        <div className="filter-field filter-ref">
          <label htmlFor={`${id}-ref`}>{t('changes.screen.ref')}</label>
          <select id={`${id}-ref`} value={url.ref?.code ?? ''} onChange={(e) => set({ ref: e.target.value || null })}>
            <option value="">{t('changes.screen.allRefs')}</option>
            {references.map((r) => (
              <option key={r.code} value={r.code}>
                {`${r.label} ${r.name}`}
              </option>
            ))}
          </select>
        </div>
      )}
      {moved && (
        <div className="filter-field filter-check">
          <input id={`${id}-moved`} type="checkbox" checked={url.movedOnly} onChange={(e) => set({ movedOnly: e.target.checked })} />
          <label htmlFor={`${id}-moved`}>{t('changes.screen.movedOnly')}</label>
        </div>
      )}
    </>
  );
}

/** The "Deadline moved" column: how often, and the original deadline; sorts by the number of moves. */
export function useMovedColumn<R extends { id: string }>(moves: Map<string, DeadlineMoves>): DataColumn<R> {
  const t = useScopedT<ChangesKey>();
  return useMemo(
    (): DataColumn<R> => ({
      id: 'moved',
      header: t('changes.screen.movedColumn'),
      value: (r) => moves.get(r.id)?.count ?? 0,
      sortable: false,
      cell: (r) => {
        const m = moves.get(r.id);
        return m && m.count > 0 ? t('changes.screen.movedTimes', { count: m.count, original: m.original }) : MISSING;
      },
    }),
    [t, moves],
  );
}

/**
 * The crosswalk and moved-deadline filters in the URL: ?ref=<code> (a code of the roadmap's
 * vocabulary; another value is reported and ignored) and ?moved=1 (only commitments whose deadline
 * had moved by the period). Shared by the jurisdiction and pillar screens.
 */
export interface FollowUrlState {
  ref: FrameworkRef | null;
  movedOnly: boolean;
  invalid: { ref: string | null; moved: string | null };
}

export function useFollowUrlState(references: readonly FrameworkRef[]): FollowUrlState {
  const [params] = useSearchParams();
  const raw = params.get('ref');
  const moved = params.get('moved');
  const ref = parseRef(raw, references);
  return {
    ref,
    movedOnly: moved === '1',
    invalid: { ref: raw && !ref ? raw : null, moved: moved !== null && moved !== '1' ? moved : null },
  };
}

/** Writes ?ref= and ?moved= (back to the first page). */
export function useSetFollowFilters() {
  const update = useUpdateSearch();
  return useCallback(
    (change: { ref?: string | null; movedOnly?: boolean }) => {
      const next: Record<string, string | undefined> = { page: undefined };
      if ('ref' in change) next.ref = change.ref ?? undefined;
      if ('movedOnly' in change) next.moved = change.movedOnly ? '1' : undefined;
      update(next);
    },
    [update],
  );
}
