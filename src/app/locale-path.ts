/**
 * The language is part of the URL: English unprefixed, other languages as the first path segment
 * (`/sq/jurisdictions/AL`). The router runs with that prefix as its basename, so every link and
 * navigation inside the app keeps the language without knowing about it.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales';
import { createSafeStore, local } from '../components/safe-storage';

export interface LocaleOfPath {
  locale: Locale;
  /** The router's basename: '' for English, '/sq' for Albanian. */
  basename: string;
}

/** The locale a path is in. An unknown prefix is not a locale: the path is English and not found. */
export function localeOfPath(pathname: string): LocaleOfPath {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) && first !== DEFAULT_LOCALE ? { locale: first, basename: `/${first}` } : { locale: DEFAULT_LOCALE, basename: '' };
}

/** The same screen and query in another language: `path` is relative to the basename. */
export function pathInLocale(locale: Locale, path: string, search = ''): string {
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  const rest = path === '/' && prefix ? '/' : path;
  return `${prefix}${rest}${search}`;
}

/** The language chosen last in this browser, for visits that start at `/`. */
export const chosenLocale = createSafeStore('roadmap-monitor.locale', local);

/**
 * Where a visit that starts at `/` goes when another language was chosen before: a link with a
 * prefix always wins. Null when the visit stays where it is.
 */
export function rememberedStart(pathname: string, search: string): string | null {
  if (pathname !== '/') return null;
  const stored = chosenLocale.read().value;
  return isLocale(stored) && stored !== DEFAULT_LOCALE ? pathInLocale(stored, '/', search) : null;
}
