/**
 * Reads a workbook (.xlsx) or a folder of .csv files (one per sheet, named like the sheet) into
 * plain rows of plain values. Nothing in the file is executed: exceljs reads the cached result of
 * a formula, and the reader only notes that the cell had one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue } from './cells';
import { LIMITS } from './format';

export interface RawCell {
  value: CellValue;
  /** The cell holds a formula; `value` is its cached result. */
  formula?: boolean;
  /** A formula without a cached result (the file was never recalculated and saved). */
  noResult?: boolean;
  /** An error value such as #N/A or #DIV/0!. */
  error?: string;
}

export interface RawRow {
  /** Row number as a spreadsheet shows it (1 is the first line). */
  row: number;
  cells: RawCell[];
}

export interface RawSheet {
  name: string;
  /** File the sheet came from (the CSV file in a folder). */
  file: string;
  rows: RawRow[];
}

export interface RawBook {
  /** File or folder name, as the release records it. */
  name: string;
  kind: 'xlsx' | 'csv';
  sha256: string;
  bytes: number;
  sheets: RawSheet[];
}

/** The input cannot be read at all (exit code 2). */
export class UnreadableError extends Error {
  override name = 'UnreadableError';
}

function plain(value: unknown): RawCell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { value };
  if (typeof value !== 'object') return { value: String(value) };
  const object = value as Record<string, unknown>;
  if ('formula' in object || 'sharedFormula' in object) {
    const result = object.result;
    if (result === undefined || result === null) return { value: null, formula: true, noResult: true };
    const inner = plain(result);
    return { ...inner, formula: true };
  }
  if ('error' in object) return { value: null, error: String(object.error) };
  if (Array.isArray(object.richText)) return { value: object.richText.map((part: { text?: unknown }) => String(part?.text ?? '')).join('') };
  if ('hyperlink' in object || 'text' in object) {
    const text = typeof object.text === 'string' ? object.text : plain(object.text).value;
    const link = typeof object.hyperlink === 'string' ? object.hyperlink : '';
    return { value: typeof text === 'string' && !text.includes('://') && link.includes('://') ? link : (text ?? link) };
  }
  return { value: String(JSON.stringify(value)) };
}

async function readXlsx(path: string, bytes: Buffer): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want its own Buffer type; node's Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableError(`${basename(path)} is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)}). Save it from Excel or LibreOffice as "Excel Workbook (.xlsx)".`);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: RawRow[] = [];
    const last = Math.min(sheet.rowCount, LIMITS.rowsPerSheet + 1);
    for (let n = 1; n <= last; n += 1) {
      const values = sheet.getRow(n).values as unknown[];
      const cells: RawCell[] = [];
      for (let i = 1; i < values.length; i += 1) cells.push(plain(values[i]));
      rows.push({ row: n, cells });
    }
    // A sheet longer than the limit keeps one row past it, so that the check can say so.
    return { name: sheet.name, file: basename(path), rows };
  });
}

function readCsvFolder(path: string): { sheets: RawSheet[]; hash: string; bytes: number } {
  const files = readdirSync(path)
    .filter((name) => extname(name).toLowerCase() === '.csv')
    .sort();
  if (files.length === 0) throw new UnreadableError(`The folder ${basename(path)} holds no .csv files; expected one per sheet, e.g. commitments.csv.`);
  const hash = createHash('sha256');
  let bytes = 0;
  const sheets = files.map((file) => {
    const content = readFileSync(join(path, file));
    bytes += content.length;
    if (bytes > LIMITS.fileBytes) throw new UnreadableError(`The CSV files are larger than ${LIMITS.fileBytes / 1024 / 1024} MB together; split the data or remove unused rows.`);
    hash.update(file).update('\0').update(content).update('\0');
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
    const data = parsed.data;
    while (data.length > 0 && (data[data.length - 1] ?? []).every((cell) => cell.trim() === '')) data.pop();
    return {
      name: basename(file, extname(file)),
      file,
      rows: data.slice(0, LIMITS.rowsPerSheet + 1).map((cells, index) => ({ row: index + 1, cells: cells.map((value) => ({ value })) })),
    };
  });
  return { sheets, hash: hash.digest('hex'), bytes };
}

export async function readSource(path: string): Promise<RawBook> {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UnreadableError(`There is no file or folder ${path}.`);
  }
  if (stats.isDirectory()) {
    const { sheets, hash, bytes } = readCsvFolder(path);
    return { name: basename(path), kind: 'csv', sha256: hash, bytes, sheets };
  }
  if (stats.size > LIMITS.fileBytes) {
    throw new UnreadableError(`${basename(path)} is ${(stats.size / 1024 / 1024).toFixed(0)} MB; the limit is ${LIMITS.fileBytes / 1024 / 1024} MB. Remove unused sheets, images or rows.`);
  }
  if (extname(path).toLowerCase() !== '.xlsx') {
    throw new UnreadableError(`${basename(path)} is not an .xlsx workbook or a folder of .csv files. Save it as "Excel Workbook (.xlsx)" (not .xls or .ods), or as one .csv file per sheet in a folder.`);
  }
  const bytes = readFileSync(path);
  const sheets = await readXlsx(path, bytes);
  return { name: basename(path), kind: 'xlsx', sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, sheets };
}
