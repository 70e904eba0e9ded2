/**
 * The commitments table of a jurisdiction: one row per commitment as it stood at the end of a
 * period, filters (pillar, status, overdue, free-text search), and the table's sort order.
 */
import type { Commitment, Period, StatusCode } from '../api/schemas';
import { STATUS_CODES } from '../api/schemas';
import { isOverdue, statusAt } from './progress';
import { sortRows } from './sort';

export interface CommitmentRow {
  id: string;
  title: string;
  pillar: string;
  /** Position of the pillar in the roadmap (pillars sort in roadmap order, not by name). */
  pillarOrder: number;
  institution: string;
  deadline: string;
  status: StatusCode;
  overdue: boolean;
  lastUpdate: Period;
  /** Id, title and institution in lower case without accents, for search. */
  searchText: string;
  /** Fields shown in English for want of a translation (the commitment's `untranslated`). */
  untranslated?: readonly string[];
}

/** Lower case without accents: 'Agjencia Ç' -> 'agjencia c'. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a search, each already in search form; empty for a blank search. */
export function searchTerms(query: string): string[] {
  return searchKey(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/**
 * Rows for the commitments on the roadmap at the end of `period`, in the order given. The status is
 * the one reported for that period; commitments not yet added by then are left out.
 */
export function commitmentRows(
  commitments: readonly Pick<Commitment, 'id' | 'title' | 'pillar' | 'institution' | 'deadline' | 'lastUpdate' | 'history' | 'untranslated'>[],
  period: Period,
  pillarIds: readonly string[],
): CommitmentRow[] {
  const order = new Map(pillarIds.map((id, index) => [id, index]));
  const rows: CommitmentRow[] = [];
  for (const c of commitments) {
    const entry = statusAt(c.history, period);
    if (!entry) continue;
    rows.push({
      id: c.id,
      title: c.title,
      untranslated: c.untranslated,
      pillar: c.pillar,
      pillarOrder: order.get(c.pillar) ?? pillarIds.length,
      institution: c.institution,
      deadline: c.deadline,
      status: entry.status,
      overdue: isOverdue(c.deadline, entry.status, period),
      lastUpdate: c.lastUpdate,
      searchText: searchKey(`${c.id} ${c.title} ${c.institution}`),
    });
  }
  return rows;
}

export interface CommitmentFilter {
  pillar: string | null;
  status: StatusCode | null;
  overdueOnly: boolean;
  /** Free text; every word must occur in the id, title or institution. */
  query: string;
}

export const NO_COMMITMENT_FILTER: CommitmentFilter = { pillar: null, status: null, overdueOnly: false, query: '' };

export function isFiltered(filter: CommitmentFilter): boolean {
  return filter.pillar !== null || filter.status !== null || filter.overdueOnly || searchTerms(filter.query).length > 0;
}

/** Rows that pass every filter, in their original order; the input itself when nothing filters. */
export function filterCommitmentRows(rows: readonly CommitmentRow[], filter: CommitmentFilter): readonly CommitmentRow[] {
  const terms = searchTerms(filter.query);
  if (filter.pillar === null && filter.status === null && !filter.overdueOnly && terms.length === 0) return rows;
  return rows.filter(
    (row) =>
      (filter.pillar === null || row.pillar === filter.pillar) &&
      (filter.status === null || row.status === filter.status) &&
      (!filter.overdueOnly || row.overdue) &&
      terms.every((term) => row.searchText.includes(term)),
  );
}

export const COMMITMENT_SORT_KEYS = ['id', 'title', 'pillar', 'institution', 'deadline', 'status', 'overdue', 'lastUpdate'] as const;
export type CommitmentSortKey = (typeof COMMITMENT_SORT_KEYS)[number];

export function isCommitmentSortKey(key: string): key is CommitmentSortKey {
  return (COMMITMENT_SORT_KEYS as readonly string[]).includes(key);
}

/** The table's default order: earliest deadline first. */
export const DEFAULT_COMMITMENT_SORT: { id: CommitmentSortKey; desc: boolean } = { id: 'deadline', desc: false };

/**
 * The value a column sorts by, for the table on screen and for its CSV alike: statuses in their
 * vocabulary order, pillars in roadmap order, overdue as a flag (overdue first when descending).
 */
export function commitmentSortValue(row: CommitmentRow, key: CommitmentSortKey): string | number {
  switch (key) {
    case 'pillar':
      return row.pillarOrder;
    case 'status':
      return STATUS_CODES.indexOf(row.status);
    case 'overdue':
      return row.overdue ? 1 : 0;
    default:
      return row[key];
  }
}

/** The rows in table order (domain/sort.ts): a sorted copy; equal rows keep their order whichever the direction. */
export function sortCommitmentRows(rows: readonly CommitmentRow[], sort: { id: CommitmentSortKey; desc: boolean }): CommitmentRow[] {
  return sortRows(rows, sort, (row, id) => commitmentSortValue(row, id as CommitmentSortKey));
}
