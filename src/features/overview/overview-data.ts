import type { Jurisdiction, Progress, StatusCounts } from '../../api/schemas';
import { formatShare } from '../../domain/format';

export interface OverviewRow {
  code: string;
  name: string;
  total: number;
  counts: StatusCounts;
  overdue: number;
  /** Open commitments whose deadline falls within the six months after the period. */
  dueNext: number;
  completion: number | null;
  completionLabel: string;
}

/** One row per jurisdiction in the order the API lists them (alphabetical by name). */
export function overviewRows(progress: Progress, jurisdictions: readonly Jurisdiction[]): OverviewRow[] {
  const cells = new Map(progress.byJurisdiction.map((cell) => [cell.jurisdiction, cell]));
  return jurisdictions.flatMap((j) => {
    const cell = cells.get(j.code);
    if (!cell) return [];
    return [
      {
        code: j.code,
        name: j.name,
        total: cell.total,
        counts: cell.counts,
        overdue: cell.overdue,
        dueNext: cell.dueNext,
        completion: cell.completion,
        completionLabel: formatShare(cell.completion),
      },
    ];
  });
}

/** Leader and laggard by completed share, ignoring jurisdictions with nothing counted. */
export function extremes(rows: readonly OverviewRow[]): { leader: OverviewRow; laggard: OverviewRow } | null {
  const ranked = rows.filter((r) => r.completion !== null).sort((a, b) => (b.completion ?? 0) - (a.completion ?? 0));
  const leader = ranked[0];
  const laggard = ranked[ranked.length - 1];
  return leader && laggard ? { leader, laggard } : null;
}
