import { describe, expect, it } from 'vitest';
import type { DeadlineHistory } from '../../../src/api/schemas';
import {
  countMovedIn,
  daysBetween,
  deadlineHistoryIssues,
  deadlineInForce,
  deadlineMoved,
  deadlineMovedIn,
  deadlineMoves,
} from '../../../src/domain/deadlines';
import { commitmentsAt, summarise } from '../../../src/domain/progress';

const history: DeadlineHistory = {
  original: '2024-06-30',
  revisions: [
    { period: '2024-H1', deadline: '2025-03-31', reason: 'Draft returned by parliament' },
    { period: '2025-H1', deadline: '2025-12-31', reason: 'Funding delayed' },
  ],
};
const commitment = { deadline: '2025-12-31', deadlineHistory: history };

describe('deadlineInForce', () => {
  it('is the original before the first revision was agreed', () => {
    expect(deadlineInForce(commitment, '2023-H2')).toBe('2024-06-30');
  });
  it('takes a revision from the end of the period in which it was agreed', () => {
    expect(deadlineInForce(commitment, '2024-H1')).toBe('2025-03-31');
    expect(deadlineInForce(commitment, '2024-H2')).toBe('2025-03-31');
  });
  it('takes the latest revision agreed by the period', () => {
    expect(deadlineInForce(commitment, '2025-H1')).toBe('2025-12-31');
    expect(deadlineInForce(commitment, '2030-H2')).toBe('2025-12-31');
  });
  it('orders revisions by the period agreed even when the data lists them out of order', () => {
    const shuffled = { deadline: 'x', deadlineHistory: { ...history, revisions: [...history.revisions].reverse() } };
    expect(deadlineInForce(shuffled, '2025-H2')).toBe('2025-12-31');
    expect(deadlineInForce(shuffled, '2024-H2')).toBe('2025-03-31');
  });
  it('falls back to the commitment deadline without a history', () => {
    expect(deadlineInForce({ deadline: '2026-06-30' }, '2020-H1')).toBe('2026-06-30');
  });
});

describe('deadline moves', () => {
  it('counts the revisions and the total shift by the period', () => {
    expect(deadlineMoves(commitment, '2023-H2')).toMatchObject({ count: 0, shiftDays: 0, shiftMonths: 0 });
    expect(deadlineMoves(commitment, '2024-H2')).toMatchObject({ count: 1, inForce: '2025-03-31', shiftDays: 274, shiftMonths: 9 });
    expect(deadlineMoves(commitment, '2025-H1')).toMatchObject({ count: 2, original: '2024-06-30', shiftDays: 549, shiftMonths: 18 });
    expect(deadlineMoved(commitment, '2023-H2')).toBe(false);
    expect(deadlineMoved(commitment, '2024-H1')).toBe(true);
  });
  it('knows the period in which a deadline moved', () => {
    expect(deadlineMovedIn(commitment, '2024-H1')).toBe(true);
    expect(deadlineMovedIn(commitment, '2024-H2')).toBe(false);
    expect(countMovedIn([commitment, { deadline: '2026-01-01' }, commitment], '2025-H1')).toBe(2);
  });
  it('counts days across leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });
});

describe('overdue follows the deadline in force', () => {
  const base = { jurisdiction: 'AL' as const, pillar: 'p1', deadline: '2025-12-31', deadlineHistory: history };
  const open = { ...base, history: [{ period: '2023-H1' as const, status: 'in_progress' as const }] };
  it('is overdue against the original, then not once the revision is in force, then again', () => {
    // 2024-H1 ends 30 June 2024: the original deadline, but the revision agreed that period moves it.
    expect(summarise(commitmentsAt([open], '2024-H1'), '2024-H1').overdue).toBe(0);
    expect(summarise(commitmentsAt([{ ...open, deadlineHistory: { ...history, revisions: [] } }], '2024-H1'), '2024-H1').overdue).toBe(1);
    expect(summarise(commitmentsAt([open], '2025-H1'), '2025-H1').overdue).toBe(0);
    expect(summarise(commitmentsAt([open], '2025-H2'), '2025-H2').overdue).toBe(1);
  });
  it('counts due next against the deadline in force', () => {
    expect(summarise(commitmentsAt([open], '2023-H2'), '2023-H2').dueNext).toBe(1);
    expect(summarise(commitmentsAt([open], '2024-H2'), '2024-H2').dueNext).toBe(1);
  });
});

describe('deadlineHistoryIssues (for data:check)', () => {
  it('finds nothing in a clean history', () => {
    expect(deadlineHistoryIssues(history, '2023-H1')).toEqual([]);
  });
  it('names revisions out of order, before the commitment was added, or setting the same date', () => {
    const bad: DeadlineHistory = {
      original: '2024-06-30',
      revisions: [
        { period: '2022-H1', deadline: '2024-06-30', reason: '' },
        { period: '2021-H2', deadline: '2025-06-30', reason: '' },
      ],
    };
    expect(deadlineHistoryIssues(bad, '2022-H1')).toEqual([
      { code: 'unchanged', revision: 0 },
      { code: 'out-of-order', revision: 1 },
      { code: 'before-added', revision: 1 },
    ]);
  });
});
