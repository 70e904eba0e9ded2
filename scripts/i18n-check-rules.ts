/**
 * The rules of `npm run i18n:check`, as pure functions (tests/unit/i18n/i18n-check-rules.test.ts).
 * A translated catalogue file must have exactly English's keys, keep each string's set of
 * `{{placeholders}}`, and give every plural key exactly the forms its locale's plural rules use.
 *
 * Plural keys follow i18next: `key_one`, `key_few`, `key_other`, ... named after the categories of
 * `Intl.PluralRules` for the locale. `key_zero`, when English has it, is i18next's special form for
 * a count of 0 and is expected in every locale. Placeholders of a plural form are compared with the
 * English form of the same category (with `_other` for a category English lacks, such as `few`);
 * `{{count}}` may be left out of the `one`, `two` and `zero` forms, and a form may use any
 * placeholder of another English form of the key (e.g. `{{count}}` in a `one` form that covers 21).
 */

export interface Problem {
  locale: string;
  file: string;
  key: string;
  message: string;
}

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_KEY = new RegExp(`^(.+)_(${CATEGORIES.join('|')})$`);

/** Nested catalogue object to dotted keys; a value that is neither string nor object is kept as is. */
export function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (inner && typeof inner === 'object') flatten(inner, path).forEach((v, k) => out.set(k, v));
      else out.set(path, inner);
    }
  }
  return out;
}

/** The `{{name}}` placeholders of a string (names trimmed, formats after a comma kept). */
export function placeholders(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g), (m) => m[1] ?? ''));
}

/** The plural categories i18next uses for an `Intl` locale, e.g. ['few', 'one', 'other']. */
export function pluralCategories(intlLocale: string): string[] {
  return [...new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories].sort();
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const list = (s: Iterable<string>) => [...s].sort().map((x) => `{{${x}}}`).join(' ') || 'none';

/** English's plural keys: base key -> the categories English gives it. Needs a `_other` form. */
function pluralBases(english: Map<string, unknown>): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of english.keys()) {
    const m = PLURAL_KEY.exec(key);
    if (m && english.has(`${m[1]}_other`)) {
      const forms = bases.get(m[1]!) ?? new Set<string>();
      forms.add(m[2]!);
      bases.set(m[1]!, forms);
    }
  }
  return bases;
}

export interface CatalogueInput {
  locale: string;
  file: string;
  english: unknown;
  translated: unknown;
  /** The locale's plural categories (`pluralCategories(intl)`). */
  categories: readonly string[];
}

/** Every problem of one translated catalogue file against its English file. */
export function checkCatalogue({ locale, file, english, translated, categories }: CatalogueInput): Problem[] {
  const problems: Problem[] = [];
  const report = (key: string, message: string) => problems.push({ locale, file, key, message });
  const en = flatten(english);
  const tr = flatten(translated);
  const bases = pluralBases(en);

  const expected = new Map<string, { english: string; plural: boolean; allowed: Set<string>; optionalCount: boolean }>();
  for (const [key, value] of en) {
    const m = PLURAL_KEY.exec(key);
    if (m && bases.has(m[1]!)) continue;
    expected.set(key, { english: String(value), plural: false, allowed: placeholders(String(value)), optionalCount: false });
  }
  for (const [base, forms] of bases) {
    const union = new Set<string>();
    forms.forEach((f) => placeholders(String(en.get(`${base}_${f}`))).forEach((p) => union.add(p)));
    const needed = new Set(categories);
    if (forms.has('zero')) needed.add('zero');
    for (const category of needed) {
      const counterpart = String(en.get(`${base}_${forms.has(category) ? category : 'other'}`));
      expected.set(`${base}_${category}`, {
        english: counterpart,
        plural: true,
        allowed: union,
        optionalCount: category === 'one' || category === 'two' || category === 'zero',
      });
    }
  }

  for (const [key, spec] of expected) {
    if (!tr.has(key)) {
      report(key, spec.plural ? `plural form “${key.slice(key.lastIndexOf('_') + 1)}” missing (${locale} uses ${categories.join(', ')})` : 'missing');
      continue;
    }
    const value = tr.get(key);
    if (typeof value !== 'string') {
      report(key, `not a string (${typeof value})`);
      continue;
    }
    if (value.trim() === '') {
      report(key, 'empty string');
      continue;
    }
    const got = placeholders(value);
    const required = placeholders(spec.english);
    if (spec.optionalCount) required.delete('count');
    const fine = spec.plural
      ? [...required].every((p) => got.has(p)) && [...got].every((p) => spec.allowed.has(p))
      : sameSet(got, required);
    if (!fine) report(key, `placeholders ${list(got)}, English has ${list(placeholders(spec.english))}`);
  }

  for (const key of tr.keys()) {
    if (expected.has(key)) continue;
    const m = PLURAL_KEY.exec(key);
    if (m && bases.has(m[1]!)) report(key, `plural form “${m[2]}” not used by ${locale} (${categories.join(', ')})`);
    else report(key, 'not in English');
  }
  return problems;
}

/** One line per problem: `locale/file: key: message`. */
export function formatProblem(p: Problem): string {
  return `${p.locale}/${p.file}: ${p.key}: ${p.message}`;
}

/** Files a locale lacks or has beyond English's (names without `.ts`). */
export function checkFiles(locale: string, englishFiles: readonly string[], localeFiles: readonly string[] | null, from?: string): Problem[] {
  const folder = from ?? locale;
  const have = new Set(localeFiles ?? []);
  const problems: Problem[] = englishFiles
    .filter((name) => !have.has(name))
    .map((file) => ({
      locale,
      file,
      key: '*',
      message: `file src/i18n/${folder}/${file}.ts missing${from ? ` (${locale} is made from ${from})` : ''}`,
    }));
  for (const file of have) {
    if (!englishFiles.includes(file)) problems.push({ locale, file, key: '*', message: `src/i18n/${folder}/${file}.ts has no English file` });
  }
  return problems;
}
