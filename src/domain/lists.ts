/**
 * "A, B and C" in the page's language. Browsers with a reduced ICU (Debian's Chromium) have no list
 * patterns for Albanian, Macedonian and Bosnian and would join their items with the English ", and";
 * for these three the pattern is CLDR's own, written here (`A, B dhe C`, `A, B и C`, `A, B i C`:
 * commas, then the word for "and" before the last item, no comma before it). A unit test checks it
 * against Node's full ICU; every other locale goes through Intl.ListFormat.
 */
const AND: Readonly<Record<string, string>> = { sq: 'dhe', mk: 'и', bs: 'i' };

export function formatList(items: readonly string[], locale = 'en'): string {
  const and = AND[locale.split('-')[0]!.toLowerCase()];
  if (!and) return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;
}
