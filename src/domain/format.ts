/**
 * Display formats for figures and periods (plain Intl). A missing figure is shown as an em dash,
 * never as 0 or 0%.
 */
import type { Period } from '../api/schemas';
import { monthName } from './dates';
import { parsePeriod } from './periods';

/** Shown wherever a value is missing. */
export const MISSING = '—';

/**
 * Browsers with a reduced ICU (Debian's Chromium) have no number data for Albanian and Macedonian
 * and only placeholder data for Bosnian, and write their figures the English way. These three are
 * formatted with a locale whose CLDR number symbols and patterns are the same (decimal comma,
 * grouping, minimum grouping digits, percent sign and its spacing, minus): Albanian as Polish
 * (`1234`, `12 345,6`, `12,3%`), Macedonian as German (`1.234`, `12,3 %`), Bosnian as Serbian Latin
 * (`1.234`, `12,3%`). A unit test checks each against Node's full ICU for the locale itself.
 */
const NUMBER_DATA: Readonly<Record<string, string>> = { sq: 'pl', mk: 'de', bs: 'sr-Latn' };

/** The locale whose number data formats figures for `locale` (itself, unless NUMBER_DATA names one). */
export function numberDataLocale(locale: string): string {
  return NUMBER_DATA[locale.split('-')[0]!.toLowerCase()] ?? locale;
}

/** Intl formatters are costly to create; each (locale, options) pair is built once. */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(numberDataLocale(locale), options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function present(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A share from 0 to 1 as a whole percentage: 0.574 -> '57%'; null -> '—'. */
export function formatShare(value: number | null, locale = 'en'): string {
  if (!present(value)) return MISSING;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** An annual growth rate with its sign and one decimal: 0.0153 -> '+1.5%', -0.02 -> '-2%'. */
export function formatGrowth(value: number | null, locale = 'en'): string {
  if (!present(value)) return MISSING;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/**
 * A value with up to two decimals and its unit: (1234.5, 'EUR million') -> '1,234.5 EUR million';
 * a '%' unit is attached without a space: (57, '%') -> '57%'. null -> '—' (no unit).
 */
export function formatNumber(value: number | null, unit?: string, locale = 'en'): string {
  if (!present(value)) return MISSING;
  const text = numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** Languages that name a half-year by its months in Roman numerals ('I–VI 2026'), as the region's statistics do. */
const MONTH_RANGE_LANGUAGES = /^(sq|bs|cnr|mk|sr)\b/;

/**
 * Short label of a reporting period for a locale (Intl tag or app locale code):
 * '2026-H1' -> 'H1 2026' in English, 'I–VI 2026' (months I to VI) in the region's languages; the
 * label never declines, so it fits every sentence it is put in. Other locales get the English form.
 * The month range is kept on one line: a word joiner after its dash, a no-break space before the year.
 */
export function periodLabel(period: Period, locale = 'en'): string {
  const { year, half } = parsePeriod(period);
  return MONTH_RANGE_LANGUAGES.test(locale) ? `${half === 1 ? 'I–\u2060VI' : 'VII–\u2060XII'}\u00a0${year}` : `H${half} ${year}`;
}

/** Months a reporting period covers: '2026-H1' -> 'January–June 2026', '2025-H2' -> 'July–December 2025'. */
export function periodSpan(period: Period, locale = 'en'): string {
  const { year, half } = parsePeriod(period);
  const first = monthName(half === 1 ? 1 : 7, locale);
  const last = monthName(half === 1 ? 6 : 12, locale);
  return `${first}–${last} ${year}`;
}

/** A share from 0 to 1 in per cent with one decimal, for CSV files and chart axes: 0.5744 -> 57.4; null stays null. */
export function sharePercent(value: number | null | undefined): number | null {
  return present(value) ? Math.round(value * 1000) / 10 : null;
}

/** A value already in per cent as a whole percentage: 57.4 -> '57%'. */
export function formatPercentValue(value: number, locale = 'en'): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A ratio as a percentage with up to one decimal: 0.95 -> '95%', 0.015 -> '1.5%'; null -> '—'. */
export function formatRatio(value: number | null, locale = 'en'): string {
  if (!present(value)) return MISSING;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A count: 1234 -> '1,234'. */
export function formatCount(value: number, locale = 'en'): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
