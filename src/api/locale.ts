/**
 * The language the API is asked in: set once when the app starts, from the URL's locale prefix
 * (a language switch is a new page load). Every queryOptions factory defaults to it.
 */
import type { ApiLocale } from './schemas';

let current: ApiLocale = 'en';

export function setApiLocale(locale: ApiLocale): void {
  current = locale;
}

export function apiLocale(): ApiLocale {
  return current;
}
