import { describe, expect, it } from 'vitest';
import type { ProgressCell } from '../../../src/api/schemas';
import { pillarCells, pillarTotals } from '../../../src/domain/pillar-progress';
import { emptyCounts } from '../../../src/domain/progress';

function cell(jurisdiction: ProgressCell['jurisdiction'], pillar: string | null, completed: number, total: number, overdue = 0): ProgressCell {
  const counts = { ...emptyCounts(), completed, in_progress: total - completed };
  return { jurisdiction, pillar, total, counts, overdue, dueNext: 0, completion: total > 0 ? completed / total : null };
}

describe('pillarCells', () => {
  it('takes the pillar’s cells in the API’s order, leaving out other pillars and whole-jurisdiction cells', () => {
    const progress = {
      byJurisdictionAndPillar: [cell('XK', 'p1', 1, 2), cell('AL', 'p1', 3, 4, 1), cell('AL', 'p2', 0, 9), cell('BA', null, 5, 5)],
    };
    expect(pillarCells(progress, 'p1').map((c) => c.jurisdiction)).toEqual(['XK', 'AL']);
    expect(pillarCells(progress, 'p3')).toEqual([]);
  });
});

describe('pillarTotals', () => {
  it('adds commitments, completed and overdue over the jurisdictions', () => {
    expect(pillarTotals([cell('AL', 'p', 3, 4, 1), cell('BA', 'p', 1, 6, 2)])).toEqual({ total: 10, completed: 4, overdue: 3 });
    expect(pillarTotals([])).toEqual({ total: 0, completed: 0, overdue: 0 });
  });
});
