/** Half-yearly reporting periods ("2026-H1" = January-June 2026). Pure functions, no React. */
import type { Period, Roadmap } from '../api/schemas';

const PERIOD_RE = /^(\d{4})-H([12])$/;

export interface PeriodParts {
  year: number;
  half: 1 | 2;
}

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && PERIOD_RE.test(value);
}

/**
 * The period to ask the API for, from a `?period=` value: undefined for the latest (the API's
 * default, so that a screen can ask before the roadmap has arrived) and for anything that is not one
 * of the roadmap's periods (the screen then shows the latest and says so).
 */
export function apiPeriodFor(roadmap: Pick<Roadmap, 'periods' | 'asOfPeriod'>, raw: string | null): Period | undefined {
  return isPeriod(raw) && roadmap.periods.includes(raw) && raw !== roadmap.asOfPeriod ? raw : undefined;
}

/** The period a screen shows for a `?period=` value: that period when the roadmap has it, else the as-of period. */
export function selectedPeriod(roadmap: Pick<Roadmap, 'periods' | 'asOfPeriod'>, raw: string | null): Period {
  return raw !== null && isPeriod(raw) && roadmap.periods.includes(raw) ? raw : roadmap.asOfPeriod;
}

export function parsePeriod(period: Period): PeriodParts {
  const match = PERIOD_RE.exec(period);
  if (!match) throw new RangeError(`Not a reporting period: ${period}`);
  return { year: Number(match[1]), half: match[2] === '1' ? 1 : 2 };
}

/** Years are written with four digits, so formatPeriod(parsePeriod(p)) === p for every period. */
export function formatPeriod({ year, half }: PeriodParts): Period {
  if (!Number.isInteger(year) || year < 0 || year > 9999 || (half !== 1 && half !== 2)) {
    throw new RangeError(`Not a reporting period: year ${year}, half ${half}`);
  }
  return `${String(year).padStart(4, '0')}-H${half}`;
}

/** Position on a half-year axis; consecutive periods differ by one. */
export function periodIndex(period: Period): number {
  const { year, half } = parsePeriod(period);
  return year * 2 + (half - 1);
}

function fromIndex(index: number): Period {
  return formatPeriod({ year: Math.floor(index / 2), half: index % 2 === 0 ? 1 : 2 });
}

export function comparePeriods(a: Period, b: Period): number {
  return periodIndex(a) - periodIndex(b);
}

export function addPeriods(period: Period, count: number): Period {
  return fromIndex(periodIndex(period) + count);
}

export function nextPeriod(period: Period): Period {
  return addPeriods(period, 1);
}

export function previousPeriod(period: Period): Period {
  return addPeriods(period, -1);
}

/** Every period from `from` to `to`, both included; empty when `from` is after `to`. */
export function periodRange(from: Period, to: Period): Period[] {
  const start = periodIndex(from);
  const end = periodIndex(to);
  const out: Period[] = [];
  for (let i = start; i <= end; i += 1) out.push(fromIndex(i));
  return out;
}

/** First day of the period, ISO date. */
export function periodStart(period: Period): string {
  const { half } = parsePeriod(period);
  const year = period.slice(0, 4);
  return half === 1 ? `${year}-01-01` : `${year}-07-01`;
}

/** Last day of the period, ISO date. */
export function periodEnd(period: Period): string {
  const { half } = parsePeriod(period);
  const year = period.slice(0, 4);
  return half === 1 ? `${year}-06-30` : `${year}-12-31`;
}

/** The period that contains an ISO date (YYYY-MM-DD, optionally followed by a time, e.g. 2026-06-30T12:00Z). */
export function periodOfDate(isoDate: string): Period {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(isoDate);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RangeError(`Not an ISO date: ${isoDate}`);
  }
  return formatPeriod({ year, half: month <= 6 ? 1 : 2 });
}
