/**
 * i18next, set up synchronously with the shared English strings, so that the first render is
 * already translated. Each screen adds its own strings when its code loads (`addMessages`), so the
 * first screen does not download every other screen's text.
 *
 * Other languages load by need, one chunk per locale and file (`./<locale>/<name>.ts`): `setLocale`
 * loads the locale's shared strings and those of every screen added so far, then switches;
 * `addMessages` also loads the active locale's strings of that screen. Until a file has arrived,
 * i18next shows the English string; a screen that must not show English first can wait with
 * `messagesReady()` or `useMessagesReady(name)` (Suspense). Only the active locale is loaded.
 */
import i18next from 'i18next';
import { use } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import catalogueFolders from 'virtual:catalogues';
import type { ScreenMessages } from './en';
import { common } from './en/common';
import { deriveCatalogue } from './derive';
import { oneFullStop } from '../domain/full-stop';
import { catalogueSource, DEFAULT_LOCALE, intlLocale, isLocale, LOCALES, localeInfo, type Locale } from './locales';

export const defaultNS = 'translation';

export const i18n = i18next.createInstance();

void i18n
  .use(initReactI18next)
  // A sentence that ends with a date written with its own full stop takes no second one (domain/full-stop.ts).
  .use({ type: 'postProcessor', name: 'oneFullStop', process: (value: string) => oneFullStop(value) })
  .init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: LOCALES.map((l) => l.code),
    load: 'currentOnly',
    defaultNS,
    resources: { en: { translation: common } },
    interpolation: { escapeValue: false },
    postProcess: ['oneFullStop'],
    initAsync: false,
    returnNull: false,
    // Re-render when a locale's file arrives (English bundles are added silently, see addMessages).
    react: { bindI18n: 'languageChanged', bindI18nStore: 'added' },
  });

// i18next picks plural rules with `new Intl.PluralRules(language)`; `cnr` has no rules of its own in
// Chromium's ICU, so the rules come from each locale's `intl` tag (locales.ts), e.g. sr-Latn-ME.
const pluralResolver = i18n.services.pluralResolver as { getRule(code: string, options?: object): unknown };
const getRule = pluralResolver.getRule.bind(pluralResolver);
pluralResolver.getRule = (code, options) => getRule(intlLocale(code), options);

/**
 * A catalogue file: `common`, a screen's strings, or a shared component's strings registered
 * through scoped.ts (`follow`, `reporting`, `frameworks`).
 */
export type MessageName = 'common' | keyof ScreenMessages | (string & {});

/**
 * A catalogue folder beside English, loaded lazily as one file with all of its catalogues
 * (scripts/vite-catalogues.ts); null when there is no such folder. The browser loads each file once.
 */
async function loadFolder(folder: string): Promise<Record<string, unknown> | null> {
  const load = catalogueFolders[folder];
  return load ? (await load()).default : null;
}

interface Load {
  status: 'pending' | 'loaded' | 'failed';
  /** Settles when the file is in i18next or has failed; never rejects. */
  promise: Promise<void>;
}

const loads = new Map<string, Load>();
const screens = new Set<MessageName>();
/** The locale being switched to or in use; screens added meanwhile load its strings. */
let target: Locale = DEFAULT_LOCALE;
let switches = 0;

async function importMessages(locale: Locale, name: MessageName): Promise<void> {
  const { folder, differences: ownFolder, transliterate } = catalogueSource(localeInfo(locale));
  // A locale based on another (cnr on bs) loads that one's catalogues and its own differences, if it has any.
  const [loaded, differences] = await Promise.all([loadFolder(folder), ownFolder ? loadFolder(ownFolder) : null]);
  if (!loaded) throw new Error(`There is no catalogue folder ${folder}.`);
  let messages = loaded[name];
  if (!messages || typeof messages !== 'object') throw new Error(`${folder} has no catalogue “${name}”.`);
  if (differences?.[name]) messages = deriveCatalogue(messages, differences[name]);
  if (transliterate) messages = (await import('./transliterate')).transliterateCatalogue(messages);
  i18n.addResourceBundle(locale, defaultNS, name === 'common' ? messages : { [name]: messages }, true, true);
}

/** Marks a settled promise the way React's `use` reads it, so that `use` returns at once. */
function markFulfilled(promise: Promise<void>): Promise<void> {
  return Object.assign(promise, { status: 'fulfilled', value: undefined });
}

function request(locale: Locale, name: MessageName, retry: boolean): Load {
  const id = `${locale}/${name}`;
  const known = loads.get(id);
  if (known && (known.status !== 'failed' || !retry)) return known;
  const entry: Load = { status: 'loaded', promise: markFulfilled(Promise.resolve()) };
  if (locale !== DEFAULT_LOCALE) {
    entry.status = 'pending';
    entry.promise = importMessages(locale, name).then(
      () => {
        entry.status = 'loaded';
        markFulfilled(entry.promise);
      },
      (error: unknown) => {
        entry.status = 'failed';
        markFulfilled(entry.promise);
        // The English strings stay in place; asking again (setLocale, addMessages) retries.
        console.warn(`Strings ${id} could not be loaded; English is shown instead.`, error);
      },
    );
  }
  loads.set(id, entry);
  return entry;
}

/**
 * Settles when the strings of `name` (all files asked for so far, without a name) are loaded in
 * the locale being switched to or in use, or have failed to load (English shows). Never rejects.
 */
export function messagesReady(name?: MessageName): Promise<void> {
  const names: MessageName[] = name ? [name] : ['common', ...screens];
  return Promise.all(names.map((n) => request(target, n, false).promise)).then(() => undefined);
}

/** For a screen that must not render English first: suspends until its strings have loaded. */
export function useMessagesReady(name: MessageName): void {
  const { i18n: instance } = useTranslation();
  const locale = isLocale(instance.language) ? instance.language : DEFAULT_LOCALE;
  // Always called (React replays a component that suspended and expects the same calls); a
  // settled promise is marked fulfilled, so `use` returns at once and nothing flashes.
  use(request(locale, name, false).promise);
}

/**
 * Adds a screen's strings (call at the top of its route module, before anything renders): English
 * at once, and the active locale's from its own chunk. The promise settles when those have loaded
 * or failed (callers may ignore it).
 */
export function addMessages(messages: Partial<ScreenMessages> | Record<string, object>): Promise<void> {
  i18n.addResourceBundle(DEFAULT_LOCALE, defaultNS, messages, true, false, { silent: true, skipCopy: false });
  const names = Object.keys(messages);
  names.forEach((n) => screens.add(n));
  return Promise.all(names.map((n) => request(target, n, true).promise)).then(() => undefined);
}

/**
 * Loads the locale's shared strings and those of every screen added so far, then switches to it
 * and sets the document's `lang` and `dir`. Strings that fail to load show in English. When calls
 * overlap, the last one wins.
 */
export async function setLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale)) throw new RangeError(`“${String(locale)}” is not a locale of the dashboard.`);
  const ticket = ++switches;
  target = locale;
  await Promise.all(['common' as const, ...screens].map((n) => request(locale, n, true).promise));
  if (ticket !== switches) return;
  await i18n.changeLanguage(locale);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = localeInfo(locale).dir;
  }
}
