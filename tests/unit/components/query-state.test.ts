import { afterAll, describe, expect, it } from 'vitest';
import { ageText } from '../../../src/components/query-state';
import { formatThreshold } from '../../../src/features/about/indicator-method';
import { i18n, setLocale } from '../../../src/i18n/i18n';

describe('ageText: how old stale data is, in the page language', () => {
  const now = Date.UTC(2026, 6, 1, 12, 0, 0);
  afterAll(() => setLocale('en'));

  it('counts seconds, then minutes, then hours', () => {
    const en = i18n.getFixedT('en');
    expect(ageText(now - 5_000, en, now)).toBe('5 seconds');
    expect(ageText(now - 3 * 60_000, en, now)).toBe('3 minutes');
    expect(ageText(now - 2 * 3_600_000, en, now)).toBe('2 hours');
    // Never "0 seconds": data that has just gone stale is a second old.
    expect(ageText(now, en, now)).toBe('1 second');
  });

  // The catalogues' forms are CLDR's unit names (Node has full ICU; Debian's Chromium has none for sq and mk).
  for (const [locale, tag] of [
    ['sq', 'sq'],
    ['mk', 'mk'],
    ['bs', 'bs'],
    ['sr-Cyrl', 'sr-Cyrl'],
    ['sr-Latn', 'sr-Latn'],
  ] as const) {
    it(`writes the unit in ${locale} with its plural forms, as CLDR does`, async () => {
      await setLocale(locale);
      const t = i18n.getFixedT(locale);
      for (const [unit, ms] of [
        ['second', 1_000],
        ['minute', 60_000],
        ['hour', 3_600_000],
      ] as const) {
        for (const count of unit === 'second' ? [1, 2, 5, 21, 22, 25, 59] : unit === 'minute' ? [1, 2, 5, 11, 21, 22, 59] : [1, 2, 5, 21, 22]) {
          expect(ageText(now - count * ms, t, now), `${count} ${unit}`).toBe(new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(count));
        }
      }
    });
  }
});

describe('formatThreshold', () => {
  it('gives a threshold as a percentage in the locale', () => {
    expect(formatThreshold(0.95)).toBe('95%');
    expect(formatThreshold(0.015)).toBe('1.5%');
    // A decimal comma where the locale writes one (Serbian: "1,5 %").
    expect(formatThreshold(0.015, 'sr-Latn-RS')).toMatch(/^1,5\s?%$/);
  });
});
