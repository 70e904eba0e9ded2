/**
 * Indicator small multiples of one jurisdiction: each series as it was known at the end of a
 * reporting period (years up to the period's year), its progress category and a value range that
 * keeps the baseline and target in view.
 */
import type { IndicatorSeries } from '../api/schemas';
import { indicatorProgress, type IndicatorDirection, type IndicatorProgress, type ProgressCategory } from './indicator-progress';

/** The series with observations up to `lastYear` only. */
export function seriesUpTo(series: IndicatorSeries, lastYear: number): IndicatorSeries {
  return { ...series, observations: series.observations.filter((o) => o.year <= lastYear) };
}

export function seriesProgress(series: IndicatorSeries, direction: IndicatorDirection): IndicatorProgress {
  return indicatorProgress({
    direction,
    baseline: series.baseline,
    target: series.target,
    observations: series.observations,
  });
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) at least as large as `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function roundTo(value: number, step: number): number {
  // Removes floating-point noise such as 0.30000000000000004.
  return Number((Math.round(value / step) * step).toPrecision(12));
}

/**
 * A value axis range on round numbers (about four steps) that holds every observed value, the
 * baseline and the target, with a step of room above and below so that no line sits on the frame;
 * it does not go below 0 when every value is non-negative. Null when there is no value at all.
 */
export function valueRange(series: IndicatorSeries): [number, number] | null {
  const values = [
    ...series.observations.map((o) => o.value),
    series.baseline?.value ?? null,
    series.target?.value ?? null,
  ].filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = niceStep((max - min || Math.abs(max) || 1) / 4);
  let low = roundTo(Math.floor(min / step) * step, step);
  let high = roundTo(Math.ceil(max / step) * step, step);
  if (low >= min) low = roundTo(low - step, step);
  if (high <= max) high = roundTo(high + step, step);
  if (min >= 0 && low < 0) low = 0;
  return [low, high];
}

/** How many series fall in each progress category. */
export function categoryCounts(categories: readonly ProgressCategory[]): Record<ProgressCategory, number> {
  const counts: Record<ProgressCategory, number> = {
    target_achieved: 0,
    on_track: 0,
    acceleration_needed: 0,
    limited_progress: 0,
    deterioration: 0,
    not_available: 0,
  };
  for (const category of categories) counts[category] += 1;
  return counts;
}
