import { describe, expect, it } from 'vitest';
import { about } from '../../../src/i18n/en/about';
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
