// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkBook } from '../../../scripts/data/check';
import type { Issue } from '../../../scripts/data/sheets';
import { bookOf, validGrid, type Grid } from './book';

/** The valid workbook with a references sheet, refs on AL-2-01 and on the indicator, and `edit` applied. */
function check(edit: (grid: Grid) => void = () => undefined) {
  const grid = validGrid();
  grid.references = [
    ['code', 'framework', 'name', 'label'],
    ['FATF-R29', 'fatf-r', 'Financial intelligence units', 'R.29'],
    ['FATF-IO6', 'fatf-io', 'Financial intelligence', ''],
  ];
  grid.commitments![0]!.push('refs');
  grid.commitments![1]!.push('FATF-R29, fatf-io6');
  grid.indicators![0]!.push('refs');
  grid.indicators![1]!.push('FATF-IO6');
  edit(grid);
  return checkBook(bookOf(grid));
}

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

function onlyError(result: ReturnType<typeof check>, where: Partial<Issue>): Issue {
  const list = errors(result.issues);
  expect(list, JSON.stringify(list, null, 1)).toHaveLength(1);
  expect(list[0]).toMatchObject(where);
  expect(result.model).toBeNull();
  return list[0]!;
}

const revisions = (...rows: (string | number)[][]) => (grid: Grid) => {
  grid['deadline revisions'] = [['commitment', 'period agreed', 'new deadline', 'reason'], ...rows];
};

describe('references and refs', () => {
  it('reads the vocabulary, the frameworks it uses and each row’s refs (any case, commas or spaces)', () => {
    const result = check();
    expect(errors(result.issues)).toEqual([]);
    const model = result.model!;
    expect(model.roadmap.references.map((r) => [r.code, r.label.en])).toEqual([
      ['FATF-R29', 'R.29'],
      ['FATF-IO6', 'FATF-IO6'],
    ]);
    expect(model.roadmap.frameworks.map((f) => f.name.en)).toEqual(['FATF Recommendations', 'FATF Immediate Outcomes']);
    expect(model.commitments[0]!.refs).toEqual(['FATF-R29', 'FATF-IO6']);
    expect(model.indicators[0]!.refs).toEqual(['FATF-IO6']);
  });

  it('an unknown ref code on a commitment, with its row and column', () => {
    const issue = onlyError(
      check((g) => (g.commitments![1]![8] = 'FATF-R29 FATF-R99')),
      { sheet: 'commitments', row: 2, column: 'refs', found: 'FATF-R99' },
    );
    expect(issue.message).toContain('not on the references sheet');
  });

  it('an unknown ref code on an indicator', () => {
    onlyError(check((g) => (g.indicators![1]![9] = 'EU-23')), { sheet: 'indicators', column: 'refs', found: 'EU-23' });
  });

  it('refs without a references sheet', () => {
    const result = check((g) => delete g.references);
    const list = errors(result.issues);
    expect(list.map((i) => [i.sheet, i.column, i.found])).toEqual([
      ['commitments', 'refs', 'FATF-R29'],
      ['commitments', 'refs', 'fatf-io6'],
      ['indicators', 'refs', 'FATF-IO6'],
    ]);
    expect(list[0]!.message).toContain('no references sheet');
    expect(result.model).toBeNull();
  });

  it('a malformed or repeated reference code', () => {
    onlyError(check((g) => g.references!.push(['fatf r29', 'fatf-r', 'Bad'])), { sheet: 'references', column: 'code', found: 'fatf r29' });
    onlyError(check((g) => g.references!.push(['FATF-R29', 'fatf-r', 'Again'])), { sheet: 'references', row: 4, column: 'code' });
  });
});

describe('deadline revisions', () => {
  it('puts revisions in order on the commitment; the deadline stays the original', () => {
    const result = check(revisions(['AL-2-01', '2025-H2', '2027-06-30', 'Parliament returned the draft'], ['AL-2-01', '2026-H1', '2027-12-31', 'Elections']));
    expect(errors(result.issues)).toEqual([]);
    const al = result.model!.commitments.find((c) => c.id === 'AL-2-01')!;
    expect(al.deadline).toBe('2026-12-31');
    expect(al.revisions.map((r) => [r.period, r.deadline, r.reason.en])).toEqual([
      ['2025-H2', '2027-06-30', 'Parliament returned the draft'],
      ['2026-H1', '2027-12-31', 'Elections'],
    ]);
  });

  it('revisions out of order, or two in one period', () => {
    const rows = [['AL-2-01', '2026-H1', '2027-06-30', 'Later'], ['AL-2-01', '2025-H2', '2027-12-31', 'Earlier']];
    onlyError(check(revisions(...rows)), { sheet: 'deadline revisions', row: 3, column: 'period agreed', found: '2025-H2' });
    onlyError(check(revisions(['AL-2-01', '2025-H2', '2027-06-30', 'A'], ['AL-2-01', '2025-H2', '2027-12-31', 'B'])), { sheet: 'deadline revisions', row: 3 });
  });

  it('a new deadline before the original deadline', () => {
    onlyError(check(revisions(['AL-2-01', '2025-H2', '2026-06-30', 'Brought forward'])), { sheet: 'deadline revisions', row: 2, column: 'new deadline', found: '2026-06-30' });
  });

  it('a revision agreed before the commitment started (its start, else its first status update)', () => {
    const issue = onlyError(check(revisions(['AL-2-01', '2024-H2', '2027-06-30', 'Too early'])), { sheet: 'deadline revisions', column: 'period agreed' });
    expect(issue.message).toMatch(/not one of the roadmap's periods/);
    onlyError(check(revisions(['RS-2-01', '2025-H1', '2027-06-30', 'Before its first update'])), { sheet: 'deadline revisions', row: 2, column: 'period agreed', found: '2025-H1' });
  });

  it('a revision of an unknown commitment; one that repeats the deadline in force is a warning', () => {
    onlyError(check(revisions(['AL-9-99', '2025-H2', '2027-06-30', 'No such'])), { sheet: 'deadline revisions', column: 'commitment' });
    const repeated = check(revisions(['AL-2-01', '2025-H2', '2026-12-31', 'Same date']));
    expect(errors(repeated.issues)).toEqual([]);
    expect(repeated.issues.find((i) => i.sheet === 'deadline revisions')).toMatchObject({ severity: 'warning', column: 'new deadline' });
  });
});
