/**
 * Finding the format's sheets and columns in a raw workbook: header matching that forgives case
 * and surrounding spaces, translation columns (`title:sq`), the template's notes row, empty rows
 * and the row limit. Pure: works on RawBook values, reports Issues.
 */
import type { Locale } from '../../src/api/schemas';
import { asText, closest, type CellValue } from './cells';
import { LIMITS, LOCALE_SET, SHEETS, type Column, type Sheet } from './format';
import type { RawBook, RawCell, RawSheet } from './read';

export interface Issue {
  severity: 'error' | 'warning';
  sheet?: string;
  row?: number;
  column?: string;
  /** The value found, as text. */
  found?: string;
  /** What the cell should hold. */
  expected?: string;
  message: string;
}

export interface Issues {
  list: Issue[];
  error(issue: Omit<Issue, 'severity'>): void;
  warning(issue: Omit<Issue, 'severity'>): void;
}

export function collectIssues(): Issues {
  const list: Issue[] = [];
  return {
    list,
    error: (issue) => void list.push({ severity: 'error', ...issue }),
    warning: (issue) => void list.push({ severity: 'warning', ...issue }),
  };
}

/** One data row: its cells by column key, and its translations by column key and locale. */
export interface Row {
  row: number;
  cell(key: string): RawCell;
  translations(key: string): [Locale, RawCell][];
}

export interface Table {
  sheet: Sheet;
  rows: Row[];
  /** Header of each column key, as found (for messages). */
  headers: Map<string, string>;
  /** Translation columns found: `${key}:${locale}` -> header. */
  translationHeaders: Map<string, string>;
}

const EMPTY: RawCell = { value: null };

const isBlank = (cell: RawCell | undefined) => !cell || (asText(cell.value) === '' && !cell.noResult && !cell.error);
const norm = (text: CellValue) => asText(text).toLowerCase().replace(/\s+/g, ' ');

function isNotesRow(cells: RawCell[]): boolean {
  const filled = cells.filter((cell) => !isBlank(cell));
  return filled.length > 0 && filled.every((cell) => asText(cell.value).startsWith('Note:'));
}

