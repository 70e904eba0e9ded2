import { describe, expect, it } from 'vitest';
import { MISSING, formatCount, formatGrowth, formatNumber, formatRatio, formatShare, numberDataLocale, periodLabel, periodSpan } from '../../../src/domain/format';

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

describe('figures in Albanian, Macedonian and Bosnian', () => {
  // Node has full ICU; Debian's Chromium has no number data for sq and mk (and placeholder data for bs).
  const values = [5, 999, 1234, 12345, 1234567.891, -1234.5, 0.5];
  const shares = [0, 0.004, 0.123, 0.5, 1, 0.0153, -0.02];
  const intl = (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);

  for (const [locale, tag] of [
    ['sq', 'sq'],
    ['mk', 'mk'],
    ['bs', 'bs-Latn-BA'],
  ] as const) {
    it(`writes ${locale} figures as CLDR has them for ${locale} itself, in every browser`, () => {
      expect(intl(locale, {}).resolvedOptions().locale).toMatch(new RegExp(`^${locale}`));
      for (const value of values) {
        expect(formatNumber(value, undefined, tag)).toBe(intl(locale, { maximumFractionDigits: 2 }).format(value));
        expect(formatCount(Math.round(value), tag)).toBe(intl(locale, { maximumFractionDigits: 0 }).format(Math.round(value)));
      }
      for (const share of shares) {
        expect(formatShare(share, tag)).toBe(intl(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share));
        expect(formatGrowth(share, tag)).toBe(intl(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(share));
        expect(formatRatio(share, tag)).toBe(intl(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share));
      }
    });
  }

  it('uses another locale’s number data only for these three', () => {
    expect(numberDataLocale('sq')).toBe('pl');
    expect(numberDataLocale('mk-MK')).toBe('de');
    expect(numberDataLocale('bs-Latn-BA')).toBe('sr-Latn');
    for (const locale of ['en', 'en-GB', 'sr-Cyrl', 'sr-Latn', 'sr-Latn-ME']) expect(numberDataLocale(locale)).toBe(locale);
    // What an official reads: a decimal comma and the locale's grouping.
    expect(formatNumber(12345.6, undefined, 'mk')).toBe('12.345,6');
    expect(formatNumber(12345.6, undefined, 'sq')).toBe('12\u00a0345,6');
    expect(formatShare(0.123, 'mk')).toBe('12\u00a0%');
  });
});
