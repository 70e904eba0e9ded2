/** The roadmap's as-of date as readers write it: '2026-07-31' -> '31 July 2026'. */
export function formatAsOf(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
