/**
 * One commitment's page: its status over the reporting periods, and which evidence addresses may be
 * shown as links. Pure functions, no React.
 */
import type { Period, StatusCode, StatusEntry } from '../api/schemas';
import { formatDay } from './dates';
import { comparePeriods } from './periods';
import { statusAt } from './progress';

/**
 * The address to link to when `url` is an absolute http or https address; null otherwise (missing,
 * relative, javascript:, data:, mailto: and every other scheme), so that the page shows it as text.
 */
export function safeLinkUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export type TimelineChange = 'added' | 'changed' | 'unchanged';

export interface TimelineEntry {
  period: Period;
  /** Status at the end of the period. */
  status: StatusCode;
  /** Status at the end of the period before; null for the period the commitment was added in. */
  previous: StatusCode | null;
  change: TimelineChange;
  /** False when no status was reported for the period and the previous one carries over. */
  reported: boolean;
  note?: string;
}

/**
 * The commitment's status in every period of `periods` from its first history entry up to `upTo`
 * (both included), oldest first. Empty when the commitment had not been added by `upTo`.
 */
export function statusTimeline(history: readonly StatusEntry[], periods: readonly Period[], upTo: Period): TimelineEntry[] {
  const first = history.reduce<Period | undefined>(
    (earliest, entry) => (!earliest || comparePeriods(entry.period, earliest) < 0 ? entry.period : earliest),
    undefined,
  );
  if (!first || comparePeriods(first, upTo) > 0) return [];
  const reported = new Map(history.map((entry) => [entry.period, entry]));
  const span = [...periods]
    .filter((p) => comparePeriods(p, first) >= 0 && comparePeriods(p, upTo) <= 0)
    .sort(comparePeriods);
  const out: TimelineEntry[] = [];
  let previous: StatusCode | null = null;
  for (const period of span) {
    const own = reported.get(period);
    const status = own?.status ?? statusAt(history, period)?.status;
    if (!status) continue;
    const entry: TimelineEntry = {
      period,
      status,
      previous,
      change: previous === null ? 'added' : previous === status ? 'unchanged' : 'changed',
      reported: own !== undefined && own.reported !== false,
    };
    if (own?.note) entry.note = own.note;
    out.push(entry);
    previous = status;
  }
  return out;
}

/** A calendar date (YYYY-MM-DD) written out: '2026-06-30' -> '30 June 2026'; the input itself if it is not a date. */
export function formatIsoDate(isoDate: string, locale = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return isoDate;
  return formatDay(year, month, day, locale);
}
