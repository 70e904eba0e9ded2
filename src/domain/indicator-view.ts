/**
 * What the indicator views show: which yearly values were known at the end of a reporting period,
 * which jurisdictions are compared (`?compare=`), the table of values by year, and the extremes
 * that a one-sentence takeaway names. Pure functions, no React.
 */
import type { IndicatorSeries, Observation, Period } from '../api/schemas';
import { parsePeriod } from './periods';

/**
 * The last calendar year that had ended by the end of `period`: a yearly value covers a whole year,
 * so it is part of the picture only once that year is over. '2025-H2' -> 2025, '2026-H1' -> 2025.
 */
export function lastYearEndedBy(period: Period): number {
  const { year, half } = parsePeriod(period);
  return half === 2 ? year : year - 1;
}

/**
 * A series as it stood at the end of `period`: observations for years that had ended by then, and
 * the baseline only when its year had (a baseline taken from a later year was not known yet). The
 * target is a goal set in advance and stays.
 */
export function seriesAt(series: IndicatorSeries, period: Period): IndicatorSeries {
  const last = lastYearEndedBy(period);
  return {
    ...series,
    baseline: series.baseline && series.baseline.year <= last ? series.baseline : null,
    observations: series.observations.filter((o) => o.year <= last),
  };
}

export interface CompareSelection<C extends string> {
  /** The compared codes, in the order of `all`; never empty. */
  selected: C[];
  /** Values from the URL that are not codes of `all` (shown in a notice, then dropped). */
  invalid: string[];
  /** Whether every code is compared (the default, written as no parameter at all). */
  all: boolean;
}

/**
 * The compared set from `?compare=AL,RS`: codes are matched case-insensitively, repeated and unknown
 * ones are dropped, and the result keeps the order of `all`. No parameter, an empty one or one with
 * no known code means every code.
 */
export function parseCompare<C extends string>(raw: string | null, all: readonly C[]): CompareSelection<C> {
  const tokens = (raw ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token.length > 0);
  const wanted = new Set<string>();
  const invalid: string[] = [];
  for (const token of tokens) {
    const code = all.find((c) => c === token.toUpperCase());
    if (code) wanted.add(code);
    else if (!invalid.includes(token)) invalid.push(token);
  }
  const selected = all.filter((code) => wanted.has(code));
  if (selected.length === 0) return { selected: [...all], invalid, all: true };
  return { selected, invalid, all: selected.length === all.length };
}

/** The `?compare=` value for a selection: undefined (no parameter) when every code is compared. */
export function compareParam<C extends string>(selected: readonly C[], all: readonly C[]): string | undefined {
  const ordered = all.filter((code) => selected.includes(code));
  if (ordered.length === 0 || ordered.length === all.length) return undefined;
  return ordered.join(',');
}

/** The selection after ticking or unticking `code`; the last compared code cannot be removed. */
export function toggleCompared<C extends string>(selected: readonly C[], code: C, all: readonly C[]): C[] {
  const next = selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code];
  if (next.length === 0) return [...selected];
  return all.filter((c) => next.includes(c));
}

export type YearCell = Pick<Observation, 'value' | 'quality' | 'source'>;

export interface YearRow<C extends string> {
  year: number;
  /** The observation of each compared series for that year; undefined when the series has no entry. */
  cells: Partial<Record<C, YearCell>>;
}

/** One row per year (ascending) that any of the given series reports, missing entries included. */
export function yearRows<C extends string>(series: readonly (Omit<IndicatorSeries, 'jurisdiction'> & { jurisdiction: C })[]): YearRow<C>[] {
  const years = [...new Set(series.flatMap((s) => s.observations.map((o) => o.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    const cells: Partial<Record<C, YearCell>> = {};
    for (const s of series) {
      const observation = s.observations.find((o) => o.year === year);
      if (observation) cells[s.jurisdiction] = { value: observation.value, quality: observation.quality, source: observation.source };
    }
    return { year, cells };
  });
}

export interface LatestValue<C extends string> {
  jurisdiction: C;
  year: number;
  value: number;
}

/** The latest non-missing value of a series, or null when it has none. */
export function latestValue<C extends string>(series: { jurisdiction: C; observations: readonly Observation[] }): LatestValue<C> | null {
  for (let i = series.observations.length - 1; i >= 0; i -= 1) {
    const o = series.observations[i];
    if (o && o.value !== null && Number.isFinite(o.value)) return { jurisdiction: series.jurisdiction, year: o.year, value: o.value };
  }
  return null;
}

/**
 * The best and weakest latest values among the series, "best" following the indicator's direction.
 * Null when no series has a value. Ties keep the earlier series.
 */
export function latestExtremes<C extends string>(
  series: readonly { jurisdiction: C; observations: readonly Observation[] }[],
  direction: 'higher' | 'lower',
): { best: LatestValue<C>; weakest: LatestValue<C> } | null {
  const d = direction === 'lower' ? -1 : 1;
  let best: LatestValue<C> | null = null;
  let weakest: LatestValue<C> | null = null;
  for (const s of series) {
    const latest = latestValue(s);
    if (!latest) continue;
    if (!best || d * (latest.value - best.value) > 0) best = latest;
    if (!weakest || d * (latest.value - weakest.value) < 0) weakest = latest;
  }
  return best && weakest ? { best, weakest } : null;
}

function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * A value-axis range that holds every value (so that a baseline or target outside the observed
 * values still shows), widened to round numbers. Null when there is no value. Ranges of
 * non-negative values do not go below zero.
 */
export function valueDomain(values: readonly number[]): [number, number] | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const step = 10 ** Math.floor(Math.log10(hi - lo)) / 2;
  const niceLo = tidy(Math.floor(lo / step) * step);
  const niceHi = tidy(Math.ceil(hi / step) * step);
  return [Math.min(...finite) >= 0 ? Math.max(0, niceLo) : niceLo, niceHi];
}
