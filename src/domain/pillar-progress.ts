/** One pillar across the jurisdictions: its progress cells and its region-wide totals. */
import type { Progress, ProgressCell } from '../api/schemas';

/** The progress cells of `pillarId`, one per jurisdiction, in the API's order. */
export function pillarCells(progress: Pick<Progress, 'byJurisdictionAndPillar'>, pillarId: string): ProgressCell[] {
  return progress.byJurisdictionAndPillar.filter((c) => c.pillar === pillarId);
}

/** Region-wide totals of the pillar: commitments, completed, overdue. */
export function pillarTotals(cells: readonly Pick<ProgressCell, 'total' | 'counts' | 'overdue'>[]): { total: number; completed: number; overdue: number } {
  return cells.reduce(
    (sum, c) => ({ total: sum.total + c.total, completed: sum.completed + c.counts.completed, overdue: sum.overdue + c.overdue }),
    { total: 0, completed: 0, overdue: 0 },
  );
}
