import { describe, expect, it } from 'vitest';
import type { IndicatorSeries } from '../../../src/api/schemas';
import { categoryCounts, niceStep, seriesProgress, seriesUpTo, valueRange } from '../../../src/domain/jurisdiction-indicators';

const series: IndicatorSeries = {
  jurisdiction: 'AL',
  baseline: { year: 2018, value: 16.1 },
  target: { year: 2026, value: 87.6 },
  observations: [
    { year: 2018, value: 16.1, quality: 'reported', source: null },
    { year: 2019, value: null, quality: 'missing', source: null },
    { year: 2020, value: 29.2, quality: 'reported', source: null },
    { year: 2024, value: 54.7, quality: 'reported', source: null },
  ],
};

describe('seriesUpTo', () => {
  it('keeps observations up to the year and leaves baseline and target alone', () => {
    const cut = seriesUpTo(series, 2020);
    expect(cut.observations.map((o) => o.year)).toEqual([2018, 2019, 2020]);
    expect(cut.baseline).toEqual(series.baseline);
    expect(cut.target).toEqual(series.target);
  });

  it('changes the progress category with the data known at the time', () => {
    expect(seriesProgress(seriesUpTo(series, 2018), 'higher').category).toBe('not_available');
    expect(seriesProgress(series, 'higher').category).not.toBe('not_available');
  });
});

describe('valueRange', () => {
  it('holds values, baseline and target on round bounds with room around them', () => {
    const [low, high] = valueRange(series) ?? [NaN, NaN];
    expect(low).toBe(0);
    expect(high).toBeGreaterThan(87.6);
    expect(high % niceStep((87.6 - 16.1) / 4)).toBe(0);
  });

  it('goes below zero only for negative values', () => {
    const negative: IndicatorSeries = { ...series, baseline: null, target: null, observations: [{ year: 2020, value: -3, quality: 'reported', source: null }, { year: 2021, value: 5, quality: 'reported', source: null }] };
    const [low, high] = valueRange(negative) ?? [NaN, NaN];
    expect(low).toBeLessThan(-3);
    expect(high).toBeGreaterThan(5);
  });

  it('is null without any value and never treats missing as 0', () => {
    expect(valueRange({ ...series, baseline: null, target: null, observations: [{ year: 2020, value: null, quality: 'missing', source: null }] })).toBeNull();
    const only: IndicatorSeries = { ...series, baseline: null, target: null, observations: [{ year: 2020, value: 500, quality: 'reported', source: null }, { year: 2021, value: null, quality: 'missing', source: null }] };
    const [low] = valueRange(only) ?? [NaN];
    expect(low).toBeGreaterThan(0);
  });
});

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 7, 17.875, 0.03].map(niceStep)).toEqual([1, 1, 2, 2.5, 5, 10, 20, 0.05]);
    expect(niceStep(0)).toBe(1);
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
