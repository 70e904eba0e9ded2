/**
 * The reporting, crosswalk and follow catalogues in Bosnian, Montenegrin and Serbian Cyrillic: the
 * English keys (plurals in one/few/other), the same placeholders, every string translated, Serbian
 * in Cyrillic but for names and acronyms.
 */
import { describe, expect, it } from 'vitest';
import { changes as enChanges } from '../../../src/i18n/en/changes';
import { follow as enFollow } from '../../../src/i18n/en/follow';
import { frameworks as enFrameworks } from '../../../src/i18n/en/frameworks';
import { reporting as enReporting } from '../../../src/i18n/en/reporting';
import { changes as bsChanges } from '../../../src/i18n/bs/changes';
import { follow as bsFollow } from '../../../src/i18n/bs/follow';
import { frameworks as bsFrameworks } from '../../../src/i18n/bs/frameworks';
import { reporting as bsReporting } from '../../../src/i18n/bs/reporting';
import { changes as srChanges } from '../../../src/i18n/sr-Cyrl/changes';
import { follow as srFollow } from '../../../src/i18n/sr-Cyrl/follow';
import { frameworks as srFrameworks } from '../../../src/i18n/sr-Cyrl/frameworks';
import { reporting as srReporting } from '../../../src/i18n/sr-Cyrl/reporting';

type Tree = { readonly [key: string]: string | Tree };
const EN: Record<string, Tree> = { reporting: enReporting, frameworks: enFrameworks, follow: enFollow, changes: enChanges };
const LOCALES: Record<string, Record<string, Tree>> = {
  bs: { reporting: bsReporting, frameworks: bsFrameworks, follow: bsFollow, changes: bsChanges },
  // Montenegrin has no differences from Bosnian in these files (src/i18n/derive.ts): it reads Bosnian's.
  cnr: { reporting: bsReporting, frameworks: bsFrameworks, follow: bsFollow, changes: bsChanges },
  'sr-Cyrl': { reporting: srReporting, frameworks: srFrameworks, follow: srFollow, changes: srChanges },
};
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[prefix + key] = value;
    else Object.assign(out, flatten(value, `${prefix}${key}.`));
  }
  return out;
}
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? ''))].filter((n) => n !== 'count').sort();
const bases = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();

describe.each(Object.keys(LOCALES))('%s', (locale) => {
  describe.each(Object.keys(EN))('%s.ts', (file) => {
    const en = flatten(EN[file]!);
    const tr = flatten(LOCALES[locale]![file]!);

    it('has the English keys, plurals in one/few/other', () => {
      expect(bases(Object.keys(tr))).toEqual(bases(Object.keys(en)));
      for (const base of bases(Object.keys(en).filter((k) => PLURAL.test(k)))) {
        const forms = Object.keys(tr).filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k)).map((k) => PLURAL.exec(k)?.[1]).sort();
        expect(forms, base).toEqual(['few', 'one', 'other']);
      }
    });

    it('keeps the placeholders and translates every string', () => {
      for (const [key, value] of Object.entries(tr)) {
        const enKey = PLURAL.test(key) ? `${key.replace(PLURAL, '')}_other` : key;
        expect(placeholders(value), key).toEqual(placeholders(en[enKey] ?? ''));
        expect(value.trim(), key).not.toBe('');
      }
      // A few words are the same in both languages ("Status"); placeholder-only strings too.
      const same = Object.entries(tr).filter(([key, value]) => en[key] === value && !/^\{\{\w+\}\}: \{\{\w+\}\}$/.test(value));
      expect(same.length / Object.keys(tr).length, JSON.stringify(same)).toBeLessThan(0.05);
    });
  });
});

it('Serbian Cyrillic has no Latin words but names and acronyms', () => {
  const allowed = new Set(['FATF', 'UNCAC', 'ACIF', 'CSV', 'RSS', 'Thunderbird', 'Outlook', 'Windows']);
  const values = Object.values(LOCALES['sr-Cyrl']!).flatMap((tree) => Object.values(flatten(tree)));
  const stray = values.flatMap((v) => v.replace(/\{\{\s*\w+\s*\}\}/g, ' ').match(/[A-Za-z]+/g) ?? []).filter((w) => !allowed.has(w));
  expect([...new Set(stray)]).toEqual([]);
});
