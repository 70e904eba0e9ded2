import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../mocks/data/dataset';
import { translations as mk } from '../../../mocks/data/translations/mk';
import { translations as sq } from '../../../mocks/data/translations/sq';
import { phrases as mkPhrases } from '../../../scripts/dataset-phrases/mk';
import { phrases as sqPhrases } from '../../../scripts/dataset-phrases/sq';
import { datasetTexts } from '../../../scripts/dataset-texts';
import { translateText } from '../../../scripts/dataset-translations';

const texts = datasetTexts(getDataset('default'));

describe.each([
  ['sq', sq, sqPhrases],
  ['mk', mk, mkPhrases],
] as const)('dataset translations (%s)', (_locale, table, book) => {
  it('cover every visible text of the default dataset but the few gaps named at the top of the file', () => {
    const untranslated = texts.filter((t) => !(t.text in table)).map((t) => t.text);
    expect(untranslated).toEqual(book.gaps);
    const gapFields = texts.filter((t) => book.gaps.includes(t.text)).map((t) => t.field);
    expect(gapFields.filter((f) => f.startsWith('commitment.')).length).toBeGreaterThanOrEqual(2);
    expect(gapFields).toContain('indicator.description');
    expect(Object.keys(table).length).toBe(texts.length - book.gaps.length);
  });

  it('are up to date with their phrases (scripts/dataset-translations.ts writes them)', () => {
    for (const [english, translated] of Object.entries(table)) expect(translateText(book, english), english).toBe(translated);
  });

  it('keep the dates, references and acronyms of generated texts', () => {
    const description = texts.find((t) => t.field === 'commitment.description' && !book.gaps.includes(t.text))!.text;
    const [, reference] = /\(([^)]*)\)/.exec(description)!;
    const translated = table[description]!;
    expect(translated).toContain(`(${reference})`);
    expect(translated).toContain(/(\d{4})\. /.exec(description)![1]);
    expect(translated).not.toMatch(/Under the|committed to/);
    expect(table['Kosovo*']).toMatch(/\*$/);
    expect(Object.values(table).every((v) => v.trim().length > 0)).toBe(true);
  });
});
