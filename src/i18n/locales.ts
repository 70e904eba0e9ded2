/**
 * The dashboard's languages. A locale's catalogue is one file per English file,
 * `src/i18n/<code>/<name>.ts`, exporting a const of the same name with the same keys (see
 * src/i18n/README.md: adding a locale, how translators work, `npm run i18n:check`).
 *
 * `intl` is the locale passed to `Intl` (numbers, dates, plural rules). What each gives, measured:
 * - Node 20 (full ICU): every tag resolves to itself with its own data (`cnr` is aliased to sr-ME);
 *   plural categories en, sq, mk: one/other; bs, sr-Cyrl-RS, sr-Latn-RS, sr-Latn-ME: one/few/other.
 * - Debian's Chromium 156: plural rules as in Node for every locale, but number and date formats
 *   only for the Serbian tags: `sq` and `mk` resolve to en-US (English months, 12,345.6) and `bs`
 *   resolves to itself with placeholder data (month "M03", 12,345.6). Dates in those three are
 *   therefore written from their own month names (src/domain/dates.ts); numbers fall back.
 * Montenegrin (`cnr`) has no ICU data of its own: ICU aliases it to sr-ME where it knows the
 * code, and an engine that does not know it and fall back to the default locale (English plurals and formats). So `cnr`
 * formats as `sr-Latn-ME` (Serbian in Latin script as used in Montenegro: same plural rules,
 * separators and Latin month names), which resolves in both. i18n.ts also takes i18next's plural
 * rules from `intl`, so `cnr` gets one/few/other in every engine.
 */

export interface LocaleInfo {
  /** BCP 47 tag; also the folder of the catalogue and the i18next language. */
  readonly code: string;
  /** The language's name in itself, for the language switcher. */
  readonly name: string;
  readonly script: 'Latn' | 'Cyrl';
  readonly dir: 'ltr' | 'rtl';
  /** The locale given to `Intl` (see above). */
  readonly intl: string;
  /** The locale whose catalogue this one is transliterated from (transliterate.ts) instead of being kept by hand. */
  readonly transliteratedFrom?: string;
  /** The locale whose catalogue this one takes, with only its own differences in its folder (derive.ts). */
  readonly basedOn?: string;
}

export const LOCALES = [
  { code: 'en', name: 'English', script: 'Latn', dir: 'ltr', intl: 'en' },
  { code: 'sq', name: 'Shqip', script: 'Latn', dir: 'ltr', intl: 'sq' },
  { code: 'bs', name: 'Bosanski', script: 'Latn', dir: 'ltr', intl: 'bs' },
  // Bosnian's catalogue with Montenegrin's own differences (derive.ts).
  { code: 'cnr', name: 'Crnogorski', script: 'Latn', dir: 'ltr', intl: 'sr-Latn-ME', basedOn: 'bs' },
  { code: 'mk', name: 'Македонски', script: 'Cyrl', dir: 'ltr', intl: 'mk' },
  { code: 'sr-Cyrl', name: 'Српски (ћирилица)', script: 'Cyrl', dir: 'ltr', intl: 'sr-Cyrl-RS' },
  // Transliterated from sr-Cyrl when loaded (transliterate.ts); there is no sr-Latn catalogue to keep.
  { code: 'sr-Latn', name: 'Srpski (latinica)', script: 'Latn', dir: 'ltr', intl: 'sr-Latn-RS', transliteratedFrom: 'sr-Cyrl' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: Locale = 'en';

const BY_CODE = new Map<string, LocaleInfo>(LOCALES.map((l) => [l.code, l]));

/** True for the code of a locale the dashboard offers (exact, case-sensitive: `sr-Latn`, not `sr-latn`). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function localeInfo(locale: Locale): LocaleInfo {
  return BY_CODE.get(locale) as LocaleInfo;
}

/**
 * Where a locale's catalogue files come from: the folder read (its own, or the one it is
 * transliterated from or based on), the folder of its own differences when it is based on another
 * (derive.ts), and whether the strings are transliterated (transliterate.ts) once loaded. The app
 * (i18n.ts), i18n:check and the boot script's preloads all follow this one rule.
 */
export function catalogueSource({ code, transliteratedFrom, basedOn }: LocaleInfo): { folder: string; differences?: string; transliterate: boolean } {
  return { folder: transliteratedFrom ?? basedOn ?? code, differences: basedOn ? code : undefined, transliterate: transliteratedFrom !== undefined };
}

/**
 * The catalogue files the app loads before it can show a page in another language, by name: each
 * folder is one file with all of its catalogues (scripts/vite-catalogues.ts). A transliterated
 * locale reads its source's folder (and the transliteration code), a locale based on another reads
 * that one's folder and its own differences where it has any (src/i18n/i18n.ts).
 */
export function catalogueRequests(locale: LocaleInfo, available: (file: string) => boolean): string[] {
  const { folder, differences, transliterate } = catalogueSource(locale);
  return [folder, ...(differences ? [differences] : []), ...(transliterate ? ['transliterate'] : [])].filter(available);
}

/** The locale to hand to `Intl` for a dashboard locale (or for any i18next language code). */
export function intlLocale(locale: string): string {
  return BY_CODE.get(locale)?.intl ?? locale;
}
