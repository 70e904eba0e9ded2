/**
 * Commitment progress rules: status at a period, overdue, completion shares.
 * The rules are shown to users on the About page; keep the two in step.
 */
import type {
  Commitment,
  JurisdictionCode,
  Period,
  ProgressCell,
  StatusCode,
  StatusCounts,
  StatusEntry,
} from '../api/schemas';
import { STATUS_CODES } from '../api/schemas';
import { deadlineInForce } from './deadlines';
import { comparePeriods, nextPeriod, periodEnd } from './periods';

/** Statuses that close a commitment: it can no longer be overdue. */
export const CLOSED_STATUSES: ReadonlySet<StatusCode> = new Set<StatusCode>(['completed', 'discontinued']);

/**
 * The status a commitment had at the end of `period`: the latest history entry at or before it.
 * Undefined when the commitment had not been added to the roadmap yet.
 */
export function statusAt(history: readonly StatusEntry[], period: Period): StatusEntry | undefined {
  let found: StatusEntry | undefined;
  for (const entry of history) {
    if (comparePeriods(entry.period, period) <= 0) {
      if (!found || comparePeriods(entry.period, found.period) >= 0) found = entry;
    }
  }
  return found;
}

/** The last period (at or before `period`) in which the status changed. */
export function lastChangeAt(history: readonly StatusEntry[], period: Period): Period | undefined {
  const sorted = history
    .filter((entry) => comparePeriods(entry.period, period) <= 0)
    .sort((a, b) => comparePeriods(a.period, b.period));
  let last: StatusEntry | undefined;
  let changedAt: Period | undefined;
  for (const entry of sorted) {
    if (!last || last.status !== entry.status) changedAt = entry.period;
    last = entry;
  }
  return changedAt;
}

/**
 * Overdue rule: at the end of `period`, the deadline in force then (deadlineInForce) has passed
 * (on or before the period's last day) and the commitment is neither completed nor discontinued.
 */
export function isOverdue(deadline: string, status: StatusCode, period: Period): boolean {
  return !CLOSED_STATUSES.has(status) && deadline <= periodEnd(period);
}

/** Open commitments whose deadline falls within the six months after `period`. */
export function isDueNextPeriod(deadline: string, status: StatusCode, period: Period): boolean {
  return !CLOSED_STATUSES.has(status) && deadline > periodEnd(period) && deadline <= periodEnd(nextPeriod(period));
}

export function emptyCounts(): StatusCounts {
  return { not_started: 0, in_progress: 0, completed: 0, discontinued: 0 };
}

/** Completed share of the commitments that still count (discontinued ones are left out). */
export function completionShare(counts: StatusCounts): number | null {
  const counted = STATUS_CODES.reduce((sum, code) => sum + counts[code], 0) - counts.discontinued;
  return counted > 0 ? counts.completed / counted : null;
}

export interface CommitmentAtPeriod {
  jurisdiction: JurisdictionCode;
  pillar: string;
  deadline: string;
  status: StatusCode;
}

/**
 * Commitments as they stood at the end of `period`: those not yet added are left out, the status is
 * the one reported for that period and the deadline the one in force then (domain/deadlines.ts), so
 * that overdue and due-next counts follow moved deadlines.
 */
export function commitmentsAt(
  commitments: readonly Pick<Commitment, 'jurisdiction' | 'pillar' | 'deadline' | 'history' | 'deadlineHistory'>[],
  period: Period,
): CommitmentAtPeriod[] {
  const out: CommitmentAtPeriod[] = [];
  for (const c of commitments) {
    const entry = statusAt(c.history, period);
    if (entry) out.push({ jurisdiction: c.jurisdiction, pillar: c.pillar, deadline: deadlineInForce(c, period), status: entry.status });
  }
  return out;
}

/** Status counts, overdue and due-next counts and completion for one group of commitments at `period`. */
export function summarise(
  items: readonly Pick<CommitmentAtPeriod, 'deadline' | 'status'>[],
  period: Period,
): Pick<ProgressCell, 'total' | 'counts' | 'overdue' | 'dueNext' | 'completion'> {
  const counts = emptyCounts();
  let overdue = 0;
  let dueNext = 0;
  for (const item of items) {
    counts[item.status] += 1;
    if (isOverdue(item.deadline, item.status, period)) overdue += 1;
    if (isDueNextPeriod(item.deadline, item.status, period)) dueNext += 1;
  }
  return { total: items.length, counts, overdue, dueNext, completion: completionShare(counts) };
}

/** One cell per jurisdiction (pillar null), in the order of `jurisdictions`. */
export function progressByJurisdiction(
  items: readonly CommitmentAtPeriod[],
  jurisdictions: readonly JurisdictionCode[],
  period: Period,
): ProgressCell[] {
  return jurisdictions.map((jurisdiction) => ({
    jurisdiction,
    pillar: null,
    ...summarise(
      items.filter((i) => i.jurisdiction === jurisdiction),
      period,
    ),
  }));
}

/** One cell per jurisdiction x pillar, jurisdictions outer, pillars inner. */
export function progressByJurisdictionAndPillar(
  items: readonly CommitmentAtPeriod[],
  jurisdictions: readonly JurisdictionCode[],
  pillars: readonly string[],
  period: Period,
): ProgressCell[] {
  return jurisdictions.flatMap((jurisdiction) =>
    pillars.map((pillar) => ({
      jurisdiction,
      pillar,
      ...summarise(
        items.filter((i) => i.jurisdiction === jurisdiction && i.pillar === pillar),
        period,
      ),
    })),
  );
}
