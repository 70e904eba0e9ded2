import { describe, expect, it } from 'vitest';
import type { IndicatorSeries, Observation } from '../../../src/api/schemas';
import {
  compareParam,
  lastYearEndedBy,
  latestExtremes,
  latestValue,
  parseCompare,
  seriesAt,
  toggleCompared,
  valueDomain,
  yearRows,
} from '../../../src/domain/indicator-view';

const ALL = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] as const;

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

describe('parseCompare', () => {
  it('means every code when the parameter is absent or empty', () => {
    expect(parseCompare(null, ALL)).toEqual({ selected: [...ALL], invalid: [], all: true });
    expect(parseCompare('', ALL)).toEqual({ selected: [...ALL], invalid: [], all: true });
  });

  it('keeps known codes in canonical order, case-insensitively, without repeats', () => {
    expect(parseCompare('rs,AL,al', ALL)).toEqual({ selected: ['AL', 'RS'], invalid: [], all: false });
  });

  it('reports unknown values and drops them', () => {
    expect(parseCompare('AL,ZZ,,ZZ, 12 ', ALL)).toEqual({ selected: ['AL'], invalid: ['ZZ', '12'], all: false });
  });

  it('falls back to every code when nothing known is left', () => {
    expect(parseCompare('ZZ,<script>', ALL)).toEqual({ selected: [...ALL], invalid: ['ZZ', '<script>'], all: true });
  });

  it('says when the list names every code', () => {
    expect(parseCompare('RS,MK,ME,XK,BA,AL', ALL).all).toBe(true);
  });
});

describe('compareParam and toggleCompared', () => {
  it('writes no parameter for all codes and a canonical list otherwise', () => {
    expect(compareParam([...ALL], ALL)).toBeUndefined();
    expect(compareParam(['RS', 'AL'], ALL)).toBe('AL,RS');
    expect(compareParam([], ALL)).toBeUndefined();
  });

  it('round-trips through parseCompare', () => {
    for (const selected of [['AL'], ['BA', 'RS'], ['XK', 'ME', 'MK']] as const) {
      expect(parseCompare(compareParam(selected, ALL) ?? null, ALL).selected).toEqual(selected);
    }
  });

  it('adds and removes a code, never leaving the selection empty', () => {
    expect(toggleCompared(['AL', 'RS'], 'BA', ALL)).toEqual(['AL', 'BA', 'RS']);
    expect(toggleCompared(['AL', 'RS'], 'AL', ALL)).toEqual(['RS']);
    expect(toggleCompared(['RS'], 'RS', ALL)).toEqual(['RS']);
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

describe('latestValue and latestExtremes', () => {
  const a = series('AL', [obs(2020, 10), obs(2021, 30), obs(2022, null)]);
  const b = series('BA', [obs(2020, 20), obs(2022, 25)]);
  const none = series('XK', [obs(2020, null)]);

  it('takes the latest non-missing value', () => {
    expect(latestValue(a)).toEqual({ jurisdiction: 'AL', year: 2021, value: 30 });
    expect(latestValue(none)).toBeNull();
  });

  it('names best and weakest by the indicator’s direction', () => {
    expect(latestExtremes([a, b, none], 'higher')).toEqual({
      best: { jurisdiction: 'AL', year: 2021, value: 30 },
      weakest: { jurisdiction: 'BA', year: 2022, value: 25 },
    });
    expect(latestExtremes([a, b, none], 'lower')).toEqual({
      best: { jurisdiction: 'BA', year: 2022, value: 25 },
      weakest: { jurisdiction: 'AL', year: 2021, value: 30 },
    });
  });

  it('is null when nothing has a value', () => {
    expect(latestExtremes([none], 'higher')).toBeNull();
    expect(latestExtremes([], 'higher')).toBeNull();
  });
});

describe('valueDomain', () => {
  it('holds every value and widens to round numbers', () => {
    expect(valueDomain([1173, 1867, 2325])).toEqual([1000, 2500]);
    expect(valueDomain([12.3, 14.9])).toEqual([12, 15]);
    expect(valueDomain([0.12, 0.37])).toEqual([0.1, 0.4]);
  });

  it('stays at or above zero for non-negative values, and handles a single value and negatives', () => {
    expect(valueDomain([3, 95])?.[0]).toBe(0);
    expect(valueDomain([50])).toEqual([45, 55]);
    expect(valueDomain([0])).toEqual([0, 1]);
    expect(valueDomain([-7, 4])).toEqual([-10, 5]);
  });

  it('is null without values', () => {
    expect(valueDomain([])).toBeNull();
    expect(valueDomain([Number.NaN])).toBeNull();
  });
});
