/**
 * Serbian in Latin script: the Serbian Cyrillic table transliterated (src/i18n/transliterate.ts), as
 * the app's own sr-Latn strings are, so the two scripts never disagree.
 */
import { transliterate } from '../../../src/i18n/transliterate';
import { translations as cyrillic } from './sr-Cyrl';

export const translations: Record<string, string> = Object.fromEntries(Object.entries(cyrillic).map(([en, text]) => [en, transliterate(text)]));
