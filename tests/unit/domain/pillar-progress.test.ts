import { describe, expect, it } from 'vitest';
import type { ProgressCell } from '../../../src/api/schemas';
import { pillarRows, pillarStanding, pillarTotals, type PillarRow } from '../../../src/domain/pillar-progress';
import { emptyCounts } from '../../../src/domain/progress';

function cell(jurisdiction: ProgressCell['jurisdiction'], pillar: string | null, completed: number, total: number, overdue = 0): ProgressCell {
  const counts = { ...emptyCounts(), completed, in_progress: total - completed };
  return { jurisdiction, pillar, total, counts, overdue, dueNext: 0, completion: total > 0 ? completed / total : null };
}

const JURISDICTIONS = [
  { code: 'AL', name: 'Albania' },
  { code: 'BA', name: 'Bosnia and Herzegovina' },
  { code: 'XK', name: 'Kosovo*' },
] as const;

describe('pillarRows', () => {
  it('takes the pillar’s cells in the order of the jurisdictions', () => {
    const progress = {
      byJurisdictionAndPillar: [cell('XK', 'p1', 1, 2), cell('AL', 'p1', 3, 4, 1), cell('AL', 'p2', 0, 9), cell('BA', null, 5, 5)],
    };
    const rows = pillarRows(progress, JURISDICTIONS, 'p1');
    expect(rows.map((r) => r.code)).toEqual(['AL', 'XK']);
    expect(rows[0]).toMatchObject({ name: 'Albania', total: 4, overdue: 1, completion: 0.75 });
  });
});

function row(code: PillarRow['code'], completion: number | null, total = 4): PillarRow {
  return { code, name: code, total, counts: emptyCounts(), overdue: 0, completion };
}

describe('pillarStanding', () => {
  it('names leader and laggard, leaving out jurisdictions with nothing counted', () => {
    const standing = pillarStanding([row('AL', 0.5), row('BA', null, 0), row('XK', 0.9), row('ME', 0.1)]);
    expect(standing).toMatchObject({ kind: 'spread', leader: { code: 'XK' }, laggard: { code: 'ME' } });
  });

  it('gives ties to the jurisdiction listed first', () => {
    expect(pillarStanding([row('AL', 0.2), row('BA', 0.8), row('XK', 0.8), row('ME', 0.2)])).toMatchObject({
      leader: { code: 'BA' },
      laggard: { code: 'AL' },
    });
  });

  it('says when every counted jurisdiction is level, and when none has commitments', () => {
    expect(pillarStanding([row('AL', 0.5), row('BA', 0.5), row('XK', null, 0)])).toMatchObject({ kind: 'level', share: 0.5 });
    expect(pillarStanding([row('AL', null, 0)])).toEqual({ kind: 'none' });
    expect(pillarStanding([])).toEqual({ kind: 'none' });
  });
});

describe('pillarTotals', () => {
  it('adds up commitments, completed and overdue', () => {
    const rows = pillarRows({ byJurisdictionAndPillar: [cell('AL', 'p', 3, 4, 1), cell('BA', 'p', 1, 6, 2)] }, JURISDICTIONS, 'p');
    expect(pillarTotals(rows)).toEqual({ total: 10, completed: 4, overdue: 3 });
  });
});
