import { describe, expect, it } from 'vitest';
import { MISSING, formatGrowth, formatNumber, formatShare, periodLabel, periodSpan } from '../../../src/domain/format';

describe('formatShare', () => {
  it('shows a whole percentage', () => {
    expect(formatShare(0.574)).toBe('57%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
  });
  it('shows a dash, never 0%, for a missing share', () => {
    expect(formatShare(null)).toBe('—');
    expect(formatShare(null)).toBe(MISSING);
    expect(formatShare(Number.NaN)).toBe('—');
  });
  it('follows the locale', () => {
    expect(formatShare(0.574, 'de')).toMatch(/^57\s%$/);
  });
});

describe('formatGrowth', () => {
  it('shows the sign and one decimal', () => {
    expect(formatGrowth(0.0153)).toBe('+1.5%');
    expect(formatGrowth(-0.02)).toBe('-2%');
    expect(formatGrowth(0)).toBe('0%');
    expect(formatGrowth(null)).toBe('—');
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps up to two decimals', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(3.14159)).toBe('3.14');
    expect(formatNumber(-7)).toBe('-7');
    expect(formatNumber(0)).toBe('0');
  });
  it('adds the unit', () => {
    expect(formatNumber(1234.5, 'EUR million')).toBe('1,234.5 EUR million');
    expect(formatNumber(57, '%')).toBe('57%');
  });
  it('shows a dash without a unit for a missing value', () => {
    expect(formatNumber(null, 'cases')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });
  it('follows the locale', () => {
    expect(formatNumber(1234.5, undefined, 'de')).toBe('1.234,5');
  });
});

describe('periodLabel / periodSpan', () => {
  it('labels periods', () => {
    expect(periodLabel('2026-H1')).toBe('H1 2026');
    expect(periodLabel('2025-H2')).toBe('H2 2025');
  });
  it('names a half-year by its months in Roman numerals in the region\'s languages, and in English elsewhere', () => {
    // App locale codes and the Intl tags they format with (cnr formats as sr-Latn-ME).
    for (const locale of ['sq', 'bs', 'cnr', 'mk', 'sr-Cyrl', 'sr-Latn', 'sr-Latn-ME']) {
      expect(periodLabel('2026-H1', locale), locale).toBe('I–\u2060VI\u00a02026');
      expect(periodLabel('2025-H2', locale), locale).toBe('VII–\u2060XII\u00a02025');
    }
    for (const locale of ['en', 'en-GB', 'de', 'srb']) expect(periodLabel('2026-H1', locale), locale).toBe('H1 2026');
  });
  it('spells out the months', () => {
    expect(periodSpan('2026-H1')).toBe('January–June 2026');
    expect(periodSpan('2025-H2')).toBe('July–December 2025');
  });
  it('translates month names', () => {
    expect(periodSpan('2026-H1', 'fr')).toBe('janvier–juin 2026');
  });
  it('throws RangeError for invalid periods', () => {
    expect(() => periodLabel('2026-H3')).toThrow(RangeError);
    expect(() => periodSpan('soon')).toThrow(RangeError);
  });
});
