import { describe, expect, it } from 'vitest';
import type { ProgressCell, ProgressTrendPoint } from '../../../src/api/schemas';
import {
  completionGrid,
  regionalPillarShares,
  regionTotals,
  SHADE_STEPS,
  shadeBounds,
  shadeStep,
  trendChanges,
  trendRows,
} from '../../../src/domain/overview-progress';

function cell(jurisdiction: ProgressCell['jurisdiction'], pillar: string | null, counts: Partial<ProgressCell['counts']>): ProgressCell {
  const full = { not_started: 0, in_progress: 0, completed: 0, discontinued: 0, ...counts };
  const total = full.not_started + full.in_progress + full.completed + full.discontinued;
  const counted = total - full.discontinued;
  return { jurisdiction, pillar, total, counts: full, overdue: 0, dueNext: 0, completion: counted > 0 ? full.completed / counted : null };
}

describe('regionTotals', () => {
  it('sums total, completed, overdue and due next over the jurisdictions given, and only those', () => {
    const al = { ...cell('AL', null, { completed: 2, in_progress: 3 }), overdue: 1, dueNext: 2 };
    const ba = { ...cell('BA', null, { completed: 1, not_started: 1, discontinued: 1 }), overdue: 1, dueNext: 0 };
    const xk = { ...cell('XK', null, { completed: 9 }), overdue: 4, dueNext: 5 };
    expect(regionTotals([al, ba, xk], ['AL', 'BA'])).toEqual({ total: 8, completed: 3, overdue: 2, dueNext: 2 });
    expect(regionTotals([al, ba, xk], [])).toEqual({ total: 0, completed: 0, overdue: 0, dueNext: 0 });
  });
});

describe('completionGrid', () => {
  it('puts jurisdictions in rows and pillars in cells, in the given orders', () => {
    const cells = [cell('AL', 'b', { completed: 1, in_progress: 1 }), cell('AL', 'a', { completed: 2 }), cell('BA', 'a', { in_progress: 3 })];
    const grid = completionGrid(cells, ['BA', 'AL'], ['a', 'b']);
    expect(grid.map((r) => r.jurisdiction)).toEqual(['BA', 'AL']);
    expect(grid[1]?.cells).toEqual([
      { pillar: 'a', completion: 1, total: 2 },
      { pillar: 'b', completion: 0.5, total: 2 },
    ]);
  });
  it('leaves a pair the API did not report as nothing due, not as 0', () => {
    const grid = completionGrid([cell('AL', 'a', { completed: 1 })], ['AL'], ['a', 'b']);
    expect(grid[0]?.cells[1]).toEqual({ pillar: 'b', completion: null, total: 0 });
  });
  it('ignores whole-jurisdiction cells (pillar null)', () => {
    const grid = completionGrid([cell('AL', null, { completed: 5 })], ['AL'], ['a']);
    expect(grid[0]?.cells[0]?.completion).toBeNull();
  });
});

describe('shadeStep', () => {
  it('follows the whole percentage printed in the cell', () => {
    expect(shadeStep(0)).toBe(0);
    expect(shadeStep(0.194)).toBe(0);
    // Printed as 20%: shaded with the 20-39% step, not with 0-19%.
    expect(shadeStep(0.196)).toBe(1);
    expect(shadeStep(0.4)).toBe(2);
    expect(shadeStep(0.799)).toBe(4);
    expect(shadeStep(1)).toBe(SHADE_STEPS - 1);
  });
  it('has no shade for a missing share', () => {
    expect(shadeStep(null)).toBeNull();
    expect(shadeStep(Number.NaN)).toBeNull();
  });
  it('names bounds that cover 0-100 without gaps or overlaps', () => {
    const bounds = Array.from({ length: SHADE_STEPS }, (_, step) => shadeBounds(step));
    expect(bounds[0]?.[0]).toBe(0);
    expect(bounds.at(-1)?.[1]).toBe(100);
    for (let step = 1; step < SHADE_STEPS; step += 1) expect(bounds[step]?.[0]).toBe((bounds[step - 1]?.[1] ?? 0) + 1);
    for (let percent = 0; percent <= 100; percent += 1) {
      const step = shadeStep(percent / 100)!;
      const [from, to] = shadeBounds(step);
      expect(percent >= from && percent <= to).toBe(true);
    }
  });
});

describe('regionalPillarShares', () => {
  it('sums the counts of every jurisdiction before dividing, discontinued left out', () => {
    const cells = [
      cell('AL', 'a', { completed: 1, in_progress: 1, discontinued: 4 }),
      cell('BA', 'a', { completed: 2, not_started: 0 }),
      cell('AL', 'b', { not_started: 2 }),
      cell('AL', null, { completed: 100 }),
    ];
    expect(regionalPillarShares(cells, ['a', 'b', 'c'])).toEqual([
      { pillar: 'a', completion: 3 / 4 },
      { pillar: 'b', completion: 0 },
      { pillar: 'c', completion: null },
    ]);
  });
});

describe('trend', () => {
  const trend: ProgressTrendPoint[] = [
    { period: '2020-H1', jurisdiction: 'BA', completion: null },
    { period: '2019-H2', jurisdiction: 'AL', completion: 0.1 },
    { period: '2020-H1', jurisdiction: 'AL', completion: 0.3 },
    { period: '2019-H2', jurisdiction: 'BA', completion: 0.2 },
    { period: '2020-H2', jurisdiction: 'AL', completion: 0.25 },
    { period: '2020-H2', jurisdiction: 'BA', completion: 0.6 },
  ];
  it('pivots points into rows per period, oldest first, keeping missing values null', () => {
    const rows = trendRows(trend);
    expect(rows.map((r) => r.period)).toEqual(['2019-H2', '2020-H1', '2020-H2']);
    expect(rows[1]?.values).toEqual({ BA: null, AL: 0.3 });
  });
  it('measures each jurisdiction from its first to its last known share', () => {
    const changes = trendChanges(trendRows(trend), ['AL', 'BA', 'XK']);
    expect(changes.map((c) => [c.jurisdiction, c.from.period, c.to.period])).toEqual([
      ['AL', '2019-H2', '2020-H2'],
      ['BA', '2019-H2', '2020-H2'],
    ]);
    expect(changes[0]?.change).toBeCloseTo(0.15);
    expect(changes[1]?.change).toBeCloseTo(0.4);
  });
  it('leaves out a jurisdiction with a single known share', () => {
    const rows = trendRows([{ period: '2020-H1', jurisdiction: 'AL', completion: 0.4 }]);
    expect(trendChanges(rows, ['AL'])).toEqual([]);
  });
});
