import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvBlob, csvFileName, neutraliseText, toCsv } from '../../../src/domain/csv';

const KOSOVO_NOTE =
  '* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.';

function parse(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: false }).data;
}

const columns = [
  { key: 'name', label: 'Jurisdiction' },
  { key: 'value', label: 'Completion (%)' },
];

describe('toCsv', () => {
  it('starts with the UTF-8 byte-order mark, then the header row', () => {
    const csv = toCsv({ columns, rows: [], notes: [] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFJurisdiction,Completion (%)');
  });

  it('writes data rows in column order, with CRLF line ends', () => {
    const csv = toCsv({ columns, rows: [{ value: 57, name: 'Albania', extra: 'ignored' }], notes: [] });
    expect(csv).toBe('\uFEFFJurisdiction,Completion (%)\r\nAlbania,57');
  });

  it('writes null and absent values as empty cells, never 0', () => {
    const csv = toCsv({ columns, rows: [{ name: 'Serbia', value: null }, { name: 'Montenegro' }], notes: [] });
    expect(parse(csv).slice(1)).toEqual([
      ['Serbia', ''],
      ['Montenegro', ''],
    ]);
  });

  it('writes non-finite numbers as empty cells', () => {
    const csv = toCsv({ columns, rows: [{ name: 'A', value: Number.NaN }, { name: 'B', value: Number.NEGATIVE_INFINITY }], notes: [] });
    expect(parse(csv).slice(1)).toEqual([
      ['A', ''],
      ['B', ''],
    ]);
  });

  it('quotes commas, quotes and newlines so they round-trip', () => {
    const tricky = ['Bosnia, and Herzegovina', 'He said "done"', 'line one\nline two', 'cr\r\nlf', '  padded  '];
    const csv = toCsv({ columns, rows: tricky.map((name) => ({ name, value: 1 })), notes: [] });
    expect(csv).toContain('"Bosnia, and Herzegovina"');
    expect(csv).toContain('"He said ""done"""');
    expect(parse(csv).slice(1).map((row) => row[0])).toEqual(tricky);
  });

  it('leaves numbers untouched, negative ones included', () => {
    const csv = toCsv({ columns, rows: [{ name: 'A', value: -12.5 }, { name: 'B', value: 0 }, { name: 'C', value: 1e21 }], notes: [] });
    expect(parse(csv).slice(1)).toEqual([
      ['A', '-12.5'],
      ['B', '0'],
      ['C', '1e+21'],
    ]);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises text starting with %j in cells, header and notes', (prefix) => {
    const text = `${prefix}HYPERLINK("http://example.test")`;
    const csv = toCsv({
      columns: [{ key: 'a', label: text }],
      rows: [{ a: text }],
      notes: [text],
    });
    const rows = parse(csv);
    expect(rows[0]).toEqual([`'${text}`]);
    expect(rows[1]).toEqual([`'${text}`]);
    expect(rows[3]).toEqual([`'${text}`]);
  });

  it('neutralises a negative number written as text', () => {
    const csv = toCsv({ columns, rows: [{ name: '-5', value: -5 }], notes: [] });
    expect(parse(csv)[1]).toEqual(["'-5", '-5']);
  });

  it('neutralises multi-line formulas', () => {
    const csv = toCsv({ columns, rows: [{ name: '=1+1\n=2+2', value: 1 }], notes: [] });
    expect(parse(csv)[1]?.[0]).toBe("'=1+1\n=2+2");
  });

  it('leaves safe text alone', () => {
    expect(neutraliseText('Albania')).toBe('Albania');
    expect(neutraliseText(' =1')).toBe(' =1');
    expect(neutraliseText("'quoted")).toBe("'quoted");
    expect(neutraliseText('')).toBe('');
  });

  it('appends notes after a blank row, one cell each, and keeps the Kosovo* footnote', () => {
    const csv = toCsv({
      columns,
      rows: [{ name: 'Kosovo*', value: 43 }],
      notes: ['Source: illustrative data', 'Period: H1 2026', 'Unit: %', KOSOVO_NOTE],
    });
    const rows = parse(csv);
    expect(rows).toEqual([
      ['Jurisdiction', 'Completion (%)'],
      ['Kosovo*', '43'],
      [''],
      ['Source: illustrative data'],
      ['Period: H1 2026'],
      ['Unit: %'],
      [KOSOVO_NOTE],
    ]);
    // With header: true the data rows still parse as records.
    const records = Papa.parse<Record<string, string>>(csv.slice(1), { delimiter: ',', header: true, skipEmptyLines: true }).data;
    expect(records[0]).toEqual({ Jurisdiction: 'Kosovo*', 'Completion (%)': '43' });
  });

  it('keeps non-ASCII text', () => {
    const csv = toCsv({ columns, rows: [{ name: 'Crna Gora – Podgorica, Škofja', value: 1 }], notes: [] });
    expect(parse(csv)[1]?.[0]).toBe('Crna Gora – Podgorica, Škofja');
  });
});

describe('csvBlob', () => {
  it('is a UTF-8 CSV blob whose bytes start with the BOM', async () => {
    const blob = csvBlob(toCsv({ columns, rows: [{ name: 'Srbija', value: 1 }], notes: [] }));
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('csvFileName', () => {
  it('joins parts with hyphens and adds .csv', () => {
    expect(csvFileName(['roadmap', 'AL', 'pillar-progress', '2026-H1'])).toBe('roadmap-AL-pillar-progress-2026-H1.csv');
  });
  it('strips unsafe characters and path separators', () => {
    expect(csvFileName(['../../etc/passwd', 'a:b*c?"<>|', ' spaced  out '])).toBe('etc-passwd-a-b-c-spaced-out.csv');
  });
  it('drops accents and skips empty parts', () => {
    expect(csvFileName(['Kosovo*', '', '   ', 'Čačak Štip'])).toBe('Kosovo-Cacak-Stip.csv');
  });
  it('falls back to export.csv when nothing is left', () => {
    expect(csvFileName([])).toBe('export.csv');
    expect(csvFileName(['***', '/'])).toBe('export.csv');
  });
  it('limits the length', () => {
    const name = csvFileName(['x'.repeat(500)]);
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name.endsWith('.csv')).toBe(true);
  });
});
