import { describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblem, pluralCategories } from '../../../scripts/i18n-check-rules';
import { intlLocale } from '../../../src/i18n/locales';

const files = import.meta.glob<Record<string, unknown>>('../../../src/i18n/*/*.ts', { eager: true });
const NAMES = ['about', 'changes', 'chartDetails', 'charts', 'commitment', 'common', 'feeds', 'follow', 'frameworks', 'indicator', 'jurisdiction', 'overview', 'pillar', 'presenter', 'reporting'];

const catalogue = (locale: string, name: string) => files[`../../../src/i18n/${locale}/${name}.ts`]?.[name];

describe.each(['sq', 'mk'])('the %s catalogue', (locale) => {
  it.each(NAMES)('%s.ts has English’s keys, placeholders and its plural forms', (name) => {
    const translated = catalogue(locale, name);
    expect(translated, `src/i18n/${locale}/${name}.ts`).toBeTypeOf('object');
    const problems = checkCatalogue({ locale, file: name, english: catalogue('en', name), translated, categories: pluralCategories(intlLocale(locale)) });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('names the jurisdictions as the language writes them and keeps the Kosovo* asterisk', () => {
    const names = (catalogue(locale, 'common') as { nav: { names: Record<string, string> } }).nav.names;
    expect(names.XK).toMatch(/\*$/);
    expect(Object.keys(names)).toEqual(['AL', 'BA', 'XK', 'ME', 'MK', 'RS']);
  });
});

it('covers every English file', () => {
  expect(Object.keys(files).filter((f) => f.includes('/en/')).map((f) => f.split('/').pop()!.replace('.ts', '')).sort()).toEqual(NAMES);
});
