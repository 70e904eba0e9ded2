// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseNumber } from '../../../scripts/data/cells';
import { checkBook } from '../../../scripts/data/check';
import type { RawCell } from '../../../scripts/data/read';
import { bookOf, validGrid } from './book';

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constantFrom('n/a', '2026-H1', '2026-02-30', 'AL', 'in_progress', '=1+1', 'javascript:alert(1)', '  ', '1,234.5', '45000'),
);
const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
  anyValue.map((value) => ({ value })),
  anyValue.map((value) => ({ value, formula: true })),
  fc.constant({ value: null, formula: true, noResult: true }),
  fc.constantFrom('#N/A', '#DIV/0!').map((error) => ({ value: null, error })),
);

describe('the checker on arbitrary cells', () => {
  it('never throws: every problem is a reported issue, and a model comes only without errors', () => {
    const sheets = Object.keys(validGrid());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...sheets), fc.nat(6), fc.nat(9), anyCell), { maxLength: 12 }), (edits) => {
        const grid = validGrid() as Record<string, (RawCell | unknown)[][]>;
        for (const [sheet, row, column, cell] of edits) {
          const rows = grid[sheet]!;
          const target = rows[row % (rows.length + 1)] ?? (rows[rows.length] = []);
          target[column] = cell;
        }
        const result = checkBook(bookOf(grid as never));
        for (const issue of result.issues) {
          expect(['error', 'warning']).toContain(issue.severity);
          expect(issue.message.length).toBeGreaterThan(0);
        }
        expect(result.model === null).toBe(result.errors > 0 || result.model === null);
        if (result.errors > 0) expect(result.model).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a missing or malformed number as 0', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const parsed = parseNumber(value);
        if (parsed.ok && parsed.value === 0) expect(String(value).trim().replace(/[-+.e0]/gi, '')).toBe('');
      }),
    );
  });

  it('reads every Excel serial date and its ISO text alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 100_000 }), (serial) => {
        const fromSerial = parseDate(serial);
        expect(fromSerial.ok).toBe(true);
        if (fromSerial.ok && fromSerial.value) expect(parseDate(fromSerial.value)).toEqual(fromSerial);
      }),
    );
    expect(parseDate(46022)).toEqual({ ok: true, value: '2025-12-31' });
  });
});
