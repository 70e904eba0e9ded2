import { describe, expect, it } from 'vitest';
import { checkCatalogue, checkFiles, flatten, formatProblem, placeholders, pluralCategories } from '../../../scripts/i18n-check-rules';

const english = {
  title: 'Commitment {{id}}',
  nested: { asOf: 'As of {{date}}', plain: 'Overview' },
  count_one: '{{count}} commitment changed status.',
  count_other: '{{count}} commitments changed status.',
  changed_one: 'The status changed once up to {{period}}.',
  changed_other: 'The status changed {{count}} times up to {{period}}.',
  changed_zero: 'The status has not changed.',
};

const sq = {
  title: 'Zotimi {{id}}',
  nested: { asOf: 'Më {{date}}', plain: 'Përmbledhje' },
  count_one: '{{count}} zotim ndryshoi status.',
  count_other: '{{count}} zotime ndryshuan status.',
  changed_one: 'Statusi ndryshoi një herë deri në {{period}}.',
  changed_other: 'Statusi ndryshoi {{count}} herë deri në {{period}}.',
  changed_zero: 'Statusi nuk ka ndryshuar.',
};

const check = (translated: unknown, categories = ['one', 'other'], locale = 'sq') =>
  checkCatalogue({ locale, file: 'commitment', english, translated, categories }).map(formatProblem);

describe('i18n:check rules', () => {
  it('accepts a complete translation', () => {
    expect(check(sq)).toEqual([]);
  });

  it('reports a key English has and the translation lacks', () => {
    const { plain: _plain, ...nested } = sq.nested;
    expect(check({ ...sq, nested })).toEqual(['sq/commitment: nested.plain: missing']);
  });

  it('reports a key English lacks', () => {
    expect(check({ ...sq, subtitle: 'Nëntitull' })).toEqual(['sq/commitment: subtitle: not in English']);
  });

  it('reports a changed set of placeholders, a dropped and an added one', () => {
    expect(check({ ...sq, title: 'Zotimi {{ID}}', nested: { ...sq.nested, asOf: 'Më {{date}} {{period}}' } })).toEqual([
      'sq/commitment: title: placeholders {{ID}}, English has {{id}}',
      'sq/commitment: nested.asOf: placeholders {{date}} {{period}}, English has {{date}}',
    ]);
    expect(check({ ...sq, nested: { ...sq.nested, asOf: 'Më datën' } })).toEqual(['sq/commitment: nested.asOf: placeholders none, English has {{date}}']);
  });

  it('requires every plural form of the locale, and only those, plus i18next’s zero form when English has it', () => {
    const { count_one: _one, changed_zero: _zero, ...rest } = sq;
    expect(check(rest)).toEqual([
      'sq/commitment: count_one: plural form “one” missing (sq uses one, other)',
      'sq/commitment: changed_zero: plural form “zero” missing (sq uses one, other)',
    ]);
    expect(check({ ...sq, count_few: '{{count}} zotime' })).toEqual(['sq/commitment: count_few: plural form “few” not used by sq (one, other)']);
  });

  it('asks a one/few/other locale for the few form, compared with English’s other form', () => {
    const bs = { ...sq, count_few: '{{count}} obaveze su promijenile status.', changed_few: 'Status se promijenio {{count}} puta do {{period}}.' };
    expect(check(bs, ['few', 'one', 'other'], 'bs')).toEqual([]);
    expect(check(sq, ['few', 'one', 'other'], 'bs')).toEqual([
      'bs/commitment: count_few: plural form “few” missing (bs uses few, one, other)',
      'bs/commitment: changed_few: plural form “few” missing (bs uses few, one, other)',
    ]);
    expect(check({ ...bs, changed_few: 'Status se promijenio nekoliko puta.' }, ['few', 'one', 'other'], 'bs')).toEqual([
      'bs/commitment: changed_few: placeholders none, English has {{count}} {{period}}',
    ]);
  });

  it('lets a one form add {{count}} (it may cover 21, 31, …) or leave it out, but not invent a placeholder', () => {
    expect(check({ ...sq, changed_one: 'Statusi ndryshoi {{count}} herë deri në {{period}}.', count_one: 'Një zotim ndryshoi status.' })).toEqual([]);
    expect(check({ ...sq, changed_one: 'Statusi ndryshoi {{n}} herë deri në {{period}}.' })).toEqual([
      'sq/commitment: changed_one: placeholders {{n}} {{period}}, English has {{period}}',
    ]);
    expect(check({ ...sq, changed_other: 'Statusi ndryshoi disa herë deri në {{period}}.' })).toEqual([
      'sq/commitment: changed_other: placeholders {{period}}, English has {{count}} {{period}}',
    ]);
  });

  it('reports empty strings and values that are not strings', () => {
    expect(check({ ...sq, title: ' ', nested: { ...sq.nested, plain: 3 } })).toEqual([
      'sq/commitment: title: empty string',
      'sq/commitment: nested.plain: not a string (number)',
    ]);
    expect(check({ ...sq, nested: 'Përmbledhje' })).toEqual([
      'sq/commitment: nested.asOf: missing',
      'sq/commitment: nested.plain: missing',
      'sq/commitment: nested: not in English',
    ]);
  });

  it('reports missing and extra files', () => {
    expect(checkFiles('mk', ['about', 'common'], ['common', 'extra']).map(formatProblem)).toEqual([
      'mk/about: *: file src/i18n/mk/about.ts missing',
      'mk/extra: *: src/i18n/mk/extra.ts has no English file',
    ]);
    expect(checkFiles('bs', ['common'], null).map(formatProblem)).toEqual(['bs/common: *: file src/i18n/bs/common.ts missing']);
    expect(checkFiles('sr-Latn', ['common'], null, 'sr-Cyrl').map(formatProblem)).toEqual([
      'sr-Latn/common: *: file src/i18n/sr-Cyrl/common.ts missing (sr-Latn is made from sr-Cyrl)',
    ]);
    expect(checkFiles('sq', ['common'], ['common'])).toEqual([]);
  });

  it('has helpers that flatten keys, read placeholders and plural categories', () => {
    expect([...flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' }).keys()]).toEqual(['a.b', 'a.c.d', 'e']);
    expect([...placeholders('{{a}} and {{ b }} and {{a}}')]).toEqual(['a', 'b']);
    expect(pluralCategories('sr-Latn-ME')).toEqual(['few', 'one', 'other']);
    expect(pluralCategories('mk')).toEqual(['one', 'other']);
  });
});
