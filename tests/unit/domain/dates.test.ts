import { describe, expect, it } from 'vitest';
import { formatDay, formatMonthYear, monthName } from '../../../src/domain/dates';
import { periodSpan } from '../../../src/domain/format';

const OWN = ['sq', 'mk', 'bs'];

describe('dates written out in the page language', () => {
  it('writes English the British way', () => {
    expect(formatDay(2026, 7, 31, 'en')).toBe('31 July 2026');
    expect(formatMonthYear(2020, 2, 'en')).toBe('February 2020');
    expect(monthName(12, 'en')).toBe('December');
  });

  it('writes Albanian, Macedonian and Bosnian from its own months, as an engine with full data does', () => {
    // Node has full ICU: there our own names and patterns must match CLDR's exactly, for every month.
    for (const locale of OWN) {
      for (let month = 1; month <= 12; month++) {
        const time = Date.UTC(2026, month - 1, 9);
        const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(time);
        expect(monthName(month, locale), `${locale} ${month}`).toBe(intl({ month: 'long' }));
        expect(formatDay(2026, month, 9, locale), `${locale} ${month}`).toBe(intl({ day: 'numeric', month: 'long', year: 'numeric' }));
        expect(formatMonthYear(2026, month, locale), `${locale} ${month}`).toBe(intl({ month: 'long', year: 'numeric' }));
      }
    }
  });

  it('does not depend on the engine having the language: the Cyrillic and Latin names are ours', () => {
    expect(formatDay(2026, 7, 31, 'mk')).toBe('31 јули 2026 г.');
    expect(formatDay(2026, 7, 31, 'sq')).toBe('31 korrik 2026');
    expect(formatDay(2026, 3, 1, 'bs')).toBe('1. mart 2026.');
    expect(periodSpan('2026-H1', 'mk')).toBe('јануари–јуни 2026');
  });

  it('leaves the other languages to Intl (Serbian in both scripts, Montenegrin as sr-Latn-ME)', () => {
    expect(formatDay(2026, 7, 31, 'sr-Cyrl')).toBe(new Intl.DateTimeFormat('sr-Cyrl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 6, 31)));
    expect(monthName(7, 'sr-Latn-ME')).toBe('jul');
  });
});
