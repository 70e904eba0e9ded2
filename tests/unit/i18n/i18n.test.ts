import { describe, expect, it } from 'vitest';
import { about } from '../../../src/i18n/en/about';
import { formatDay } from '../../../src/domain/dates';
import { oneFullStop } from '../../../src/domain/full-stop';
import { addMessages, i18n, messagesReady, setLocale } from '../../../src/i18n/i18n';

describe('i18n set-up', () => {
  it('has the English shared strings at once and adds a screen’s strings', async () => {
    expect(i18n.t('nav.overview')).toBe('Overview');
    await addMessages({ about });
    expect(i18n.t('about.title')).toBe('About this dashboard');
    await expect(messagesReady('about')).resolves.toBeUndefined();
  });

  it('takes plural rules from each locale’s Intl locale (cnr has none of its own in Chromium)', () => {
    const resolver = i18n.services.pluralResolver as { getRule(c: string): Intl.PluralRules; pluralRulesCache: object };
    expect(resolver.getRule('cnr').resolvedOptions().pluralCategories).toEqual(['few', 'one', 'other']);
    // Node's ICU happens to alias cnr to sr-ME, so the rule alone proves nothing: the rule asked for is sr-Latn-ME.
    expect(Object.keys(resolver.pluralRulesCache).join()).toContain('"cleanedCode":"sr-Latn-ME"');
    expect(Object.keys(resolver.pluralRulesCache).join()).not.toContain('"cleanedCode":"cnr"');
    i18n.addResourceBundle('cnr', 'translation', { test: { n_one: '{{count}} obaveza', n_few: '{{count}} obaveze', n_other: '{{count}} obaveza' } });
    expect(i18n.t('test.n' as never, { count: 3, lng: 'cnr' })).toBe('3 obaveze');
    expect(i18n.t('test.n' as never, { count: 21, lng: 'cnr' })).toBe('21 obaveza');
    i18n.removeResourceBundle('cnr', 'translation');
  });

  it('refuses a code that is not a locale of the dashboard', async () => {
    await expect(setLocale('de' as never)).rejects.toThrow(/not a locale/);
    expect(i18n.language).toBe('en');
  });
});

describe('one full stop at the end of a sentence', () => {
  it('drops the second of two, and leaves an ellipsis and single stops alone', () => {
    expect(oneFullStop('Podaci zaključno sa 31. jul 2026..')).toBe('Podaci zaključno sa 31. jul 2026.');
    expect(oneFullStop('Податоци заклучно со 31 јули 2026 г..')).toBe('Податоци заклучно со 31 јули 2026 г.');
    expect(oneFullStop('Loading...')).toBe('Loading...');
    expect(oneFullStop('A. B.')).toBe('A. B.');
  });

  it('applies to every translated string: a sentence ending with a date written with its own stop has one', () => {
    for (const [lng, asOf] of [['sr-Cyrl', 'Подаци закључно са {{date}}.'], ['en', 'Data as of {{date}}.']] as const) {
      const date = formatDay(2026, 7, 31, lng);
      i18n.addResourceBundle(lng, 'translation', { test: { asOf } }, true, true);
      const text = String(i18n.t('test.asOf' as never, { date, lng }));
      expect(text.endsWith(`${date.replace(/\.$/, '')}.`), text).toBe(true);
      expect(text).not.toMatch(/\.\.$/);
    }
    expect(formatDay(2026, 7, 31, 'sr-Cyrl')).toMatch(/\.$/);
    i18n.removeResourceBundle('sr-Cyrl', 'translation');
  });
});

