import { describe, expect, it } from 'vitest';
import {
  GROWTH_THRESHOLDS,
  RATIO_THRESHOLDS,
  categoryCounts,
  compoundAnnualGrowth,
  indicatorProgress,
  indicatorProgressAt,
  type IndicatorProgressInput,
} from '../../../src/domain/indicator-progress';

function run(partial: Partial<IndicatorProgressInput>) {
  return indicatorProgress({ direction: 'higher', baseline: null, target: null, observations: [], ...partial });
}

/** Higher is better, baseline 100 in 2020, target 200 in 2030, one observation in 2025. */
function higherWithTarget(latest2025: number) {
  return run({
    baseline: { year: 2020, value: 100 },
    target: { year: 2030, value: 200 },
    observations: [
      { year: 2020, value: 100 },
      { year: 2025, value: latest2025 },
    ],
  });
}

/** Lower is better, baseline 200 in 2020, target 100 in 2030. */
function lowerWithTarget(latest2025: number) {
  return run({
    direction: 'lower',
    baseline: { year: 2020, value: 200 },
    target: { year: 2030, value: 100 },
    observations: [{ year: 2025, value: latest2025 }],
  });
}

describe('thresholds', () => {
  it('matches the published method', () => {
    expect(RATIO_THRESHOLDS).toEqual({ onTrack: 0.95, accelerationNeeded: 0.6, limitedProgress: 0 });
    expect(GROWTH_THRESHOLDS).toEqual({ onTrack: 0.015, accelerationNeeded: 0.005, limitedProgress: 0 });
  });
  it('computes the compound annual growth rate', () => {
    expect(compoundAnnualGrowth(100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(compoundAnnualGrowth(100, 81, 2)).toBeCloseTo(-0.1, 12);
  });
});

describe('with a target, higher is better', () => {
  it('is on track when growth matches or beats the required pace', () => {
    const r = higherWithTarget(145);
    expect(r.category).toBe('on_track');
    expect(r.method).toBe('with_target');
    expect(r.inputs.ratio).toBeGreaterThan(0.95);
  });
  it('is on track at exactly the required pace (R = 1)', () => {
    const r = higherWithTarget(100 * Math.SQRT2);
    expect(r.category).toBe('on_track');
    expect(r.inputs.ratio).toBeCloseTo(1, 9);
  });
  it('needs acceleration for 60% <= R < 95%', () => {
    const r = higherWithTarget(125);
    expect(r.category).toBe('acceleration_needed');
    expect(r.inputs.ratio).toBeCloseTo(0.636, 3);
  });
  it('is limited progress for 0 <= R < 60%', () => {
    const r = higherWithTarget(110);
    expect(r.category).toBe('limited_progress');
    expect(r.inputs.ratio).toBeCloseTo(0.268, 3);
  });
  it('is deterioration when the value moved away from the target', () => {
    const r = higherWithTarget(90);
    expect(r.category).toBe('deterioration');
    expect(r.inputs.ratio).toBeLessThan(0);
  });
  it('is limited progress (R = 0) when the value did not move', () => {
    const r = higherWithTarget(100);
    expect(r.category).toBe('limited_progress');
    expect(r.inputs.ratio).toBe(0);
  });
  it('treats R within rounding of a threshold as reaching it', () => {
    // Required pace 5% a year; observed 3% a year: R = 0.6 up to rounding.
    const r = run({
      baseline: { year: 2020, value: 100 },
      target: { year: 2030, value: 100 * 1.05 ** 10 },
      observations: [{ year: 2021, value: 103 }],
    });
    expect(r.inputs.ratio).toBeCloseTo(0.6, 12);
    expect(r.category).toBe('acceleration_needed');
  });
  it('reports every input used', () => {
    const r = higherWithTarget(125);
    expect(r.inputs).toMatchObject({
      direction: 1,
      baseYear: 2020,
      baseValue: 100,
      baseSource: 'baseline',
      latestYear: 2025,
      latestValue: 125,
      targetYear: 2030,
      targetValue: 200,
    });
    expect(r.inputs.actualGrowth).toBeCloseTo(1.25 ** 0.2 - 1, 12);
    expect(r.inputs.requiredGrowth).toBeCloseTo(2 ** 0.1 - 1, 12);
  });
});

describe('target achieved', () => {
  it('when the latest value equals the target', () => {
    const r = higherWithTarget(200);
    expect(r.category).toBe('target_achieved');
    expect(r.method).toBe('with_target');
  });
  it('when the latest value beats the target', () => {
    expect(higherWithTarget(230).category).toBe('target_achieved');
  });
  it('when lower is better and the latest value is at or below the target', () => {
    expect(lowerWithTarget(100).category).toBe('target_achieved');
    expect(lowerWithTarget(80).category).toBe('target_achieved');
  });
  it('when the base was already past the target and the latest value still is', () => {
    const r = run({
      baseline: { year: 2020, value: 120 },
      target: { year: 2030, value: 100 },
      observations: [{ year: 2024, value: 110 }],
    });
    expect(r.category).toBe('target_achieved');
  });
  it('even with a single observation (a fact about the latest value, no growth needed)', () => {
    const r = run({ target: { year: 2030, value: 50 }, observations: [{ year: 2024, value: 60 }] });
    expect(r.category).toBe('target_achieved');
  });
  it('even when values are zero', () => {
    const r = run({
      direction: 'lower',
      baseline: { year: 2020, value: 0 },
      target: { year: 2030, value: 0 },
      observations: [{ year: 2024, value: 0 }],
    });
    expect(r.category).toBe('target_achieved');
  });
});

describe('base already past the target, latest value short of it', () => {
  it('is deterioration with a negative ratio', () => {
    const r = run({
      baseline: { year: 2020, value: 120 },
      target: { year: 2030, value: 100 },
      observations: [{ year: 2024, value: 90 }],
    });
    expect(r.category).toBe('deterioration');
    expect(r.inputs.requiredGrowth).toBeLessThan(0);
    expect(r.inputs.ratio).toBeLessThan(0);
  });
  it('is deterioration without a ratio when the base equals the target', () => {
    const r = run({
      baseline: { year: 2020, value: 100 },
      target: { year: 2030, value: 100 },
      observations: [{ year: 2024, value: 95 }],
    });
    expect(r.category).toBe('deterioration');
    expect(r.inputs.requiredGrowth).toBe(0);
    expect(r.inputs.ratio).toBeNull();
  });
  it('works the same way when lower is better', () => {
    const r = run({
      direction: 'lower',
      baseline: { year: 2020, value: 80 },
      target: { year: 2030, value: 100 },
      observations: [{ year: 2024, value: 110 }],
    });
    expect(r.category).toBe('deterioration');
  });
});

describe('with a target, lower is better', () => {
  it('is on track when the value falls fast enough', () => {
    const r = lowerWithTarget(140);
    expect(r.category).toBe('on_track');
    expect(r.inputs.direction).toBe(-1);
    expect(r.inputs.ratio).toBeCloseTo((0.7 ** 0.2 - 1) / (0.5 ** 0.1 - 1), 12);
  });
  it('needs acceleration when it falls too slowly', () => {
    // 0.8^0.2 - 1 = -4.36%; required -6.70%; R = 0.65.
    expect(lowerWithTarget(160).category).toBe('acceleration_needed');
  });
  it('is limited progress when it barely falls', () => {
    expect(lowerWithTarget(170).category).toBe('limited_progress');
  });
  it('is deterioration when the value rises', () => {
    const r = lowerWithTarget(220);
    expect(r.category).toBe('deterioration');
    expect(r.inputs.ratio).toBeLessThan(0);
  });
});

describe('without a target', () => {
  const series = (latest2022: number, direction: 'higher' | 'lower' = 'higher') =>
    run({ direction, observations: [{ year: 2020, value: 100 }, { year: 2021, value: null }, { year: 2022, value: latest2022 }] });

  it('is on track for growth of 1.5% a year or more', () => {
    const r = series(104);
    expect(r.category).toBe('on_track');
    expect(r.method).toBe('without_target');
    expect(r.inputs.actualGrowth).toBeCloseTo(Math.sqrt(1.04) - 1, 12);
    expect(r.inputs.requiredGrowth).toBeNull();
    expect(r.inputs.ratio).toBeNull();
    expect(r.inputs.targetYear).toBeNull();
  });
  it('is on track at exactly 1.5%', () => {
    expect(run({ observations: [{ year: 2020, value: 100 }, { year: 2021, value: 101.5 }] }).category).toBe('on_track');
  });
  it('needs acceleration from 0.5% to 1.5%', () => {
    expect(series(102).category).toBe('acceleration_needed');
    expect(run({ observations: [{ year: 2020, value: 100 }, { year: 2021, value: 100.5 }] }).category).toBe('acceleration_needed');
  });
  it('is limited progress from 0 to 0.5%', () => {
    expect(series(100.5).category).toBe('limited_progress');
    expect(series(100).category).toBe('limited_progress');
  });
  it('is deterioration below 0', () => {
    expect(series(99).category).toBe('deterioration');
  });
  it('flips the sign when lower is better', () => {
    expect(series(96, 'lower').category).toBe('on_track');
    expect(series(98, 'lower').category).toBe('acceleration_needed');
    expect(series(99.5, 'lower').category).toBe('limited_progress');
    expect(series(104, 'lower').category).toBe('deterioration');
  });
});

describe('choosing base and latest values', () => {
  it('uses the latest non-missing value when the last observation is missing', () => {
    const r = run({
      observations: [
        { year: 2020, value: 100 },
        { year: 2021, value: 110 },
        { year: 2022, value: null },
      ],
    });
    expect(r.inputs.latestYear).toBe(2021);
    expect(r.inputs.latestValue).toBe(110);
    expect(r.category).toBe('on_track');
  });
  it('never reads a missing value as zero', () => {
    const r = run({ observations: [{ year: 2020, value: 100 }, { year: 2021, value: null }] });
    expect(r.category).toBe('not_available');
    expect(r.inputs.latestValue).toBe(100);
  });
  it('uses the earliest non-missing observation when there is no baseline', () => {
    const r = run({
      observations: [
        { year: 2022, value: 120 },
        { year: 2019, value: null },
        { year: 2020, value: 100 },
      ],
    });
    expect(r.inputs).toMatchObject({ baseYear: 2020, baseValue: 100, baseSource: 'first_observation', latestYear: 2022 });
  });
  it('prefers the declared baseline over observations', () => {
    const r = run({
      baseline: { year: 2020, value: 90 },
      observations: [
        { year: 2020, value: 100 },
        { year: 2022, value: 100 },
      ],
    });
    expect(r.inputs).toMatchObject({ baseValue: 90, baseSource: 'baseline' });
    expect(r.category).toBe('on_track');
  });
});

describe('not available', () => {
  it('when there is no data at all', () => {
    const r = run({ observations: [{ year: 2020, value: null }, { year: 2021, value: null }] });
    expect(r).toMatchObject({ category: 'not_available', reason: 'no_data', method: null });
    expect(run({}).category).toBe('not_available');
  });
  it('when a baseline exists but every observation is missing', () => {
    const r = run({ baseline: { year: 2020, value: 10 }, target: { year: 2030, value: 20 }, observations: [{ year: 2021, value: null }] });
    expect(r).toMatchObject({ category: 'not_available', reason: 'no_latest_value' });
    expect(r.inputs.baseValue).toBe(10);
  });
  it('with a single year of data', () => {
    const r = run({ target: { year: 2030, value: 200 }, observations: [{ year: 2024, value: 100 }] });
    expect(r).toMatchObject({ category: 'not_available', reason: 'latest_not_after_base', method: 'with_target' });
  });
  it('when the baseline is later than the latest observation', () => {
    const r = run({ baseline: { year: 2023, value: 100 }, observations: [{ year: 2022, value: 110 }] });
    expect(r).toMatchObject({ category: 'not_available', reason: 'latest_not_after_base' });
  });
  it('when the base value is zero', () => {
    const r = run({ baseline: { year: 2020, value: 0 }, observations: [{ year: 2022, value: 5 }] });
    expect(r).toMatchObject({ category: 'not_available', reason: 'non_positive_values' });
  });
  it('when values are negative', () => {
    expect(run({ observations: [{ year: 2020, value: -5 }, { year: 2022, value: -3 }] })).toMatchObject({
      category: 'not_available',
      reason: 'non_positive_values',
    });
    expect(run({ observations: [{ year: 2020, value: 5 }, { year: 2022, value: -3 }] })).toMatchObject({
      category: 'not_available',
      reason: 'non_positive_values',
    });
  });
  it('when the target year is not after the base year', () => {
    const r = run({ baseline: { year: 2020, value: 100 }, target: { year: 2020, value: 200 }, observations: [{ year: 2022, value: 120 }] });
    expect(r).toMatchObject({ category: 'not_available', reason: 'target_not_after_base' });
    expect(r.inputs.actualGrowth).not.toBeNull();
  });
  it('when growth overflows', () => {
    const r = run({ observations: [{ year: 2020, value: 1e-300 }, { year: 2021, value: 1e300 }] });
    expect(r).toMatchObject({ category: 'not_available', reason: 'not_computable' });
  });
});

describe('zero latest or target values', () => {
  it('a latest value of zero is a fall of 100% a year', () => {
    const r = run({ observations: [{ year: 2020, value: 10 }, { year: 2022, value: 0 }] });
    expect(r.category).toBe('deterioration');
    expect(r.inputs.actualGrowth).toBe(-1);
  });
  it('a target of zero (lower is better) requires a fall of 100% a year', () => {
    const r = run({
      direction: 'lower',
      baseline: { year: 2020, value: 10 },
      target: { year: 2030, value: 0 },
      observations: [{ year: 2022, value: 5 }],
    });
    expect(r.inputs.requiredGrowth).toBe(-1);
    expect(r.inputs.ratio).toBeCloseTo(1 - Math.SQRT1_2, 12);
    expect(r.category).toBe('limited_progress');
  });
});

describe('indicatorProgressAt: one jurisdiction, one indicator, the end of one period', () => {
  const indicator = {
    direction: 'higher' as const,
    series: [
      {
        jurisdiction: 'AL' as const,
        baseline: { year: 2020, value: 20 },
        target: { year: 2026, value: 80 },
        observations: [
          { year: 2019, value: 15, quality: 'reported' as const, source: null },
          { year: 2020, value: 20, quality: 'reported' as const, source: null },
          { year: 2021, value: null, quality: 'missing' as const, source: null },
          { year: 2022, value: 40, quality: 'reported' as const, source: null },
          { year: 2023, value: 90, quality: 'provisional' as const, source: null },
        ],
      },
    ],
  };

  it('is null for a jurisdiction without a series', () => {
    expect(indicatorProgressAt(indicator, 'RS', '2025-H2')).toBeNull();
  });

  it('uses the values known at the end of the period: an H1 period stops at the previous year', () => {
    const h1 = indicatorProgressAt(indicator, 'AL', '2023-H1')!;
    expect(h1.latest).toEqual({ jurisdiction: 'AL', year: 2022, value: 40 });
    expect(h1.series.observations.map((o) => o.year)).toEqual([2019, 2020, 2021, 2022]);
    expect(h1.progress).toEqual(indicatorProgress({ direction: 'higher', baseline: { year: 2020, value: 20 }, target: { year: 2026, value: 80 }, observations: h1.series.observations }));
    const h2 = indicatorProgressAt(indicator, 'AL', '2023-H2')!;
    expect(h2.latest).toEqual({ jurisdiction: 'AL', year: 2023, value: 90 });
    expect(h2.progress.category).toBe('target_achieved');
  });

  it('leaves out a baseline whose year had not ended, so the first value is the base', () => {
    const early = indicatorProgressAt(indicator, 'AL', '2020-H1')!;
    expect(early.series.baseline).toBeNull();
    expect(early.progress.inputs.baseSource).toBe('first_observation');
    expect(early.progress.category).toBe('not_available');
  });

  it('agrees with the latest value the progress figures use', () => {
    for (const period of ['2020-H2', '2022-H1', '2022-H2', '2024-H1'] as const) {
      const s = indicatorProgressAt(indicator, 'AL', period)!;
      expect(s.progress.inputs.latestValue).toBe(s.latest?.value ?? null);
      expect(s.progress.inputs.latestYear).toBe(s.latest?.year ?? null);
    }
  });
});

describe('categoryCounts', () => {
  it('counts each category, zero for those absent', () => {
    expect(categoryCounts(['on_track', 'on_track', 'deterioration'])).toEqual({
      target_achieved: 0,
      on_track: 2,
      acceleration_needed: 0,
      limited_progress: 0,
      deterioration: 1,
      not_available: 0,
    });
  });
});
