/**
 * Table order: one comparator for the table on screen and for the CSV download, so a file always
 * lists its rows in the order the table shows them. Missing values go last whichever way a column
 * is sorted; numbers compare as numbers, text in natural order ("R.2" before "R.10").
 */
export type SortValue = string | number | null;

export interface TableSort {
  id: string;
  desc: boolean;
}

export function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/** The rows in table order: as given without a sort; stable, missing values last in both directions. */
export function sortRows<T>(rows: readonly T[], sort: TableSort | null, valueOf: (row: T, columnId: string) => SortValue): T[] {
  if (!sort) return [...rows];
  const sign = sort.desc ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.id) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return compareValues(a.value, b.value) || a.index - b.index;
      return sign * compareValues(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** `?sort=deadline` ascending, `?sort=-deadline` descending; anything else is invalid (and ignored). */
export function parseSort(raw: string | null, allowed: readonly string[]): { sort: TableSort | null; invalid: string | null } {
  if (raw === null) return { sort: null, invalid: null };
  const id = raw.replace(/^-/, '');
  return allowed.includes(id) ? { sort: { id, desc: raw.startsWith('-') }, invalid: null } : { sort: null, invalid: raw };
}

export function sortParam(sort: TableSort | null): string | undefined {
  return sort ? `${sort.desc ? '-' : ''}${sort.id}` : undefined;
}

/** `?page=N` (1-based): a whole number from 1; anything else is invalid and means page 1. */
export function parsePage(raw: string | null): { page: number; invalid: string | null } {
  if (raw === null) return { page: 1, invalid: null };
  return /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? { page: Number(raw), invalid: null } : { page: 1, invalid: raw };
}
