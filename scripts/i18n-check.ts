/**
 * `npm run i18n:check [-- --locales sq,mk]`: checks every translated catalogue against English
 * (rules in i18n-check-rules.ts). Exit 0 with a one-line summary, or exit 1 listing each problem as
 * `locale/file: key: message`. Every locale of src/i18n/locales.ts is checked unless `--locales`
 * names some; sr-Latn is checked as transliterated from sr-Cyrl, as the app loads it. A locale
 * whose files do not exist yet counts as problems. Exit 2 on a usage error.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogueSource, isLocale, localeInfo, LOCALES, DEFAULT_LOCALE, intlLocale, type Locale } from '../src/i18n/locales.ts';
import { deriveCatalogue } from '../src/i18n/derive.ts';
import { transliterateCatalogue } from '../src/i18n/transliterate.ts';
import { checkCatalogue, checkFiles, flatten, formatProblem, pluralCategories, type Problem } from './i18n-check-rules.ts';

const ROOT = resolve(import.meta.dirname, '../src/i18n');
const USAGE = 'Usage: npm run i18n:check [-- --locales sq,mk]   (default: every locale of src/i18n/locales.ts)';

function parseLocales(argv: string[]): Locale[] {
  const all = LOCALES.map((l) => l.code).filter((c) => c !== DEFAULT_LOCALE);
  const at = argv.findIndex((a) => a === '--locales' || a.startsWith('--locales='));
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const unknown = argv.filter((a, i) => !(i === at || (i === at + 1 && !argv[at]!.includes('='))));
  if (unknown.length > 0) fail(`Unknown argument: ${unknown.join(' ')}`);
  if (at < 0) return all;
  const value = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const codes = (value ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  const bad = codes.filter((c) => !isLocale(c) || c === DEFAULT_LOCALE);
  if (codes.length === 0 || bad.length > 0) fail(`--locales takes translated locales of src/i18n/locales.ts (${all.join(', ')}); got: ${value ?? 'nothing'}`);
  return codes as Locale[];
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const tsFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort() : null);

async function load(folder: string, name: string): Promise<unknown> {
  const module = (await import(pathToFileURL(resolve(ROOT, folder, `${name}.ts`)).href)) as Record<string, unknown>;
  return module[name];
}

async function main() {
  const locales = parseLocales(process.argv.slice(2));
  const englishFiles = tsFiles(resolve(ROOT, DEFAULT_LOCALE)) ?? [];
  const problems: Problem[] = [];
  let strings = 0;
  for (const locale of locales) {
    const { folder, differences, transliterate } = catalogueSource(localeInfo(locale));
    const files = tsFiles(resolve(ROOT, folder));
    problems.push(...checkFiles(locale, englishFiles, files, folder === locale ? undefined : folder));
    // A locale based on another keeps only its differences: each must be a file English has.
    const own = differences ? (tsFiles(resolve(ROOT, differences)) ?? []) : [];
    for (const file of own.filter((f) => !englishFiles.includes(f))) {
      problems.push({ locale, file, key: '*', message: `src/i18n/${differences}/${file}.ts has no English file to differ from` });
    }
    const categories = pluralCategories(intlLocale(locale));
    for (const file of englishFiles.filter((f) => files?.includes(f))) {
      const english = await load(DEFAULT_LOCALE, file);
      let translated = await load(folder, file);
      if (translated === undefined) {
        problems.push({ locale, file, key: '*', message: `src/i18n/${folder}/${file}.ts does not export “${file}”` });
        continue;
      }
      if (differences && own.includes(file)) {
        const changed = await load(differences, file);
        if (changed === undefined) problems.push({ locale, file, key: '*', message: `src/i18n/${differences}/${file}.ts does not export “${file}”` });
        // Merged, a key English lacks or a broken placeholder in the differences shows as in any catalogue.
        translated = deriveCatalogue(translated, changed);
      }
      if (transliterate) translated = transliterateCatalogue(translated);
      strings += flatten(translated).size;
      problems.push(...checkCatalogue({ locale, file, english, translated, categories }));
    }
  }
  if (problems.length > 0) {
    problems.forEach((p) => console.error(formatProblem(p)));
    console.error(`i18n:check: ${problems.length} problem(s) in ${locales.join(', ')}`);
    process.exit(1);
  }
  console.log(`i18n:check: ${locales.length} locale(s) (${locales.join(', ')}) x ${englishFiles.length} files, ${strings} strings: no problems`);
}

await main();
