/** The roadmap's as-of date as readers write it: '2026-07-31' -> '31 July 2026'. */
export function formatAsOf(date: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
