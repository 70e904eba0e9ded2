/**
 * Shape of the Bosnian, Montenegrin and Serbian Cyrillic catalogues and data tables: the same keys as
 * English (plural keys in the locale's one/few/other forms, as i18next resolves them), the same
 * placeholders, the right script and yat reflex, and data tables that cover the mock dataset's texts
 * except the few left in English on purpose.
 */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../mocks/data/dataset';
import { translations as bsData } from '../../../mocks/data/translations/bs';
import { translations as cnrData } from '../../../mocks/data/translations/cnr';
import { deriveCatalogue } from '../../../src/i18n/derive';
import { translations as srData } from '../../../mocks/data/translations/sr-Cyrl';
import { about as enAbout } from '../../../src/i18n/en/about';
import { commitment as enCommitment } from '../../../src/i18n/en/commitment';
import { common as enCommon } from '../../../src/i18n/en/common';
import { indicator as enIndicator } from '../../../src/i18n/en/indicator';
import { jurisdiction as enJurisdiction } from '../../../src/i18n/en/jurisdiction';
import { overview as enOverview } from '../../../src/i18n/en/overview';
import { pillar as enPillar } from '../../../src/i18n/en/pillar';
import { presenter as enPresenter } from '../../../src/i18n/en/presenter';
import { about as bsAbout } from '../../../src/i18n/bs/about';
import { commitment as bsCommitment } from '../../../src/i18n/bs/commitment';
import { common as bsCommon } from '../../../src/i18n/bs/common';
import { indicator as bsIndicator } from '../../../src/i18n/bs/indicator';
import { jurisdiction as bsJurisdiction } from '../../../src/i18n/bs/jurisdiction';
import { overview as bsOverview } from '../../../src/i18n/bs/overview';
import { pillar as bsPillar } from '../../../src/i18n/bs/pillar';
import { presenter as bsPresenter } from '../../../src/i18n/bs/presenter';
import { about as srAbout } from '../../../src/i18n/sr-Cyrl/about';
import { commitment as srCommitment } from '../../../src/i18n/sr-Cyrl/commitment';
import { common as srCommon } from '../../../src/i18n/sr-Cyrl/common';
import { indicator as srIndicator } from '../../../src/i18n/sr-Cyrl/indicator';
import { jurisdiction as srJurisdiction } from '../../../src/i18n/sr-Cyrl/jurisdiction';
import { overview as srOverview } from '../../../src/i18n/sr-Cyrl/overview';
import { pillar as srPillar } from '../../../src/i18n/sr-Cyrl/pillar';
import { presenter as srPresenter } from '../../../src/i18n/sr-Cyrl/presenter';

type Tree = { readonly [key: string]: string | Tree };
type Files = Record<string, Tree>;

const CNR_DIFFERENCES = import.meta.glob<Record<string, Tree>>('../../../src/i18n/cnr/*.ts', { eager: true });

const EN: Files = {
  common: enCommon, about: enAbout, commitment: enCommitment, indicator: enIndicator,
  jurisdiction: enJurisdiction, overview: enOverview, pillar: enPillar, presenter: enPresenter,
};
const LOCALES: Record<'bs' | 'cnr' | 'sr-Cyrl', Files> = {
  bs: {
    common: bsCommon, about: bsAbout, commitment: bsCommitment, indicator: bsIndicator,
    jurisdiction: bsJurisdiction, overview: bsOverview, pillar: bsPillar, presenter: bsPresenter,
  },
  // Montenegrin: Bosnian's files with its own differences (src/i18n/derive.ts), as the app loads them.
  cnr: Object.fromEntries(
    Object.entries({
      common: bsCommon, about: bsAbout, commitment: bsCommitment, indicator: bsIndicator,
      jurisdiction: bsJurisdiction, overview: bsOverview, pillar: bsPillar, presenter: bsPresenter,
    }).map(([name, base]) => [name, deriveCatalogue(base, CNR_DIFFERENCES[`../../../src/i18n/cnr/${name}.ts`]?.[name]) as Tree]),
  ),
  'sr-Cyrl': {
    common: srCommon, about: srAbout, commitment: srCommitment, indicator: srIndicator,
    jurisdiction: srJurisdiction, overview: srOverview, pillar: srPillar, presenter: srPresenter,
  },
};
const LOCALE_CODES = Object.keys(LOCALES) as (keyof typeof LOCALES)[];
/** Keys a locale may have that English does not (yet): the note that translations are drafts. */
const EXTRA_KEYS: Record<string, readonly string[]> = { about: ['translationDraft'] };

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[prefix + key] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** English plural families: base key -> suffixes present in English. */
function pluralFamilies(flat: Record<string, string>): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const key of Object.keys(flat)) {
    const match = PLURAL.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    families.set(base, (families.get(base) ?? new Set()).add(match[1] ?? ''));
  }
  return families;
}

const stripped = (keys: string[]) => [...new Set(keys.map((key) => key.replace(PLURAL, '')))].sort();

