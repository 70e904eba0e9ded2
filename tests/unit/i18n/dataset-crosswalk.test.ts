/**
 * The data tables' entries for the crosswalk (frameworks, references, labels) and the deadline-revision
 * reasons: every locale has them, in its own script, with the acronyms kept as the locale writes them.
 */
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../mocks/data/dataset';
import { TABLES } from '../../../mocks/data/translations';
import type { Locale } from '../../../src/api/schemas';
import { datasetTexts } from '../../../scripts/dataset-texts';

const FIELDS = /^(framework\.|reference\.|deadlineRevision\.)/;
const texts = datasetTexts(getDataset('default')).filter((t) => FIELDS.test(t.field));
const FATF_LABEL = /^(R|IO)\.\d+$/;
/** Acronyms that stay in Latin letters in every language. */
const ACRONYMS = ['FATF', 'MONEYVAL', 'UNCAC', 'ACIF'];
/** How each language writes "EU". */
const EU: Record<Locale, string> = { sq: 'BE', bs: 'EU', cnr: 'EU', mk: 'ЕУ', 'sr-Cyrl': 'ЕУ', 'sr-Latn': 'EU' };
const LOCALES = Object.keys(EU) as Locale[];
const CYRILLIC = new Set<Locale>(['mk', 'sr-Cyrl']);

const latinWords = (text: string) => text.match(/[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];

describe('the crosswalk and deadline-revision entries of the data tables', () => {
  it('are the texts of the frameworks, references and revisions (none counted twice)', () => {
    const fields = new Set(texts.map((t) => t.field));
    expect([...fields].sort()).toEqual(['deadlineRevision.reason', 'framework.edition', 'framework.name', 'reference.label', 'reference.name']);
    expect(texts.filter((t) => t.field === 'reference.label').length).toBe(getDataset('default').roadmap.references?.length);
  });

  describe.each(LOCALES)('%s', (locale) => {
    const table = TABLES[locale];

    it('translates every one; only FATF labels stay as published', () => {
      for (const { text } of texts) {
        const translated = table[text];
        expect(translated, text).toBeTruthy();
        if (FATF_LABEL.test(text)) expect(translated).toBe(text);
        else expect(translated, text).not.toBe(text);
      }
    });

    it('keeps the acronyms and the numbers of labels', () => {
      for (const { field, text } of texts) {
        const translated = table[text] ?? '';
        for (const acronym of ACRONYMS) if (text.includes(acronym)) expect(translated, text).toContain(acronym);
        if (/\bEU\b/.test(text)) expect(translated, text).toContain(EU[locale]);
        for (const year of text.match(/\b\d{4}\b/g) ?? []) expect(translated, text).toContain(year);
        if (field === 'reference.label') expect(translated.replace(/^\D+/, ''), text).toBe(text.replace(/^\D+/, ''));
      }
    });

    it(CYRILLIC.has(locale) ? 'writes them in Cyrillic but for acronyms and FATF labels' : 'writes them in Latin letters', () => {
      const values = texts.map((t) => table[t.text] ?? '');
      if (CYRILLIC.has(locale)) {
        const stray = values.flatMap(latinWords).filter((word) => !ACRONYMS.includes(word) && !FATF_LABEL.test(word));
        expect([...new Set(stray)]).toEqual([]);
        expect(values.filter((v) => !FATF_LABEL.test(v) && !/[\u0400-\u04FF]/.test(v))).toEqual([]);
      } else {
        expect(values.filter((v) => /[\u0400-\u04FF]/.test(v))).toEqual([]);
      }
    });
  });
});
