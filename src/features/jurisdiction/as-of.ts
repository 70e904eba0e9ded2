import { formatDay } from '../../domain/dates';

/** The roadmap's as-of date as readers write it: '2026-07-31' -> '31 July 2026'. */
export function formatAsOf(date: string, locale = 'en'): string {
  const [year, month, day] = date.split('-').map(Number);
  return formatDay(year!, month!, day!, locale);
}