function readTable(raw: RawSheet, sheet: Sheet, issues: Issues): Table | null {
  const headerIndex = raw.rows.findIndex((r) => r.cells.some((cell) => !isBlank(cell)));
  const headerRow = raw.rows[headerIndex];
  if (!headerRow) {
    issues.error({ sheet: sheet.name, message: `The sheet "${raw.name}" is empty. Its first row must hold the headers: ${sheet.columns.map((c) => c.header).join(', ')}.` });
    return null;
  }
  const byHeader = new Map(sheet.columns.map((column) => [column.header, column]));
  const index = new Map<string, number>();
  const translations = new Map<string, [Locale, number][]>();
  const headers = new Map<string, string>();
  const translationHeaders = new Map<string, string>();
  const unknown: { header: string; at: number }[] = [];

  headerRow.cells.forEach((cell, at) => {
    const text = norm(cell.value);
    if (text === '') return;
    const [base = '', locale] = text.split(/\s*:\s*/, 2);
    const column = byHeader.get(base);
    if (column && locale === undefined) {
      if (index.has(column.key)) issues.error({ sheet: sheet.name, row: headerRow.row, column: asText(cell.value), message: `The column "${column.header}" appears twice; keep one.` });
      else {
        index.set(column.key, at);
        headers.set(column.key, asText(cell.value));
      }
      return;
    }
    if (column && locale !== undefined) {
      const canonical = [...LOCALE_SET].find((l) => l.toLowerCase() === locale.toLowerCase());
      if (!column.translatable) {
        issues.warning({ sheet: sheet.name, row: headerRow.row, column: asText(cell.value), message: `"${column.header}" is not translated (it holds a code or a number); the column is ignored.` });
      } else if (!canonical) {
        issues.warning({ sheet: sheet.name, row: headerRow.row, column: asText(cell.value), found: locale, expected: `one of ${[...LOCALE_SET].join(', ')}`, message: `"${locale}" is not one of the dashboard's locales; the column is ignored.` });
      } else {
        const list = translations.get(column.key) ?? [];
        list.push([canonical as Locale, at]);
        translations.set(column.key, list);
        translationHeaders.set(`${column.key}:${canonical}`, asText(cell.value));
      }
      return;
    }
    unknown.push({ header: asText(cell.value), at });
  });

  let missingRequired = false;
  for (const column of sheet.columns) {
    if (index.has(column.key)) continue;
    const hint = closest(column.header, unknown.map((u) => u.header));
    if (column.required) {
      missingRequired = true;
      issues.error({
        sheet: sheet.name,
        row: headerRow.row,
        column: hint,
        found: hint,
        expected: column.header,
        message: hint
          ? `The column "${hint}" should be named "${column.header}" (${column.note.replace(/^Note: /, '')}).`
          : `The required column "${column.header}" is missing (${column.note.replace(/^Note: /, '')}). Add it to the header row.`,
      });
    }
  }
  for (const { header } of unknown) {
    const hint = closest(header, sheet.columns.filter((c) => !index.has(c.key)).map((c) => c.header));
    if (!hint || !sheet.columns.find((c) => c.header === hint)?.required) {
      issues.warning({ sheet: sheet.name, row: headerRow.row, column: header, message: hint ? `The column "${header}" is not part of the format and is ignored; did you mean "${hint}"?` : `The column "${header}" is not part of the format and is ignored.` });
    }
  }
  if (missingRequired) return null;

  const body = raw.rows.slice(headerIndex + 1);
  if (body.length > LIMITS.rowsPerSheet) {
    issues.error({ sheet: sheet.name, message: `The sheet has more than ${LIMITS.rowsPerSheet.toLocaleString('en')} rows, the limit; split the data or remove unused rows.` });
    return null;
  }
  const rows: Row[] = [];
  const empty: number[] = [];
  body.forEach((raw, at) => {
    if (at === 0 && isNotesRow(raw.cells)) return;
    if (raw.cells.every(isBlank)) {
      empty.push(raw.row);
      return;
    }
    rows.push({
      row: raw.row,
      cell: (key) => {
        const i = index.get(key);
        return i === undefined ? EMPTY : (raw.cells[i] ?? EMPTY);
      },
      translations: (key) => (translations.get(key) ?? []).map(([locale, i]) => [locale, raw.cells[i] ?? EMPTY]),
    });
  });
  // Trailing empty rows are what a spreadsheet leaves after editing: only gaps between data are reported.
  const lastDataRow = rows[rows.length - 1]?.row ?? 0;
  const gaps = empty.filter((n) => n < lastDataRow);
  if (gaps.length > 0) {
    issues.warning({ sheet: sheet.name, row: gaps[0], message: `${gaps.length === 1 ? 'Row' : `${gaps.length} rows, first`} ${gaps[0]} ${gaps.length === 1 ? 'is' : 'are'} empty and skipped.` });
  }
  return { sheet, rows, headers, translationHeaders };
}

/** The format's sheets found in the workbook (by name, forgiving case and spaces); null for those missing or unusable. */
export function readTables(book: RawBook, issues: Issues): Map<string, Table | null> {
  const tables = new Map<string, Table | null>();
  const used = new Set<RawSheet>();
  for (const sheet of SHEETS) {
    const raw = book.sheets.find((s) => norm(s.name) === sheet.name || norm(s.name).replace(/[_-]/g, ' ') === sheet.name);
    if (!raw) {
      if (sheet.required) {
        const hint = closest(sheet.name, book.sheets.filter((s) => !used.has(s)).map((s) => s.name));
        const where = book.kind === 'csv' ? `a file ${sheet.name}.csv` : `a sheet "${sheet.name}"`;
        issues.error({
          sheet: sheet.name,
          found: hint,
          expected: sheet.name,
          message: hint ? `"${hint}" should be named "${sheet.name}".` : `${where} is missing (${sheet.purpose}). The template (npm run data:template) has every sheet.`,
        });
      }
      tables.set(sheet.name, null);
      continue;
    }
    used.add(raw);
    tables.set(sheet.name, readTable(raw, sheet, issues));
  }
  for (const raw of book.sheets) {
    if (!used.has(raw) && !SHEETS.some((s) => closest(s.name, [raw.name]))) {
      issues.warning({ sheet: raw.name, message: `The sheet "${raw.name}" is not part of the format and is ignored.` });
    }
  }
  return tables;
}

export function columnOf(table: Table, key: string): Column {
  const column = table.sheet.columns.find((c) => c.key === key);
  if (!column) throw new Error(`No column ${key} on ${table.sheet.name}`);
  return column;
}