describe.each(LOCALE_CODES)('%s catalogue', (locale) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('uses the one/few/other plural categories of Intl.PluralRules', () => {
    expect([...categories].sort()).toEqual(['few', 'one', 'other']);
  });

  describe.each(Object.keys(EN))('%s.ts', (file) => {
    const en = flatten(EN[file] as Tree);
    const tr = flatten(LOCALES[locale][file] as Tree);
    const families = pluralFamilies(en);
    const extras = EXTRA_KEYS[file] ?? [];

    it('has the English keys once plural suffixes are stripped', () => {
      const trKeys = stripped(Object.keys(tr)).filter((key) => !extras.includes(key) || key in en);
      expect(trKeys).toEqual(stripped(Object.keys(en)));
    });

    it('keeps keys without a plural suffix as they are', () => {
      for (const key of Object.keys(en).filter((k) => !PLURAL.test(k))) expect(tr, key).toHaveProperty([key]);
    });

    it('has exactly the one/few/other forms for every English plural key (and zero where English has it)', () => {
      for (const [base, enSuffixes] of families) {
        const expected = [...categories, ...(enSuffixes.has('zero') ? ['zero'] : [])].sort();
        const actual = Object.keys(tr)
          .filter((key) => key.replace(PLURAL, '') === base && PLURAL.test(key))
          .map((key) => PLURAL.exec(key)?.[1])
          .sort();
        expect(actual, base).toEqual(expected);
      }
    });

    it('keeps the placeholders of each English string', () => {
      for (const [key, value] of Object.entries(tr)) {
        if (extras.includes(key) && !(key in en)) continue;
        const match = PLURAL.exec(key);
        if (!match) {
          expect(placeholders(value), key).toEqual(placeholders(en[key] ?? ''));
          continue;
        }
        // A plural form may name {{count}} where English says "once"; the other placeholders match.
        const base = key.slice(0, match.index);
        // zero is i18next's own form for a count of 0 and matches English's zero; the others match English's one/other.
        const suffixes = match[1] === 'zero' ? ['zero'] : [...(families.get(base) ?? [])].filter((suffix) => suffix !== 'zero');
        const enForms = suffixes.map((suffix) => en[`${base}_${suffix}`] ?? '');
        const enNames = new Set(enForms.flatMap(placeholders));
        const withoutCount = (names: Iterable<string>) => [...names].filter((name) => name !== 'count').sort();
        expect(withoutCount(placeholders(value)), key).toEqual(withoutCount(enNames));
        if (match[1] === 'few' || match[1] === 'other') {
          if (placeholders(en[`${base}_other`] ?? '').includes('count')) expect(placeholders(value), key).toContain('count');
        }
      }
    });

    it('translates the strings (most differ from English, none is empty)', () => {
      const values = Object.entries(tr);
      for (const [key, value] of values) expect(value.trim(), key).not.toBe('');
      const same = values.filter(([key, value]) => en[key] === value).length;
      expect(same / values.length).toBeLessThan(0.15);
    });
  });

  it('writes the translation-draft note in about.ts', () => {
    expect(flatten(LOCALES[locale].about as Tree).translationDraft).toMatch(/\S{3,}/);
  });
});

describe('plural forms as i18next resolves them', () => {
  const cases: [keyof typeof LOCALES, number, RegExp][] = [
    ['sr-Cyrl', 1, /^1 слајд$/],
    ['sr-Cyrl', 21, /^21 слајд$/],
    ['sr-Cyrl', 3, /^3 слајда$/],
    ['sr-Cyrl', 24, /^24 слајда$/],
    ['sr-Cyrl', 5, /^5 слајдова$/],
    ['sr-Cyrl', 12, /^12 слајдова$/],
    ['bs', 22, /^22 slajda$/],
    ['bs', 11, /^11 slajdova$/],
    ['cnr', 31, /^31 slajd$/],
    ['cnr', 14, /^14 slajdova$/],
  ];
  it.each(cases)('%s, count %i', async (locale, count, expected) => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: locale,
      resources: { [locale]: { translation: { presenter: LOCALES[locale].presenter } } },
      interpolation: { escapeValue: false },
    });
    expect(instance.t('presenter.slideCount', { count })).toMatch(expected);
  });
});

