/**
 * An indicator's yearly series as it was known at the end of a reporting period: ONE rule, used by
 * every screen, slide, download and embed that shows indicator values. Also the latest value of a
 * series and the table of values by year. Pure functions, no React.
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
export function seriesAt<S extends Pick<IndicatorSeries, 'baseline' | 'observations'>>(series: S, period: Period): S {
  const last = lastYearEndedBy(period);
  return {
    ...series,
    baseline: series.baseline && series.baseline.year <= last ? series.baseline : null,
    observations: series.observations.filter((o) => o.year <= last),
  };
}

export interface LatestValue<C extends string> {
  jurisdiction: C;
  year: number;
  value: number;
}

/** The value of the latest year that has one (missing values are skipped, never read as 0), or null. */
export function latestValue<C extends string>(series: { jurisdiction: C; observations: readonly Pick<Observation, 'year' | 'value'>[] }): LatestValue<C> | null {
  let latest: LatestValue<C> | null = null;
  for (const o of series.observations) {
    if (o.value === null || !Number.isFinite(o.value) || !Number.isFinite(o.year)) continue;
    if (!latest || o.year > latest.year) latest = { jurisdiction: series.jurisdiction, year: o.year, value: o.value };
  }
  return latest;
}

export type YearCell = Pick<Observation, 'value' | 'quality' | 'source'>;

export interface YearRow<C extends string> {
  year: number;
  /** The observation of each series for that year; undefined when the series has no entry. */
  cells: Partial<Record<C, YearCell>>;
}

/** One row per year (ascending) that any of the given series reports, missing entries included. */
export function yearRows<C extends string>(series: readonly { jurisdiction: C; observations: readonly Observation[] }[]): YearRow<C>[] {
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
