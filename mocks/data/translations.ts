/**
 * The illustrative dataset's translations: one table per locale (translations/<locale>.ts, English
 * text -> translated text). `translate` turns an English text into the model's per-locale text.
 */
import type { Locale } from '../../src/api/schemas';
import { translations as bs } from './translations/bs';
import { translations as cnr } from './translations/cnr';
import { translations as mk } from './translations/mk';
import { translations as sq } from './translations/sq';
import { translations as srCyrl } from './translations/sr-Cyrl';
import { translations as srLatn } from './translations/sr-Latn';
import type { Text } from './model';

export const TABLES: Record<Locale, Record<string, string>> = { sq, bs, cnr, mk, 'sr-Cyrl': srCyrl, 'sr-Latn': srLatn };

/** The English text with every translation the tables hold for it. */
export function translate(en: string, tables: Record<Locale, Record<string, string>> = TABLES): Text {
  const text: Text = { en };
  for (const [locale, table] of Object.entries(tables) as [Locale, Record<string, string>][]) {
    const translated = Object.hasOwn(table, en) ? table[en] : undefined;
    if (translated) text[locale] = translated;
  }
  return text;
}
