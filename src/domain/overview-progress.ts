/**
 * Figures of the regional overview: the headline totals, the jurisdiction x pillar grid of completed
 * shares, the regional share per pillar, and completion over the periods per jurisdiction. Pure
 * functions over API payloads; a missing share stays null, never 0.
 */
import type { JurisdictionCode, Period, ProgressCell, ProgressTrendPoint } from '../api/schemas';
import { comparePeriods } from './periods';
import { completionShare, emptyCounts } from './progress';

export interface RegionTotals {
  total: number;
  completed: number;
  overdue: number;
  /** Open commitments whose deadline falls within the six months after the period. */
  dueNext: number;
}

/**
 * The region's totals over the jurisdictions given (pass the rows the status chart shows, so that
 * the headline and the chart count the same jurisdictions); cells of other jurisdictions are left out.
 */
export function regionTotals(cells: readonly ProgressCell[], jurisdictions: readonly string[]): RegionTotals {
  const totals: RegionTotals = { total: 0, completed: 0, overdue: 0, dueNext: 0 };
  for (const cell of cells) {
    if (!jurisdictions.includes(cell.jurisdiction)) continue;
    totals.total += cell.total;
    totals.completed += cell.counts.completed;
    totals.overdue += cell.overdue;
    totals.dueNext += cell.dueNext;
  }
  return totals;
}

export interface GridCell {
  pillar: string;
  /** completed / (total - discontinued); null when nothing is due. */
  completion: number | null;
  total: number;
}

export interface GridRow {
  jurisdiction: JurisdictionCode;
  /** One cell per pillar, in the order of the pillars given. */
  cells: GridCell[];
}

/**
 * One row per jurisdiction (in the order given), one cell per pillar (in the order given). A pair the
 * API did not report is a cell with nothing due (completion null, total 0).
 */
export function completionGrid(
  cells: readonly ProgressCell[],
  jurisdictions: readonly JurisdictionCode[],
  pillars: readonly string[],
): GridRow[] {
  const byKey = new Map(cells.filter((c) => c.pillar !== null).map((c) => [`${c.jurisdiction}/${c.pillar}`, c]));
  return jurisdictions.map((jurisdiction) => ({
    jurisdiction,
    cells: pillars.map((pillar) => {
      const cell = byKey.get(`${jurisdiction}/${pillar}`);
      return { pillar, completion: cell?.completion ?? null, total: cell?.total ?? 0 };
    }),
  }));
}

/** Number of shading steps of the grid. */
export const SHADE_STEPS = 5;

/**
 * Shading step of a completed share, from the whole percentage printed in the cell (so that the
 * shade always agrees with the figure): 0 for 0-19%, 1 for 20-39%, 2 for 40-59%, 3 for 60-79%,
 * 4 for 80-100%; null when the share is missing (nothing due).
 */
export function shadeStep(completion: number | null): number | null {
  if (completion === null || !Number.isFinite(completion)) return null;
  const percent = Math.round(Math.min(1, Math.max(0, completion)) * 100);
  return Math.min(SHADE_STEPS - 1, Math.floor(percent / (100 / SHADE_STEPS)));
}

/** Whole percentages a shading step covers, both included: step 1 -> [20, 39], the last step -> [80, 100]. */
export function shadeBounds(step: number): [number, number] {
  const width = 100 / SHADE_STEPS;
  return [step * width, step === SHADE_STEPS - 1 ? 100 : (step + 1) * width - 1];
}

export interface PillarShare {
  pillar: string;
  completion: number | null;
}

/**
 * Regional completed share per pillar: the status counts of every jurisdiction summed, then
 * completed / (total - discontinued), in the order of the pillars given.
 */
export function regionalPillarShares(cells: readonly ProgressCell[], pillars: readonly string[]): PillarShare[] {
  return pillars.map((pillar) => {
    const counts = emptyCounts();
    for (const cell of cells) {
      if (cell.pillar !== pillar) continue;
      counts.not_started += cell.counts.not_started;
      counts.in_progress += cell.counts.in_progress;
      counts.completed += cell.counts.completed;
      counts.discontinued += cell.counts.discontinued;
    }
    return { pillar, completion: completionShare(counts) };
  });
}

export interface TrendRow {
  period: Period;
  /** Completed share per jurisdiction; null when nothing was due, undefined when not reported. */
  values: Partial<Record<JurisdictionCode, number | null>>;
}

/** Completion over time as rows: one per period (oldest first), one value per jurisdiction. */
export function trendRows(trend: readonly ProgressTrendPoint[]): TrendRow[] {
  const rows = new Map<Period, TrendRow>();
  for (const point of trend) {
    let row = rows.get(point.period);
    if (!row) {
      row = { period: point.period, values: {} };
      rows.set(point.period, row);
    }
    row.values[point.jurisdiction] = point.completion;
  }
  return [...rows.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

export interface TrendChange {
  jurisdiction: JurisdictionCode;
  from: { period: Period; completion: number };
  to: { period: Period; completion: number };
  /** to - from, as a share (0.12 = 12 percentage points). */
  change: number;
}

/**
 * Each jurisdiction's change in completed share from its first to its last period with a share,
 * in the order of the jurisdictions given; jurisdictions with fewer than two such periods are left out.
 */
export function trendChanges(rows: readonly TrendRow[], jurisdictions: readonly JurisdictionCode[]): TrendChange[] {
  const out: TrendChange[] = [];
  for (const jurisdiction of jurisdictions) {
    const known = rows.flatMap((row) => {
      const value = row.values[jurisdiction];
      return typeof value === 'number' ? [{ period: row.period, completion: value }] : [];
    });
    const first = known[0];
    const last = known[known.length - 1];
    if (!first || !last || first === last) continue;
    out.push({ jurisdiction, from: first, to: last, change: last.completion - first.completion });
  }
  return out;
}
