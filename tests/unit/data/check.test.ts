// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkBook } from '../../../scripts/data/check';
import type { Issue } from '../../../scripts/data/sheets';
import { bookOf, validGrid, type Grid } from './book';

function check(edit: (grid: Grid) => void = () => undefined) {
  const grid = validGrid();
  edit(grid);
  return checkBook(bookOf(grid));
}

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: Issue[]) => issues.filter((i) => i.severity === 'warning');

/** The only error, which must name its sheet (and row and column when given). */
function onlyError(result: ReturnType<typeof check>, where: Partial<Issue>): Issue {
  const list = errors(result.issues);
  expect(list, JSON.stringify(list, null, 1)).toHaveLength(1);
  expect(list[0]).toMatchObject(where);
  expect(result.model).toBeNull();
  return list[0]!;
}

describe('a valid workbook', () => {
  it('gives a model and no errors', () => {
    const result = check();
    expect(errors(result.issues)).toEqual([]);
    const model = result.model!;
    expect(model.roadmap.periods).toEqual(['2025-H1', '2025-H2', '2026-H1']);
    expect(model.jurisdictions.map((j) => j.code)).toEqual(['AL', 'RS']);
    expect(model.commitments[0]?.updates.map((u) => u.status)).toEqual(['not_started', 'in_progress']);
    expect(model.commitments[0]?.updates[1]?.links).toEqual(['https://example.org/a']);
    const series = model.indicators[0]!.series;
    expect(series.find((s) => s.jurisdiction === 'AL')).toMatchObject({ baseline: { year: 2024, value: 700 }, target: { year: 2027, value: 900 } });
    expect(series.find((s) => s.jurisdiction === 'RS')?.observations[0]?.value).toBe(1250.5);
  });

  it('reads "n/a" and blanks as missing, never as 0, and warns that they show as not available', () => {
    const result = check();
    const missing = result.model!.indicators[0]!.series[0]!.observations.find((o) => o.year === 2025)!;
    expect(missing).toMatchObject({ value: null, quality: 'missing' });
    expect(warnings(result.issues).some((w) => w.sheet === 'observations' && /not available/.test(w.message))).toBe(true);
  });

  it('forgives case and surrounding spaces in sheet names and headers', () => {
    const result = check((g) => {
      g['Status Updates'] = g['status updates']!;
      delete g['status updates'];
      g.commitments![0] = g.commitments![0]!.map((h) => `  ${String(h).toUpperCase()} `);
    });
    expect(errors(result.issues)).toEqual([]);
  });

  it('reads Excel dates, Excel serial numbers and ISO text as the same date', () => {
    for (const deadline of [new Date(Date.UTC(2026, 11, 31)), 46387, '2026-12-31']) {
      const result = check((g) => (g.commitments![1]![7] = deadline));
      expect(result.model?.commitments[0]?.deadline, String(deadline)).toBe('2026-12-31');
    }
  });

  it('carries translations from <column>:<locale> columns, and warns about empty ones and unknown locales', () => {
    const result = check((g) => {
      g.commitments![0]!.push('title:sq', 'title:fr');
      g.commitments![1]!.push('Publikimi i statistikave', 'Publier');
      g.commitments![2]!.push('', '');
    });
    expect(errors(result.issues)).toEqual([]);
    expect(result.model!.commitments[0]!.title).toEqual({ en: 'Publish STR statistics', sq: 'Publikimi i statistikave' });
    expect(warnings(result.issues).some((w) => w.column === 'title:sq' && /English/.test(w.message) && w.row === 3)).toBe(true);
    expect(warnings(result.issues).some((w) => w.column === 'title:fr' && /not one of the dashboard's locales/.test(w.message))).toBe(true);
  });
});

describe('each rule names where the mistake is and what is expected', () => {
  it('a missing sheet, and a renamed one', () => {
    onlyError(check((g) => delete g.observations), { sheet: 'observations' });
    const renamed = onlyError(
      check((g) => {
        g.commitment = g.commitments!;
        delete g.commitments;
      }),
      { sheet: 'commitments', found: 'commitment', expected: 'commitments' },
    );
    expect(renamed.message).toContain('"commitment" should be named "commitments"');
  });

  it('a missing or renamed column, naming the header it expected', () => {
    const renamed = onlyError(check((g) => (g.commitments![0]![7] = 'deadlines')), { sheet: 'commitments', row: 1, column: 'deadlines', expected: 'deadline' });
    expect(renamed.message).toContain('should be named "deadline"');
    const missing = onlyError(check((g) => (g.commitments![0]![7] = 'when')), { sheet: 'commitments', expected: 'deadline' });
    expect(missing.message).toContain('required column "deadline" is missing');
  });

  it('unknown references: jurisdiction, pillar and institution of a commitment, a status update’s commitment, an observation’s indicator', () => {
    onlyError(check((g) => (g.commitments![1]![1] = 'ME')), { sheet: 'commitments', row: 2, column: 'jurisdiction', found: 'ME' });
    onlyError(check((g) => (g.commitments![1]![2] = 'money')), { sheet: 'commitments', row: 2, column: 'pillar', found: 'money' });
    onlyError(check((g) => (g.commitments![1]![5] = 'al-police')), { sheet: 'commitments', row: 2, column: 'responsible institution', found: 'al-police' });
    const other = onlyError(check((g) => (g.commitments![1]![5] = 'rs-fiu')), { sheet: 'commitments', row: 2, column: 'responsible institution' });
    expect(other.message).toContain('is an institution of RS, not of AL');
    onlyError(check((g) => (g['status updates']![3]![0] = 'RS-2-99')), { sheet: 'status updates', row: 4, column: 'commitment', found: 'RS-2-99' });
    onlyError(check((g) => (g.observations![1]![0] = 'str-sent')), { sheet: 'observations', row: 2, column: 'indicator', found: 'str-sent' });
  });

  it('duplicate ids', () => {
    const dup = onlyError(check((g) => g.pillars!.push([...g.pillars![1]!])), { sheet: 'pillars', row: 3, column: 'id' });
    expect(dup.message).toContain('already used in row 2');
    onlyError(
      check((g) => {
        g.commitments![2]![0] = 'AL-2-01';
        g['status updates']!.pop();
      }),
      { sheet: 'commitments', row: 3, column: 'id' },
    );
    onlyError(check((g) => g.observations!.push([...g.observations![1]!])), { sheet: 'observations', row: 5, column: 'year' });
  });

  it('dates that are not dates, and days that do not exist', () => {
    const bad = onlyError(check((g) => (g.commitments![1]![7] = 'end of 2026')), { sheet: 'commitments', row: 2, column: 'deadline', found: 'end of 2026' });
    expect(bad.expected).toMatch(/YYYY-MM-DD/);
    onlyError(check((g) => (g.commitments![1]![7] = '2026-02-30')), { sheet: 'commitments', row: 2, column: 'deadline' });
  });

  it('a deadline before the start', () => {
    const issue = onlyError(check((g) => (g.commitments![1]![7] = '2024-12-31')), { sheet: 'commitments', row: 2, column: 'deadline', found: '2024-12-31' });
    expect(issue.message).toContain('before the start 2025-01-01');
  });

  it('a status outside the vocabulary', () => {
    const issue = onlyError(check((g) => (g['status updates']![3]![2] = 'done')), { sheet: 'status updates', row: 4, column: 'status', found: 'done' });
    expect(issue.expected).toBe('one of not_started, in_progress, completed, discontinued');
    // Case and spaces are forgiven.
    expect(errors(check((g) => (g['status updates']![3]![2] = ' In Progress ')).issues)).toEqual([]);
  });

  it('periods outside the roadmap or after its as-of period, and malformed ones', () => {
    onlyError(check((g) => (g['status updates']![3]![1] = '2024-H2')), { sheet: 'status updates', row: 4, column: 'period', found: '2024-H2' });
    const after = onlyError(check((g) => (g['status updates']![3]![1] = '2026-H2')), { sheet: 'status updates', row: 4, column: 'period' });
    expect(after.message).toContain('after the as-of period 2026-H1');
    onlyError(check((g) => (g['status updates']![3]![1] = 'H2 2025')), { sheet: 'status updates', row: 4, column: 'period' });
  });

  it('status updates out of order, and two for one period', () => {
    const order = onlyError(
      check((g) => {
        const rows = g['status updates']!;
        [rows[1], rows[2]] = [rows[2]!, rows[1]!];
      }),
      { sheet: 'status updates', row: 3, column: 'period' },
    );
    expect(order.message).toContain('oldest first');
    onlyError(check((g) => (g['status updates']![2]![1] = '2025-H1')), { sheet: 'status updates', row: 3, column: 'period' });
  });

  it('numbers that are not numbers', () => {
    const issue = onlyError(check((g) => (g.observations![1]![3] = '12 reports')), { sheet: 'observations', row: 2, column: 'value', found: '12 reports' });
    expect(issue.expected).toMatch(/a number/);
    onlyError(check((g) => (g.observations![1]![2] = 2024.5)), { sheet: 'observations', row: 2, column: 'year' });
  });

  it('evidence links that are not http or https', () => {
    onlyError(check((g) => (g['status updates']![2]![5] = 'https://ok.example.org javascript:alert(1)')), { sheet: 'status updates', row: 3, column: 'evidence links', found: 'javascript:alert(1)' });
    onlyError(check((g) => (g['status updates']![2]![5] = 'ftp://example.org/file')), { sheet: 'status updates', row: 3, column: 'evidence links' });
  });

  it('formula cells: the saved result is used with a warning; without one it is an error', () => {
    const grid = validGrid() as Record<string, unknown[][]>;
    grid.observations![1]![3] = { value: 700, formula: true };
    const cached = checkBook(bookOf(grid as Grid));
    expect(errors(cached.issues)).toEqual([]);
    expect(cached.model!.indicators[0]!.series[0]!.observations[0]!.value).toBe(700);
    expect(warnings(cached.issues).some((w) => w.sheet === 'observations' && w.column === 'value' && /formula/.test(w.message))).toBe(true);
    grid.observations![1]![3] = { value: null, formula: true, noResult: true };
    const issue = onlyError(checkBook(bookOf(grid as Grid)), { sheet: 'observations', row: 2, column: 'value' });
    expect(issue.message).toMatch(/formula with no saved result/);
  });

  it('empty rows between data are skipped with a warning; the template’s notes row is skipped silently', () => {
    const result = check((g) => {
      g.commitments!.splice(2, 0, ['', null, '', '']);
      g.pillars!.splice(1, 0, ['Note: an id', 'Note: a number']);
    });
    expect(errors(result.issues)).toEqual([]);
    expect(warnings(result.issues)).toContainEqual(expect.objectContaining({ sheet: 'commitments', row: 3, message: expect.stringMatching(/empty/) }));
    expect(result.model!.pillars).toHaveLength(1);
  });

  it('a sheet far over the row limit', () => {
    const result = check((g) => {
      const row = g.observations![1]!;
      for (let i = 0; i < 250_001; i += 1) g.observations!.push(row);
    });
    expect(errors(result.issues)).toContainEqual(expect.objectContaining({ sheet: 'observations', message: expect.stringMatching(/more than 250,000 rows/) }));
  });

  it('a quality of "missing" beside a value', () => {
    onlyError(check((g) => (g.observations![1]![4] = 'missing')), { sheet: 'observations', row: 2, column: 'quality' });
  });
});
