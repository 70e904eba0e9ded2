import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { downsample } from '../../../src/domain/downsample';
import { PROGRESS_CATEGORIES, indicatorProgress } from '../../../src/domain/indicator-progress';
import { formatPeriod, parsePeriod, periodIndex, periodRange } from '../../../src/domain/periods';
import { toCsv, type CsvCell } from '../../../src/domain/csv';

const DANGEROUS = /^[=+\-@\t\r]/;

/** Strings that often start with a formula character. */
const text = fc.oneof(
  fc.string(),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' ', '"', ',', '\n'), fc.string()).map(([a, b]) => a + b),
);
const csvCell: fc.Arbitrary<CsvCell> = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(null));

const period = fc.record({ year: fc.integer({ min: 1900, max: 2200 }), half: fc.constantFrom(1 as const, 2 as const) }).map(formatPeriod);

describe('properties', () => {
  it('toCsv never emits a cell starting with = + - @ tab or CR unless it was a number', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(csvCell, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        fc.array(text, { maxLength: 3 }),
        (labels, rawRows, notes) => {
          const columns = labels.map((label, i) => ({ key: `c${i}`, label }));
          const rows = rawRows.map((cells) => Object.fromEntries(columns.map((c, i) => [c.key, cells[i] ?? null])));
          const csv = toCsv({ columns, rows, notes });
          expect(csv.startsWith('\uFEFF')).toBe(true);
          const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data;

          // Header, data rows, then (with notes) a blank row and one row per note. (An empty file, from a
          // single empty header label and nothing else, parses as no rows.)
          if (csv.length > 1) expect(parsed).toHaveLength(1 + rows.length + (notes.length > 0 ? 1 + notes.length : 0));
          parsed.forEach((row, r) => {
            row.forEach((cell, c) => {
              if (!DANGEROUS.test(cell)) return;
              const source = r >= 1 && r <= rows.length ? rows[r - 1]?.[`c${c}`] : undefined;
              expect(typeof source, `cell ${r},${c} ${JSON.stringify(cell)}`).toBe('number');
            });
          });
          // Numbers survive as written.
          rows.forEach((row, r) =>
            columns.forEach((col, c) => {
              const value = row[col.key];
              if (typeof value === 'number') expect(Number(parsed[r + 1]?.[c])).toBe(value === 0 ? 0 : value);
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('indicatorProgress never throws and always returns a known category', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    const year = fc.integer({ min: 1990, max: 2040 });
    const point = fc.record({ year, value: finite });
    fc.assert(
      fc.property(
        fc.record({
          direction: fc.constantFrom('higher' as const, 'lower' as const),
          baseline: fc.option(point, { nil: null }),
          target: fc.option(point, { nil: null }),
          observations: fc.array(fc.record({ year, value: fc.option(finite, { nil: null }) }), { maxLength: 8 }),
        }),
        (input) => {
          const result = indicatorProgress(input);
          expect(PROGRESS_CATEGORIES).toContain(result.category);
          if (result.category === 'not_available') expect(typeof result.reason).toBe('string');
          for (const value of [result.inputs.actualGrowth, result.inputs.requiredGrowth, result.inputs.ratio]) {
            if (value !== null) expect(Number.isFinite(value)).toBe(true);
          }
          if (result.inputs.latestValue !== null) {
            const known = input.observations.filter((o) => o.value !== null);
            expect(known.some((o) => o.year === result.inputs.latestYear && o.value === result.inputs.latestValue)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('periodRange has index difference + 1 elements (or none), consecutive and round-tripping', () => {
    fc.assert(
      fc.property(period, period, (from, to) => {
        const range = periodRange(from, to);
        const diff = periodIndex(to) - periodIndex(from);
        expect(range).toHaveLength(Math.max(0, diff + 1));
        range.forEach((p, i) => {
          expect(periodIndex(p)).toBe(periodIndex(from) + i);
          expect(formatPeriod(parsePeriod(p))).toBe(p);
        });
      }),
    );
  });

  it('downsample never exceeds maxPoints, keeps both ends and returns input points in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { nil: null, freq: 5 }), {
          maxLength: 300,
        }),
        fc.integer({ min: 2, max: 120 }),
        (ys, maxPoints) => {
          const points = ys.map((y, x) => ({ x, y }));
          const out = downsample(points, maxPoints);
          expect(out.length).toBeLessThanOrEqual(Math.max(maxPoints, 0));
          if (points.length > 0) {
            expect(out[0]).toBe(points[0]);
            expect(out[out.length - 1]).toBe(points[points.length - 1]);
          }
          const indexes = out.map((p) => points.indexOf(p));
          expect(indexes.every((i) => i >= 0)).toBe(true);
          expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
          expect(new Set(indexes).size).toBe(indexes.length);
          // A gap in the input leaves at least one gap in the output (given room for one).
          if (maxPoints >= 3 && points.some((p) => p.y === null)) expect(out.some((p) => p.y === null)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
