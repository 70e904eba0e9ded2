/**
 * Indicator progress against a target: the Statistics Canada method used by Open SDG
 * (open-sdg/open-sdg docs/progress-methodology.md).
 *
 * Growth is the compound annual growth rate (CAGR) from the base year to the latest year with data:
 *   CAGR_a = (latest / base) ^ (1 / (latestYear - baseYear)) - 1
 *
 * With a target, it is compared with the growth needed to reach the target on time:
 *   CAGR_r = (target / base) ^ (1 / (targetYear - baseYear)) - 1
 *   R      = d * CAGR_a / |CAGR_r|        (d = +1 when higher is better, -1 when lower is better)
 * Dividing by the magnitude of CAGR_r keeps the sign of R meaning "moved the desired way" even when
 * the base value was already past the target (the target lies "behind" the base): a series that
 * started past its target and has since fallen short of it has moved the wrong way, so R < 0 and the
 * result is "deterioration". If the base equals the target exactly, CAGR_r is 0 and R cannot be
 * computed; the latest value then necessarily moved the wrong way, so the result is "deterioration"
 * with no ratio.
 *
 * Without a target, d * CAGR_a is compared with fixed annual growth rates.
 *
 * Data rules: the base is the baseline when given, otherwise the earliest non-missing observation;
 * the latest is the latest non-missing observation; a missing value is never read as zero.
 * A latest value that meets or beats the target (in the desired direction) is "target achieved",
 * whatever the trend. Growth rates need a positive base value and non-negative latest and target
 * values; otherwise the result is "not available" with a reason (no zero substitution).
 *
 * `indicatorProgressAt` is THE category of one jurisdiction's indicator at the end of a reporting
 * period (the series as then known, domain/indicator-series.ts): every screen, slide and embed uses it.
 */
import type { Indicator, IndicatorSeries, JurisdictionCode, Period } from '../api/schemas';
import { latestValue, seriesAt, type LatestValue } from './indicator-series';

/** Which way is better for the indicator. */
export type IndicatorDirection = 'higher' | 'lower';

export interface YearValuePoint {
  year: number;
  value: number;
}

export interface YearObservation {
  year: number;
  value: number | null;
}

export interface IndicatorProgressInput {
  direction: IndicatorDirection;
  baseline: YearValuePoint | null;
  target: YearValuePoint | null;
  observations: readonly YearObservation[];
}

export const PROGRESS_CATEGORIES = [
  'target_achieved',
  'on_track',
  'acceleration_needed',
  'limited_progress',
  'deterioration',
  'not_available',
] as const;
export type ProgressCategory = (typeof PROGRESS_CATEGORIES)[number];

/** with_target: R compared with ratio thresholds; without_target: CAGR compared with growth thresholds. */
export type ProgressMethod = 'with_target' | 'without_target';

export const NOT_AVAILABLE_REASONS = [
  /** No baseline and no observed value at all. */
  'no_data',
  /** A baseline exists but no observation has a value. */
  'no_latest_value',
  /** The latest value is not later than the base year (fewer than two years of data). */
  'latest_not_after_base',
  /** The base value is zero or negative, or the latest or target value is negative. */
  'non_positive_values',
  /** The target year is not later than the base year. */
  'target_not_after_base',
  /** The figures are too extreme for a finite growth rate. */
  'not_computable',
] as const;
export type NotAvailableReason = (typeof NOT_AVAILABLE_REASONS)[number];

/** Everything the "How is this calculated?" panel needs; null where a figure does not apply. */
export interface ProgressInputs {
  /** +1 when higher is better, -1 when lower is better. */
  direction: 1 | -1;
  baseYear: number | null;
  baseValue: number | null;
  /** Where the base came from: the declared baseline or the earliest observation. */
  baseSource: 'baseline' | 'first_observation' | null;
  latestYear: number | null;
  latestValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  /** Observed compound annual growth rate (0.02 = 2% a year). */
  actualGrowth: number | null;
  /** Compound annual growth rate needed to reach the target on time. */
  requiredGrowth: number | null;
  /** R = d * actualGrowth / |requiredGrowth|. */
  ratio: number | null;
}

export type AssessedCategory = 'on_track' | 'acceleration_needed' | 'limited_progress' | 'deterioration';

export type IndicatorProgress =
  | { category: 'target_achieved'; method: 'with_target'; inputs: ProgressInputs }
  | { category: AssessedCategory; method: ProgressMethod; inputs: ProgressInputs }
  | { category: 'not_available'; method: ProgressMethod | null; reason: NotAvailableReason; inputs: ProgressInputs };

/** Thresholds on R (observed / required growth) when a target exists. */
export const RATIO_THRESHOLDS = {
  onTrack: 0.95,
  accelerationNeeded: 0.6,
  limitedProgress: 0,
} as const;

/** Thresholds on d * CAGR (annual growth in the desired direction) when there is no target. */
export const GROWTH_THRESHOLDS = {
  onTrack: 0.015,
  accelerationNeeded: 0.005,
  limitedProgress: 0,
} as const;