describe('script and yat reflex', () => {
  const allowedLatin = new Set([
    'FATF', 'MONEYVAL', 'CAGR', 'CSV', 'PNG', 'SVG', 'ID', 'API', 'JSON', 'OpenAPI', 'Open', 'SDG', 'Statistics',
    'Canada', 'Transparency', 'International', 'TI', 'CPI', 'http', 'https', 'Page', 'Up', 'Down', 'Home', 'End',
    'Escape', 'F', 'R', 'd', 'A4', 'AL-2-03', 'IO.1', 'IO.2', 'IO.5', 'IO.6', 'IO.7', 'IO.8', 'R.1', 'EUR', 'ACIF',
    'RAI', 'UNODC', 'SEESAC', 'N/A', 'NC', 'PC', 'LC', 'C', 'FATF/MONEYVAL', 'H1', 'H2', 'UNCAC',
  ]);
  /** FATF's reference labels, which stay as published (R.24, IO.5). */
  const fatfLabel = /^(R|IO)\.\d+$/;
  const latinWords = (text: string) =>
    text
      .replace(/\{\{\s*\w+\s*\}\}/g, ' ')
      .replace('open-sdg/open-sdg, docs/progress-methodology.md', ' ')
      .match(/[A-Za-z][A-Za-z0-9./-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  const serbianValues = [...Object.values(LOCALES['sr-Cyrl']).flatMap((tree) => Object.values(flatten(tree))), ...Object.values(srData)];

  it('Serbian Cyrillic has no Latin words except acronyms, key names and formula symbols', () => {
    const stray = serbianValues.flatMap(latinWords).filter((word) => !allowedLatin.has(word.replace(/-$/, '')) && !fatfLabel.test(word));
    expect([...new Set(stray)]).toEqual([]);
  });

  it('Serbian is ekavian; Bosnian and Montenegrin are ijekavian and Latin', () => {
    expect(serbianValues.filter((v) => /вријед|извјешт|спрјеч|обавјешт|мјесец|сљедећ|посљедњ|удио|дио\b/.test(v))).toEqual([]);
    for (const locale of ['bs', 'cnr'] as const) {
      const values = [...Object.values(LOCALES[locale]).flatMap((tree) => Object.values(flatten(tree))), ...Object.values(locale === 'bs' ? bsData : cnrData)];
      expect(values.filter((v) => /[\u0400-\u04FF]/.test(v)), locale).toEqual([]);
      expect(values.filter((v) => /\b(vrednost|izveštaj|sprečavanj|obaveštaj|sledeć|poslednj|meseci?)\w*/i.test(v)), locale).toEqual([]);
      expect(values.some((v) => /sprječavanj|obavještaj/.test(v)), locale).toBe(true);
    }
  });
});

/** Every distinct English text of the default mock dataset that a data table translates. */
function datasetTexts(): Set<string> {
  const d = getDataset();
  const texts = new Set<string>();
  const add = (text: string | null | undefined) => {
    if (text) texts.add(text);
  };
  [d.roadmap.title, d.roadmap.description, d.roadmap.source].forEach(add);
  for (const p of d.roadmap.pillars) [p.name, p.shortName, p.description, p.reference].forEach(add);
  for (const s of d.roadmap.statuses) [s.label, s.description].forEach(add);
  for (const s of d.roadmap.scales) [s.name, s.source, ...s.levels].forEach(add);
  for (const j of d.jurisdictions) [j.name, j.designationFootnote, ...j.institutions.map((i) => i.name)].forEach(add);
  for (const c of d.commitments) {
    [c.title, c.description, ...c.history.map((h) => h.note)].forEach(add);
    for (const e of c.evidence) [e.title, e.publisher].forEach(add);
  }
  for (const i of d.indicators) {
    [i.name, i.description, i.unit, i.source].forEach(add);
    for (const s of i.series) s.observations.forEach((o) => add(o.source));
  }
  for (const f of d.roadmap.frameworks ?? []) [f.name, f.edition].forEach(add);
  for (const r of d.roadmap.references ?? []) [r.label, r.name].forEach(add);
  for (const c of d.commitments) c.deadlineHistory?.revisions.forEach((r) => add(r.reason));
  return texts;
}

describe.each([
  ['bs', bsData],
  ['cnr', cnrData],
  ['sr-Cyrl', srData],
] as const)('%s data table', (locale, table) => {
  const texts = datasetTexts();
  const dataset = getDataset();
  const gaps = [
    'Review sentencing practice in money-laundering cases',
    dataset.commitments.find((c) => c.id === 'AL-1-01')?.description,
    dataset.commitments.find((c) => c.id === 'RS-8-01')?.description,
    'Share of competitive tenders in which only one bid was received.',
  ];

  it('is keyed by texts that occur in the dataset', () => {
    expect(Object.keys(table).filter((key) => !texts.has(key))).toEqual([]);
  });

  it('covers every text but the gaps left on purpose', () => {
    const missing = [...texts].filter((text) => !(text in table)).sort();
    expect(missing).toEqual([...gaps].sort());
  });

  it('names the gaps in the comment at the top of the file', () => {
    const header = readFileSync(`mocks/data/translations/${locale}.ts`, 'utf8').split('export const')[0] ?? '';
    for (const gap of gaps) expect(header).toContain((gap ?? '').slice(0, 60));
  });

  it('translates the texts (values are non-empty, and all but codes and the footnote-marked name differ)', () => {
    const same = Object.entries(table).filter(([en, tr]) => en === tr).map(([en]) => en);
    for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
    for (const text of same) expect(text).toMatch(/^(FATF [A-Z0-9., ]+|(R|IO)\.\d+|%|Kosovo\*)$/);
  });

  it('translates the Kosovo* designation footnote', () => {
    const footnote = dataset.jurisdictions.find((j) => j.code === 'XK')?.designationFootnote ?? '';
    expect(table[footnote]).toMatch(/1244\/1999/);
    expect(table[footnote]).not.toBe(footnote);
  });
});
