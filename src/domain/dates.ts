/**
 * Calendar dates written out in the page's language, the same in every browser.
 *
 * Intl writes them where engines agree. For Albanian, Macedonian and Bosnian the month names and
 * patterns come from here, because engines differ: Debian's Chromium writes English months for `sq`
 * and `mk` and placeholders ("M07") for `bs` (src/i18n/locales.ts). The names and patterns are
 * CLDR's, as an engine with full data writes them; tests/unit/domain/dates.test.ts compares the two
 * under Node's full ICU. English is written the British way: '31 July 2026'.
 */

interface OwnCalendar {
  months: readonly string[];
  day(day: number, month: string, year: number): string;
  monthYear(month: string, year: number): string;
}

const OWN: Record<string, OwnCalendar> = {
  sq: {
    months: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
    day: (d, m, y) => `${d} ${m} ${y}`,
    monthYear: (m, y) => `${m} ${y}`,
  },
  mk: {
    months: ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'],
    day: (d, m, y) => `${d} ${m} ${y} г.`,
    monthYear: (m, y) => `${m} ${y} г.`,
  },
  bs: {
    months: ['januar', 'februar', 'mart', 'april', 'maj', 'juni', 'juli', 'august', 'septembar', 'oktobar', 'novembar', 'decembar'],
    day: (d, m, y) => `${d}. ${m} ${y}.`,
    monthYear: (m, y) => `${m} ${y}.`,
  },
};

function own(locale: string): OwnCalendar | undefined {
  return OWN[locale.split('-')[0]!.toLowerCase()];
}

/** The Intl locale for dates: English is written the British way. */
function intlTag(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone: 'UTC' })));
  return format;
}

/** A month's name (month 1–12): (7, 'mk') -> 'јули'. */
export function monthName(month: number, locale: string): string {
  return own(locale)?.months[month - 1] ?? dateFormat(locale, { month: 'long' }).format(Date.UTC(2000, month - 1, 15));
}

/** A day written out: (2026, 7, 31) -> '31 July 2026', '31 јули 2026 г.', '31. juli 2026.'. */
export function formatDay(year: number, month: number, day: number, locale: string): string {
  const calendar = own(locale);
  if (calendar) return calendar.day(day, calendar.months[month - 1]!, year);
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, day));
}

/** A month and its year: (2020, 2) -> 'February 2020', 'shkurt 2020'. */
export function formatMonthYear(year: number, month: number, locale: string): string {
  const calendar = own(locale);
  if (calendar) return calendar.monthYear(calendar.months[month - 1]!, year);
  return dateFormat(locale, { month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 15));
}
