import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  apiPeriodFor,
  comparePeriods,
  formatPeriod,
  isPeriod,
  nextPeriod,
  parsePeriod,
  periodEnd,
  periodIndex,
  periodOfDate,
  periodRange,
  periodStart,
  previousPeriod,
} from '../../../src/domain/periods';

describe('isPeriod', () => {
  it('accepts half-year periods', () => {
    expect(isPeriod('2026-H1')).toBe(true);
    expect(isPeriod('2025-H2')).toBe(true);
  });
  it('rejects anything else', () => {
    for (const value of ['2026-H3', '2026-H0', '2026H1', '26-H1', '2026-h1', ' 2026-H1', '2026-H1 ', '', 2026, null, undefined]) {
      expect(isPeriod(value)).toBe(false);
    }
  });
});

describe('parsePeriod / formatPeriod', () => {
  it('parses year and half', () => {
    expect(parsePeriod('2026-H1')).toEqual({ year: 2026, half: 1 });
    expect(parsePeriod('2019-H2')).toEqual({ year: 2019, half: 2 });
  });
  it('formats parts', () => {
    expect(formatPeriod({ year: 2026, half: 2 })).toBe('2026-H2');
  });
  it('round-trips, including years with leading zeros', () => {
    for (const p of ['2019-H2', '2020-H1', '2026-H1', '0999-H1', '0000-H2', '9999-H2']) {
      expect(formatPeriod(parsePeriod(p))).toBe(p);
    }
  });
  it('throws RangeError on invalid input', () => {
    expect(() => parsePeriod('2026-H3')).toThrow(RangeError);
    expect(() => parsePeriod('')).toThrow(RangeError);
    expect(() => parsePeriod('H1 2026')).toThrow(RangeError);
    expect(() => formatPeriod({ year: 10000, half: 1 })).toThrow(RangeError);
    expect(() => formatPeriod({ year: -1, half: 1 })).toThrow(RangeError);
    expect(() => formatPeriod({ year: 2026.5, half: 1 })).toThrow(RangeError);
  });
});

describe('ordering and stepping', () => {
  it('indexes consecutive periods one apart', () => {
    expect(periodIndex('2026-H1') - periodIndex('2025-H2')).toBe(1);
    expect(periodIndex('2026-H2') - periodIndex('2026-H1')).toBe(1);
  });
  it('compares periods', () => {
    expect(comparePeriods('2025-H2', '2026-H1')).toBeLessThan(0);
    expect(comparePeriods('2026-H1', '2026-H1')).toBe(0);
    expect(comparePeriods('2026-H2', '2026-H1')).toBeGreaterThan(0);
  });
  it('steps forward across a year boundary', () => {
    expect(nextPeriod('2025-H2')).toBe('2026-H1');
    expect(nextPeriod('2026-H1')).toBe('2026-H2');
  });
  it('steps back across a year boundary', () => {
    expect(previousPeriod('2026-H1')).toBe('2025-H2');
    expect(previousPeriod('2026-H2')).toBe('2026-H1');
  });
  it('adds any number of periods, negative included', () => {
    expect(addPeriods('2019-H2', 13)).toBe('2026-H1');
    expect(addPeriods('2026-H1', -13)).toBe('2019-H2');
    expect(addPeriods('2026-H1', 0)).toBe('2026-H1');
  });
  it('throws RangeError for invalid periods', () => {
    expect(() => nextPeriod('2026')).toThrow(RangeError);
    expect(() => comparePeriods('2026-H1', 'x')).toThrow(RangeError);
  });
});

describe('periodRange', () => {
  it('includes both ends', () => {
    expect(periodRange('2025-H1', '2026-H2')).toEqual(['2025-H1', '2025-H2', '2026-H1', '2026-H2']);
  });
  it('has one element when from equals to', () => {
    expect(periodRange('2026-H1', '2026-H1')).toEqual(['2026-H1']);
  });
  it('is empty when from is after to', () => {
    expect(periodRange('2026-H2', '2026-H1')).toEqual([]);
  });
  it('covers 2019-H2 to 2026-H1 in 14 periods', () => {
    expect(periodRange('2019-H2', '2026-H1')).toHaveLength(14);
  });
});

describe('periodStart / periodEnd', () => {
  it('gives the first and last day of each half', () => {
    expect(periodStart('2026-H1')).toBe('2026-01-01');
    expect(periodEnd('2026-H1')).toBe('2026-06-30');
    expect(periodStart('2026-H2')).toBe('2026-07-01');
    expect(periodEnd('2026-H2')).toBe('2026-12-31');
  });
  it('throws RangeError for invalid periods', () => {
    expect(() => periodEnd('2026-H5')).toThrow(RangeError);
    expect(() => periodStart('nope')).toThrow(RangeError);
  });
});

describe('periodOfDate', () => {
  it('maps January-June to H1 and July-December to H2', () => {
    expect(periodOfDate('2026-01-01')).toBe('2026-H1');
    expect(periodOfDate('2026-06-30')).toBe('2026-H1');
    expect(periodOfDate('2026-07-01')).toBe('2026-H2');
    expect(periodOfDate('2026-12-31')).toBe('2026-H2');
  });
  it('accepts a date-time', () => {
    expect(periodOfDate('2026-06-30T23:59:59Z')).toBe('2026-H1');
  });
  it('is the inverse of periodStart and periodEnd', () => {
    for (const p of ['2019-H2', '2020-H1', '2026-H2']) {
      expect(periodOfDate(periodStart(p))).toBe(p);
      expect(periodOfDate(periodEnd(p))).toBe(p);
    }
  });
  it('throws RangeError on invalid dates', () => {
    for (const value of ['', '2026', '2026-13-01', '2026-00-10', '2026-1-01', '2026-06-00', '2026-06-32', 'abcd-01-01', '2026-06-30x']) {
      expect(() => periodOfDate(value)).toThrow(RangeError);
    }
  });
});

describe('apiPeriodFor', () => {
  const roadmap = { periods: ['2025-H1', '2025-H2', '2026-H1'], asOfPeriod: '2026-H1' };
  it('asks for an earlier period of the roadmap by name', () => {
    expect(apiPeriodFor(roadmap, '2025-H2')).toBe('2025-H2');
  });
  it('leaves the latest period, a missing value and values outside the roadmap to the API default', () => {
    for (const raw of ['2026-H1', null, '2019-H1', 'nonsense', '']) expect(apiPeriodFor(roadmap, raw), String(raw)).toBeUndefined();
  });
});
