/** One pillar compared across jurisdictions: its status counts per jurisdiction and the leader and laggard. */
import type { Jurisdiction, JurisdictionCode, Progress, StatusCounts } from '../api/schemas';

export interface PillarRow {
  code: JurisdictionCode;
  name: string;
  total: number;
  counts: StatusCounts;
  overdue: number;
  /** completed / (total - discontinued); null when nothing counts. */
  completion: number | null;
}

/** One row per jurisdiction, in the order of `jurisdictions`, from the progress cells of `pillarId`. */
export function pillarRows(
  progress: Pick<Progress, 'byJurisdictionAndPillar'>,
  jurisdictions: readonly Pick<Jurisdiction, 'code' | 'name'>[],
  pillarId: string,
): PillarRow[] {
  const cells = new Map(progress.byJurisdictionAndPillar.filter((c) => c.pillar === pillarId).map((c) => [c.jurisdiction, c]));
  return jurisdictions.flatMap((j) => {
    const cell = cells.get(j.code);
    if (!cell) return [];
    return [{ code: j.code, name: j.name, total: cell.total, counts: cell.counts, overdue: cell.overdue, completion: cell.completion }];
  });
}

export type PillarStanding =
  /** No jurisdiction has a commitment that counts in this pillar. */
  | { kind: 'none' }
  /** Every jurisdiction with commitments has completed the same share. */
  | { kind: 'level'; share: number; rows: PillarRow[] }
  | { kind: 'spread'; leader: PillarRow; laggard: PillarRow };

/**
 * Leader and laggard by completed share, leaving out jurisdictions with nothing counted. Ties go to
 * the jurisdiction listed first.
 */
export function pillarStanding(rows: readonly PillarRow[]): PillarStanding {
  const counted = rows.filter((r): r is PillarRow & { completion: number } => r.completion !== null);
  const first = counted[0];
  if (!first) return { kind: 'none' };
  let leader = first;
  let laggard = first;
  for (const row of counted) {
    if (row.completion > leader.completion) leader = row;
    if (row.completion < laggard.completion) laggard = row;
  }
  if (leader.completion === laggard.completion) return { kind: 'level', share: leader.completion, rows: counted };
  return { kind: 'spread', leader, laggard };
}

/** Region-wide totals of the pillar: commitments, completed, overdue. */
export function pillarTotals(rows: readonly PillarRow[]): { total: number; completed: number; overdue: number } {
  return rows.reduce(
    (sum, r) => ({ total: sum.total + r.total, completed: sum.completed + r.counts.completed, overdue: sum.overdue + r.overdue }),
    { total: 0, completed: 0, overdue: 0 },
  );
}