/** Figures this close to a threshold count as reaching it (floating-point rounding only). */
const TOLERANCE = 1e-9;

interface Thresholds {
  onTrack: number;
  accelerationNeeded: number;
  limitedProgress: number;
}

function band(value: number, t: Thresholds): AssessedCategory {
  if (value >= t.onTrack - TOLERANCE) return 'on_track';
  if (value >= t.accelerationNeeded - TOLERANCE) return 'acceleration_needed';
  if (value >= t.limitedProgress - TOLERANCE) return 'limited_progress';
  return 'deterioration';
}

/** Compound annual growth rate from `from` to `to` over `years` years. */
export function compoundAnnualGrowth(from: number, to: number, years: number): number {
  return Math.pow(to / from, 1 / years) - 1;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Progress category of one indicator series, with the figures it was computed from. */
export function indicatorProgress(input: IndicatorProgressInput): IndicatorProgress {
  const d: 1 | -1 = input.direction === 'lower' ? -1 : 1;
  const known = input.observations
    .filter((o): o is YearValuePoint => isNumber(o.value) && Number.isFinite(o.year))
    .sort((a, b) => a.year - b.year);
  const baseline = input.baseline && isNumber(input.baseline.value) && Number.isFinite(input.baseline.year) ? input.baseline : null;
  const base = baseline ?? known[0] ?? null;
  const latest = known[known.length - 1] ?? null;
  const target = input.target && isNumber(input.target.value) && Number.isFinite(input.target.year) ? input.target : null;
  const method: ProgressMethod = target ? 'with_target' : 'without_target';

  const inputs: ProgressInputs = {
    direction: d,
    baseYear: base?.year ?? null,
    baseValue: base?.value ?? null,
    baseSource: baseline ? 'baseline' : base ? 'first_observation' : null,
    latestYear: latest?.year ?? null,
    latestValue: latest?.value ?? null,
    targetYear: target?.year ?? null,
    targetValue: target?.value ?? null,
    actualGrowth: null,
    requiredGrowth: null,
    ratio: null,
  };
  const notAvailable = (reason: NotAvailableReason): IndicatorProgress => ({
    category: 'not_available',
    method: base && latest ? method : null,
    reason,
    inputs,
  });

  if (!latest || !base) return notAvailable(base ? 'no_latest_value' : 'no_data');

  // Meeting the target is a fact about the latest value; it needs no growth rate.
  if (target && d * (latest.value - target.value) >= 0) {
    return { category: 'target_achieved', method: 'with_target', inputs };
  }
  if (latest.year <= base.year) return notAvailable('latest_not_after_base');
  if (base.value <= 0 || latest.value < 0 || (target && target.value < 0)) return notAvailable('non_positive_values');

  const actual = compoundAnnualGrowth(base.value, latest.value, latest.year - base.year);
  if (!Number.isFinite(actual)) return notAvailable('not_computable');
  inputs.actualGrowth = actual;

  if (!target) return { category: band(d * actual, GROWTH_THRESHOLDS), method, inputs };

  if (target.year <= base.year) return notAvailable('target_not_after_base');
  const required = compoundAnnualGrowth(base.value, target.value, target.year - base.year);
  if (!Number.isFinite(required)) return notAvailable('not_computable');
  inputs.requiredGrowth = required;
  // Base equal to the target while the latest value falls short: the series moved the wrong way.
  if (required === 0) return { category: 'deterioration', method, inputs };

  const ratio = (d * actual) / Math.abs(required);
  if (!Number.isFinite(ratio)) return notAvailable('not_computable');
  inputs.ratio = ratio;
  return { category: band(ratio, RATIO_THRESHOLDS), method, inputs };
}

/** One jurisdiction's indicator at the end of a period: the series as then known, its latest value and category. */
export interface IndicatorStanding {
  series: IndicatorSeries;
  latest: LatestValue<JurisdictionCode> | null;
  progress: IndicatorProgress;
}

/** The standing of `jurisdiction` on `indicator` at the end of `period`; null when it reports no series. */
export function indicatorProgressAt(
  indicator: Pick<Indicator, 'direction' | 'series'>,
  jurisdiction: JurisdictionCode,
  period: Period,
): IndicatorStanding | null {
  const own = indicator.series.find((s) => s.jurisdiction === jurisdiction);
  if (!own) return null;
  const series = seriesAt(own, period);
  return {
    series,
    latest: latestValue(series),
    progress: indicatorProgress({ direction: indicator.direction, baseline: series.baseline, target: series.target, observations: series.observations }),
  };
}

/** How many items fall in each progress category. */
export function categoryCounts(categories: readonly ProgressCategory[]): Record<ProgressCategory, number> {
  const counts = Object.fromEntries(PROGRESS_CATEGORIES.map((c) => [c, 0])) as Record<ProgressCategory, number>;
  for (const category of categories) counts[category] += 1;
  return counts;
}
