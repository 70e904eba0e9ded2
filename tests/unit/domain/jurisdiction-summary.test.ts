import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../src/api/schemas';
import { jurisdictionHeadline, pillarProgress, pointsChange } from '../../../src/domain/jurisdiction-summary';

type Item = Pick<Commitment, 'jurisdiction' | 'pillar' | 'deadline' | 'history'>;

const item = (pillar: string, deadline: string, history: Item['history']): Item => ({ jurisdiction: 'ME', pillar, deadline, history });

const items: Item[] = [
  item('a', '2025-06-30', [
    { period: '2025-H1', status: 'in_progress' },
    { period: '2025-H2', status: 'completed' },
  ]),
  // Overdue at 2025-H2 (deadline passed, still open).
  item('a', '2025-09-30', [{ period: '2025-H1', status: 'in_progress' }]),
  // Due in the six months after 2025-H2.
  item('b', '2026-03-31', [{ period: '2025-H1', status: 'not_started' }]),
  // Discontinued: not counted in the share.
  item('b', '2024-12-31', [{ period: '2025-H1', status: 'discontinued' }]),
  // Added in 2025-H2.
  item('b', '2027-12-31', [{ period: '2025-H2', status: 'completed' }]),
];

describe('pointsChange', () => {
  it('compares the shares as shown, in whole points', () => {
    expect(pointsChange(0.574, 0.546)).toBe(2);
    expect(pointsChange(0.5, 0.53)).toBe(-3);
    expect(pointsChange(0.501, 0.499)).toBe(0);
    expect(Object.is(pointsChange(0.2, 0.2), 0)).toBe(true);
    expect(pointsChange(null, 0.5)).toBeNull();
    expect(pointsChange(0.5, null)).toBeNull();
  });
});

describe('jurisdictionHeadline', () => {
  it('counts commitments, overdue and due soon, and the change in completion', () => {
    const h = jurisdictionHeadline(items, '2025-H2', '2025-H1');
    expect(h).toEqual({
      total: 5,
      completed: 2,
      overdue: 1,
      dueNext: 1,
      completion: 2 / 4,
      previousPeriod: '2025-H1',
      previousCompletion: 0,
      changePoints: 50,
    });
  });

  it('has no change without a previous period, or when nothing was counted then', () => {
    expect(jurisdictionHeadline(items, '2025-H2', null).changePoints).toBeNull();
    const h = jurisdictionHeadline(items, '2025-H1', '2024-H2');
    expect(h.previousCompletion).toBeNull();
    expect(h.changePoints).toBeNull();
    expect(h.total).toBe(4);
  });

  it('shows a share of null, never 0, when there are no commitments', () => {
    expect(jurisdictionHeadline([], '2025-H2', '2025-H1')).toMatchObject({ total: 0, completion: null, changePoints: null });
  });
});

describe('pillarProgress', () => {
  it('gives one entry per pillar in the order given, empty pillars included', () => {
    const rows = pillarProgress(items, ['b', 'a', 'c'], '2025-H2');
    expect(rows.map((r) => [r.pillar, r.total, r.completion])).toEqual([
      ['b', 3, 1 / 2],
      ['a', 2, 1 / 2],
      ['c', 0, null],
    ]);
    expect(rows[1]?.overdue).toBe(1);
  });
});
