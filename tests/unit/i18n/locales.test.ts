import { describe, expect, it } from 'vitest';
import { catalogueSource, DEFAULT_LOCALE, intlLocale, isLocale, LOCALES, localeInfo } from '../../../src/i18n/locales';

const categories = (locale: string) => [...new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories].sort();

describe('locale registry', () => {
  it('gives the plural categories each language needs through its Intl locale', () => {
    expect(categories('en')).toEqual(['one', 'other']);
    expect(categories('sq')).toEqual(['one', 'other']);
    expect(categories('mk')).toEqual(['one', 'other']);
    for (const code of ['bs', 'cnr', 'sr-Cyrl', 'sr-Latn']) expect(categories(code), code).toEqual(['few', 'one', 'other']);
  });

  it('formats Montenegrin as Serbian in Latin script as used in Montenegro', () => {
    expect(intlLocale('cnr')).toBe('sr-Latn-ME');
    expect(new Intl.NumberFormat(intlLocale('cnr')).resolvedOptions().locale).toBe('sr-Latn-ME');
    expect(new Intl.DateTimeFormat(intlLocale('cnr'), { month: 'long' }).format(new Date(2025, 2, 1))).toBe('mart');
  });

  it('has Intl data for every locale (no silent fall back to another language)', () => {
    for (const l of LOCALES) {
      const resolved = new Intl.NumberFormat(l.intl).resolvedOptions().locale;
      expect(resolved.split('-')[0], l.code).toBe(l.intl.split('-')[0]);
    }
  });

  it('names each language in itself, with its script', () => {
    expect(LOCALES.map((l) => [l.code, l.name])).toEqual([
      ['en', 'English'],
      ['sq', 'Shqip'],
      ['bs', 'Bosanski'],
      ['cnr', 'Crnogorski'],
      ['mk', 'Македонски'],
      ['sr-Cyrl', 'Српски (ћирилица)'],
      ['sr-Latn', 'Srpski (latinica)'],
    ]);
    expect(localeInfo('mk').script).toBe('Cyrl');
    expect(localeInfo('sr-Latn').transliteratedFrom).toBe('sr-Cyrl');
    expect(LOCALES.every((l) => l.dir === 'ltr')).toBe(true);
  });

  it('accepts only the registered codes', () => {
    expect(DEFAULT_LOCALE).toBe('en');
    expect(isLocale('sq')).toBe(true);
    expect(isLocale('sr-Latn')).toBe(true);
    for (const bad of ['sr', 'sr-latn', 'SQ', 'de', '', null, 7, undefined]) expect(isLocale(bad), String(bad)).toBe(false);
  });
});

describe('catalogueSource: where a locale’s catalogue files come from', () => {
  it('its own folder; the source folder when transliterated; the base folder plus its own differences when based on another', () => {
    expect(catalogueSource(localeInfo('mk'))).toEqual({ folder: 'mk', differences: undefined, transliterate: false });
    expect(catalogueSource(localeInfo('sr-Latn'))).toEqual({ folder: 'sr-Cyrl', differences: undefined, transliterate: true });
    expect(catalogueSource(localeInfo('cnr'))).toEqual({ folder: 'bs', differences: 'cnr', transliterate: false });
  });
});
