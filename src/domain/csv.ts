/**
 * CSV downloads of chart and table data.
 *
 * Layout: a UTF-8 byte-order mark (so spreadsheet programs read the file as UTF-8), the header row,
 * the data rows, then - when there are notes - one blank row followed by each note (source, period,
 * unit, the Kosovo* designation footnote...) as a single-cell row. Keeping the notes at the end means
 * the first row is always the header, so the file stays machine-readable.
 *
 * Text that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) is
 * neutralised with a leading single quote, following the OWASP guidance on CSV injection. This applies
 * to every text cell, including header labels and notes. Numbers stay numbers, negative ones included.
 * A missing value (null) is an empty cell, never 0.
 */
import { exportFileName } from './file-name';
import Papa from 'papaparse';

export interface CsvColumn {
  key: string;
  label: string;
}

export type CsvCell = string | number | null;

export interface CsvTable {
  columns: readonly CsvColumn[];
  rows: readonly Record<string, CsvCell | undefined>[];
  notes: readonly string[];
}

/** What toCsv takes. */
export type CsvInput = CsvTable;

export const CSV_BOM = '\uFEFF';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/** First characters that make a spreadsheet treat a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text cell made safe to open in a spreadsheet. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell | undefined): string | number {
  if (value === null || value === undefined) return '';
  // Non-finite numbers carry no value: written as missing.
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  return neutraliseText(value);
}

export function toCsv({ columns, rows, notes }: CsvInput): string {
  const table: (string | number)[][] = [
    columns.map((c) => neutraliseText(c.label)),
    ...rows.map((row) => columns.map((c) => cell(row[c.key]))),
  ];
  if (notes.length > 0) table.push([], ...notes.map((note) => [neutraliseText(note)]));
  return CSV_BOM + Papa.unparse(table, { newline: '\r\n' });
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: CSV_MIME_TYPE });
}

/**
 * A safe file name from parts, joined with hyphens and ending in .csv:
 * ['roadmap', 'AL', 'pillar-progress', '2026-H1'] -> 'roadmap-AL-pillar-progress-2026-H1.csv'.
 * Accents are dropped (Č -> C), any other character that is not a letter or digit becomes a hyphen,
 * empty parts are skipped; the name is at most 120 characters before the extension.
 */
export function csvFileName(parts: readonly string[]): string {
  return exportFileName(parts, 'csv');
}
