/**
 * Reference context from published sources (DOMAIN.md, "Context data with sources"). It is
 * background shown on the About page with its sources, kept apart from the dashboard's dataset and
 * never used in its figures.
 */
import type { JurisdictionCode } from '../../api/schemas';
import { formatMonthYear } from '../../domain/dates';

export type GreyListEntry =
  | { code: JurisdictionCode; kind: 'listed'; listed: string; removed: string }
  | { code: JurisdictionCode; kind: 'not_listed' }
  | { code: JurisdictionCode; kind: 'not_member' };

/** FATF increased monitoring: month listed and removed (YYYY-MM). */
export const FATF_GREY_LIST: readonly GreyListEntry[] = [
  { code: 'AL', kind: 'listed', listed: '2020-02', removed: '2023-10' },
  { code: 'BA', kind: 'listed', listed: '2015-06', removed: '2018-02' },
  { code: 'XK', kind: 'not_member' },
  { code: 'ME', kind: 'not_listed' },
  { code: 'MK', kind: 'not_listed' },
  { code: 'RS', kind: 'listed', listed: '2018-02', removed: '2019-06' },
];

/** Years of the Corruption Perceptions Index scores below. */
export const CPI_YEARS = [2021, 2023, 2024, 2025] as const;

/** CPI scores (0-100), one per year of CPI_YEARS. */
export const CPI_SCORES: Readonly<Record<JurisdictionCode, readonly number[]>> = {
  AL: [35, 37, 42, 39],
  BA: [35, 35, 33, 34],
  XK: [39, 41, 44, 43],
  ME: [46, 46, 46, 46],
  MK: [39, 42, 40, 40],
  RS: [38, 36, 35, 33],
};

/** 'YYYY-MM' written out: '2020-02' -> 'February 2020'. */
export function formatMonth(yearMonth: string, locale = 'en'): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month || month > 12) return yearMonth;
  return formatMonthYear(year, month, locale);
}
