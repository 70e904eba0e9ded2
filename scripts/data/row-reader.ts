/**
 * Typed access to one row's cells: each getter parses its column, reports a problem with sheet,
 * row, column, the value found and what was expected, and returns null when the cell cannot be
 * used. Formula cells and spreadsheet error values are counted per column and reported once.
 */
import type { Text } from '../../mocks/data/model';
import { asText, parseDate, parseEnum, parseInteger, parseLinks, parseNumber, parsePeriod, parseText, parseUrl, shown, type Parsed } from './cells';
import type { RawCell } from './read';
import { columnOf, type Issues, type Row, type Table } from './sheets';

/** Per-column tallies reported once at the end (formulas, error values, missing translations, missing values). */
export class Tallies {
  private readonly counts = new Map<string, { sheet: string; column: string; rows: number[]; message: (n: number, first: number) => string; severity: 'warning' }>();

  add(sheet: string, column: string, kind: string, row: number, message: (n: number, first: number) => string): void {
    const key = `${sheet}|${column}|${kind}`;
    const entry = this.counts.get(key) ?? { sheet, column, rows: [], message, severity: 'warning' as const };
    entry.rows.push(row);
    this.counts.set(key, entry);
  }

  report(issues: Issues): void {
    for (const { sheet, column, rows, message } of this.counts.values()) {
      const first = rows[0] as number;
      issues.warning({ sheet, row: first, column, message: message(rows.length, first) });
    }
  }
}

const rowsText = (n: number, first: number) => (n === 1 ? `row ${first}` : `${n.toLocaleString('en')} rows (first: row ${first})`);

export class RowReader {
  constructor(
    private readonly table: Table,
    private readonly issues: Issues,
    private readonly tallies: Tallies,
    readonly row: Row,
  ) {}

  get sheet(): string {
    return this.table.sheet.name;
  }

  header(key: string): string {
    return this.table.headers.get(key) ?? columnOf(this.table, key).header;
  }

  /** Reports a problem with this row's cell in `key`. */
  error(key: string | undefined, message: string, found?: string, expected?: string): void {
    this.issues.error({ sheet: this.sheet, row: this.row.row, column: key && this.header(key), found, expected, message });
  }

  warning(key: string | undefined, message: string): void {
    this.issues.warning({ sheet: this.sheet, row: this.row.row, column: key && this.header(key), message });
  }

  /** The raw cell, after noting formulas and error values. Undefined when it cannot be used at all. */
  private raw(key: string): RawCell | undefined {
    const cell = this.row.cell(key);
    const header = this.header(key);
    if (cell.noResult) {
      this.error(key, `The cell holds a formula with no saved result. Open the file in Excel or LibreOffice, let it recalculate, save, and check again; or type the value instead of the formula.`, 'a formula', 'a value');
      return undefined;
    }
    if (cell.formula) {
      this.tallies.add(this.sheet, header, 'formula', this.row.row, (n, first) => `${rowsText(n, first)} of "${header}" hold a formula; the value it last calculated is used. Type the values to be sure of them.`);
    }
    if (cell.error) {
      this.tallies.add(this.sheet, header, `error-${cell.error}`, this.row.row, (n, first) => `${rowsText(n, first)} of "${header}" show the spreadsheet error ${cell.error}; read as empty.`);
      return { value: null };
    }
    return cell;
  }

  private parse<T>(key: string, required: boolean, parser: (cell: RawCell) => Parsed<T>): T | null {
    const cell = this.raw(key);
    if (!cell) return null;
    const parsed = parser(cell);
    if (!parsed.ok) {
      this.error(key, `${shown(cell.value)} is not ${parsed.expected}.`, asText(cell.value), parsed.expected);
      return null;
    }
    if (parsed.value === null && required) {
      const column = columnOf(this.table, key);
      this.error(key, `"${column.header}" is empty; it is required (${column.note.replace(/^Note: /, '')}).`, '', column.note.replace(/^Note: /, ''));
    }
    return parsed.value;
  }

  text(key: string, required = false): string | null {
    return this.parse(key, required, (cell) => parseText(cell.value));
  }

  /** A text with its translations (`<column>:<locale>` columns). */
  localized(key: string, required = false): Text | null {
    const en = this.text(key, required);
    if (en === null) return null;
    const text: Text = { en };
    for (const [locale, cell] of this.row.translations(key)) {
      const translated = asText(cell.value);
      if (translated) text[locale] = translated;
      else {
        const header = this.table.translationHeaders.get(`${key}:${locale}`) ?? `${key}:${locale}`;
        this.tallies.add(this.sheet, header, 'untranslated', this.row.row, (n, first) => `"${header}" is empty in ${rowsText(n, first)}; the ${locale} version shows those texts in English.`);
      }
    }
    return text;
  }

  date(key: string, required = false): string | null {
    return this.parse(key, required, (cell) => parseDate(cell.value));
  }

  number(key: string, required = false): number | null {
    return this.parse(key, required, (cell) => parseNumber(cell.value));
  }

  integer(key: string, required = false): number | null {
    return this.parse(key, required, (cell) => parseInteger(cell.value));
  }

  period(key: string, required = false): string | null {
    return this.parse(key, required, (cell) => parsePeriod(cell.value));
  }

  enumValue<T extends string>(key: string, vocabulary: readonly T[], required = false): T | null {
    return this.parse(key, required, (cell) => parseEnum(cell.value, vocabulary));
  }

  url(key: string): string | null {
    return this.parse(key, false, (cell) => parseUrl(cell.value));
  }

  links(key: string): string[] {
    const cell = this.raw(key);
    if (!cell) return [];
    const { links, bad } = parseLinks(cell.value);
    for (const link of bad) this.error(key, `${shown(link)} is not an http:// or https:// address; only web addresses can be evidence links.`, link, 'an http:// or https:// address');
    return links;
  }

  /** A reference to an id on another sheet: reports an unknown one, naming the sheet to look at (not one rejected for its own problems). */
  reference<T>(key: string, id: string | null, known: ReadonlyMap<string, T>, sheet: string, rejected?: ReadonlySet<string>): T | null {
    if (id === null) return null;
    const found = known.get(id);
    // A row whose own problems were reported already is not reported again where it is referred to.
    if (found === undefined && rejected?.has(id)) return null;
    if (found === undefined) this.error(key, `"${id}" is not an id on the ${sheet} sheet. Add it there first, or correct the spelling.`, id, `an id from the ${sheet} sheet`);
    return found ?? null;
  }
}
