/**
 * Reading one cell as what its column takes. Pure: a cell is a plain value (string, number,
 * boolean, Date or null) as the reader found it; each parser returns the value, null for a blank
 * (or "n/a", which reads as missing, never 0), or what was expected, in plain language.
 */
import { isPeriod } from '../../src/domain/periods';

export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; expected: string };

const MISSING = new Set(['', 'n/a', 'na', 'n.a.', 'not available', '-', '–', '—', '..', '…']);

/** The cell as text, trimmed; dates as YYYY-MM-DD, numbers as written. */
export function asText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).replace(/\u00a0/g, ' ').trim();
}

/** Whether the cell is blank or says the value is not available. */
export function isMissing(value: CellValue): boolean {
  return MISSING.has(asText(value).toLowerCase());
}

/** How a found value is shown in a message: quoted text, at most 60 characters. */
export function shown(value: CellValue): string {
  const text = value instanceof Date ? asText(value) : typeof value === 'string' ? value : asText(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `"${short}"`;
}

export function parseText(value: CellValue): Parsed<string> {
  const text = asText(value);
  return { ok: true, value: text === '' ? null : text };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoFromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2200) return null;
  return date.toISOString().slice(0, 10);
}

/** A calendar date: an Excel date cell, an Excel serial number, or ISO text (YYYY-MM-DD). */
export function parseDate(value: CellValue): Parsed<string> {
  const expected = 'a date such as 2026-06-30 (YYYY-MM-DD) or an Excel date';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, expected };
    return { ok: true, value: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') {
    // Excel's serial dates: days since 1899-12-30 (whole numbers; a time of day is dropped), from
    // March 1900 on (Excel counts a 29 February 1900 that never was).
    if (!Number.isFinite(value) || value < 61 || value > 109_574) return { ok: false, expected };
    return { ok: true, value: new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS).toISOString().slice(0, 10) };
  }
  if (isMissing(value)) return { ok: true, value: null };
  const text = asText(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (iso) {
    const date = isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { ok: true, value: date } : { ok: false, expected: `${expected}; this day does not exist` };
  }
  if (/^\d+(\.\d+)?$/.test(text)) return parseDate(Number(text));
  return { ok: false, expected };
}

/** A number: a number cell, or text such as 12.5, -3, 1 234.5 or 1,234.5. Blank and "n/a" are missing. */
export function parseNumber(value: CellValue): Parsed<number> {
  const expected = 'a number such as 1234.5 (or leave it empty, or write n/a, when the value is not available)';
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, expected };
  if (typeof value === 'boolean' || value instanceof Date) return { ok: false, expected };
  if (isMissing(value)) return { ok: true, value: null };
  let text = asText(value).replace(/[\s']/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return { ok: false, expected };
  const number = Number(text);
  return Number.isFinite(number) ? { ok: true, value: number } : { ok: false, expected };
}

export function parseInteger(value: CellValue): Parsed<number> {
  const parsed = parseNumber(value);
  if (!parsed.ok) return { ok: false, expected: 'a whole number such as 2025' };
  if (parsed.value !== null && !Number.isSafeInteger(parsed.value)) return { ok: false, expected: 'a whole number such as 2025' };
  return parsed;
}

/** A reporting period, e.g. 2026-H1; "2026 H1" and "2026-h1" are read too. */
export function parsePeriod(value: CellValue): Parsed<string> {
  if (isMissing(value)) return { ok: true, value: null };
  const text = asText(value).toUpperCase().replace(/\s*[-/ ]\s*/, '-');
  return isPeriod(text) ? { ok: true, value: text } : { ok: false, expected: 'a reporting period such as 2026-H1 (H1 = January-June, H2 = July-December)' };
}

/** One of a fixed vocabulary; case and surrounding spaces are forgiven, and spaces may stand for underscores. */
export function parseEnum<T extends string>(value: CellValue, vocabulary: readonly T[]): Parsed<T> {
  if (isMissing(value)) return { ok: true, value: null };
  const text = asText(value);
  const found = vocabulary.find((word) => word.toLowerCase() === text.toLowerCase() || word.toLowerCase() === text.toLowerCase().replace(/[ -]/g, '_'));
  return found ? { ok: true, value: found } : { ok: false, expected: `one of ${vocabulary.join(', ')}` };
}

/** An http or https address. */
export function parseUrl(value: CellValue): Parsed<string> {
  if (isMissing(value)) return { ok: true, value: null };
  const text = asText(value);
  try {
    const url = new URL(text);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return { ok: true, value: text };
  } catch {
    // fall through
  }
  return { ok: false, expected: 'an http:// or https:// address' };
}

/** Addresses separated by spaces, commas, semicolons or new lines; each must be http or https. */
export function parseLinks(value: CellValue): { links: string[]; bad: string[] } {
  const parts = asText(value)
    .split(/[\s,;]+/)
    .filter(Boolean);
  const links: string[] = [];
  const bad: string[] = [];
  for (const part of parts) {
    const parsed = parseUrl(part);
    if (parsed.ok && parsed.value) links.push(parsed.value);
    else bad.push(part);
  }
  return { links, bad };
}

/** Edit distance, for "did you mean" hints on sheet and column names. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** The closest of `candidates` to `name`, when it is close enough to be a likely misspelling. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(wanted, candidate.trim().toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}
