import { describe, expect, it } from 'vitest';
import type { IndicatorSeries, Observation } from '../../../src/api/schemas';
import { lastYearEndedBy, latestValue, seriesAt, yearRows } from '../../../src/domain/indicator-series';

function obs(year: number, value: number | null, quality: Observation['quality'] = value === null ? 'missing' : 'reported'): Observation {
  return { year, value, quality, source: value === null ? null : `Report ${year}` };
}

function series(jurisdiction: IndicatorSeries['jurisdiction'], observations: Observation[], extra: Partial<IndicatorSeries> = {}): IndicatorSeries {
  return { jurisdiction, baseline: null, target: null, observations, ...extra };
}

describe('lastYearEndedBy', () => {
  it('counts a year only once it has ended', () => {
    expect(lastYearEndedBy('2025-H2')).toBe(2025);
    expect(lastYearEndedBy('2026-H1')).toBe(2025);
    expect(lastYearEndedBy('2019-H2')).toBe(2019);
  });
});

describe('seriesAt', () => {
  const s = series('AL', [obs(2018, 10), obs(2019, null), obs(2020, 12), obs(2021, 13)], {
    baseline: { year: 2020, value: 12 },
    target: { year: 2026, value: 20 },
  });

  it('keeps the observations of the years that had ended, the target, and a baseline already known', () => {
    const at = seriesAt(s, '2021-H2');
    expect(at.observations.map((o) => o.year)).toEqual([2018, 2019, 2020, 2021]);
    expect(at.baseline).toEqual({ year: 2020, value: 12 });
    expect(at.target).toEqual({ year: 2026, value: 20 });
  });

  it('drops later years and a baseline from a later year', () => {
    const at = seriesAt(s, '2020-H1');
    expect(at.observations.map((o) => o.year)).toEqual([2018, 2019]);
    expect(at.baseline).toBeNull();
    expect(at.target).toEqual({ year: 2026, value: 20 });
  });

  it('keeps missing values as missing', () => {
    expect(seriesAt(s, '2026-H1').observations[1]).toEqual(obs(2019, null));
  });
});

describe('yearRows', () => {
  it('has one row per year any series reports, with gaps left as missing observations', () => {
    const rows = yearRows([series('AL', [obs(2019, 5), obs(2020, null)]), series('RS', [obs(2020, 7, 'estimated'), obs(2021, 8)])]);
    expect(rows.map((r) => r.year)).toEqual([2019, 2020, 2021]);
    expect(rows[0]!.cells).toEqual({ AL: { value: 5, quality: 'reported', source: 'Report 2019' } });
    expect(rows[1]!.cells.AL).toEqual({ value: null, quality: 'missing', source: null });
    expect(rows[1]!.cells.RS?.quality).toBe('estimated');
    expect(rows[2]!.cells.AL).toBeUndefined();
  });
});

describe('latestValue', () => {
  const a = series('AL', [obs(2020, 10), obs(2021, 30), obs(2022, null)]);
  const none = series('XK', [obs(2020, null)]);

  it('takes the value of the latest year that has one, skipping missing values', () => {
    expect(latestValue(a)).toEqual({ jurisdiction: 'AL', year: 2021, value: 30 });
    expect(latestValue(none)).toBeNull();
    expect(latestValue(series('BA', []))).toBeNull();
  });

  it('does not depend on the order of the observations', () => {
    expect(latestValue(series('RS', [obs(2022, 7), obs(2019, 3), obs(2020, null)]))).toEqual({ jurisdiction: 'RS', year: 2022, value: 7 });
  });

  it('reads a value known at the end of an H1 period only up to the year before', () => {
    const s = series('ME', [obs(2024, 4), obs(2025, 5), obs(2026, 6)]);
    expect(latestValue(seriesAt(s, '2026-H1'))).toEqual({ jurisdiction: 'ME', year: 2025, value: 5 });
    expect(latestValue(seriesAt(s, '2026-H2'))).toEqual({ jurisdiction: 'ME', year: 2026, value: 6 });
  });
});
