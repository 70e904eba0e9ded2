/**
 * Headline figures and per-pillar progress of one jurisdiction at the end of a period, computed from
 * its commitments' status histories with the rules in progress.ts.
 */
import type { Commitment, Period, StatusCounts } from '../api/schemas';
import { commitmentsAt, isDueNextPeriod, summarise } from './progress';

type Item = Pick<Commitment, 'jurisdiction' | 'pillar' | 'deadline' | 'history'>;

export interface JurisdictionHeadline {
  total: number;
  completed: number;
  overdue: number;
  /** Open commitments whose deadline falls in the six months after the period. */
  dueNext: number;
  completion: number | null;
  /** The reporting period before, or null for the first one. */
  previousPeriod: Period | null;
  previousCompletion: number | null;
  /** Change in whole percentage points between the two shares as shown; null when either is missing. */
  changePoints: number | null;
}

/** Whole percentage points between two shares as displayed (each rounded to a whole percent). */
export function pointsChange(now: number | null, before: number | null): number | null {
  if (now === null || before === null) return null;
  // Adding 0 turns -0 into 0.
  return Math.round(now * 100) - Math.round(before * 100) + 0;
}

export function jurisdictionHeadline(items: readonly Item[], period: Period, previousPeriod: Period | null): JurisdictionHeadline {
  const current = commitmentsAt(items, period);
  const summary = summarise(current, period);
  const previousCompletion = previousPeriod ? summarise(commitmentsAt(items, previousPeriod), previousPeriod).completion : null;
  return {
    total: summary.total,
    completed: summary.counts.completed,
    overdue: summary.overdue,
    dueNext: current.filter((c) => isDueNextPeriod(c.deadline, c.status, period)).length,
    completion: summary.completion,
    previousPeriod,
    previousCompletion,
    changePoints: pointsChange(summary.completion, previousCompletion),
  };
}

export interface PillarProgress {
  pillar: string;
  total: number;
  counts: StatusCounts;
  overdue: number;
  completion: number | null;
}

/** One entry per pillar, in the order given (the roadmap's), pillars without commitments included. */
export function pillarProgress(items: readonly Item[], pillarIds: readonly string[], period: Period): PillarProgress[] {
  const current = commitmentsAt(items, period);
  return pillarIds.map((pillar) => ({
    pillar,
    ...summarise(
      current.filter((c) => c.pillar === pillar),
      period,
    ),
  }));
}
