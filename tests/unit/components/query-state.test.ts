import { describe, expect, it } from 'vitest';
import { ageText } from '../../../src/components/query-state';
import { formatThreshold } from '../../../src/features/about/indicator-method';

describe('ageText: how old stale data is, in the page language', () => {
  const now = Date.UTC(2026, 6, 1, 12, 0, 0);
  it('counts seconds, then minutes, then hours', () => {
    expect(ageText(now - 5_000, 'en', now)).toBe('5 seconds');
    expect(ageText(now - 3 * 60_000, 'en', now)).toBe('3 minutes');
    expect(ageText(now - 2 * 3_600_000, 'en', now)).toBe('2 hours');
    // Never "0 seconds": data that has just gone stale is a second old.
    expect(ageText(now, 'en', now)).toBe('1 second');
  });

  it('writes the unit in the locale, not in English', () => {
    const mk = ageText(now - 3 * 60_000, 'mk', now);
    expect(mk).toMatch(/^3 \p{Script=Cyrillic}+/u);
    expect(ageText(now - 3 * 60_000, 'sr-Latn-RS', now)).toMatch(/^3 minut/);
  });
});

describe('formatThreshold', () => {
  it('gives a threshold as a percentage in the locale', () => {
    expect(formatThreshold(0.95)).toBe('95%');
    expect(formatThreshold(0.015)).toBe('1.5%');
    // A decimal comma where the locale writes one (Serbian: "1,5 %").
    expect(formatThreshold(0.015, 'sr-Latn-RS')).toMatch(/^1,5\s?%$/);
  });
});
