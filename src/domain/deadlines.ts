/**
 * Moved deadlines: a commitment's original deadline and the revisions agreed since, each in force
 * from the end of the period in which it was agreed. Overdue is judged against the deadline in force
 * at the period shown (progress.ts). Pure functions, no React.
 */
import type { DeadlineHistory, DeadlineRevision, Period } from '../api/schemas';
import { comparePeriods } from './periods';

/** What the rules need of a commitment: its deadline and, when the data has it, the deadline history. */
export interface WithDeadline {
  deadline: string;
  deadlineHistory?: DeadlineHistory;
}

/** The revisions agreed at or before `period`, oldest first (ties keep the data's order). */
export function revisionsUpTo(history: DeadlineHistory, period: Period): DeadlineRevision[] {
  return history.revisions
    .map((revision, index) => ({ revision, index }))
    .filter(({ revision }) => comparePeriods(revision.period, period) <= 0)
    .sort((a, b) => comparePeriods(a.revision.period, b.revision.period) || a.index - b.index)
    .map(({ revision }) => revision);
}

/**
 * The deadline in force at the end of `period`: the latest revision agreed by then, else the
 * original. Without a deadline history, the commitment's own deadline.
 */
export function deadlineInForce(commitment: WithDeadline, period: Period): string {
  const history = commitment.deadlineHistory;
  if (!history) return commitment.deadline;
  const revisions = revisionsUpTo(history, period);
  return revisions[revisions.length - 1]?.deadline ?? history.original;
}

function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / 86_400_000);
}

/** Days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export interface DeadlineMoves {
  /** Revisions agreed by the end of the period. */
  count: number;
  original: string;
  inForce: string;
  /** Days from the original deadline to the one in force (negative when brought forward). */
  shiftDays: number;
  /** Whole months, rounded, of the same shift. */
  shiftMonths: number;
}

/** How often and how far the deadline had moved by the end of `period`. */
export function deadlineMoves(commitment: WithDeadline, period: Period): DeadlineMoves {
  const history = commitment.deadlineHistory;
  const original = history?.original ?? commitment.deadline;
  const inForce = deadlineInForce(commitment, period);
  const shiftDays = daysBetween(original, inForce);
  return {
    count: history ? revisionsUpTo(history, period).length : 0,
    original,
    inForce,
    shiftDays,
    shiftMonths: Math.round(shiftDays / 30.4375),
  };
}

/** True when the deadline moved by `period` (at least one revision agreed by then). */
export function deadlineMoved(commitment: WithDeadline, period: Period): boolean {
  return deadlineMoves(commitment, period).count > 0;
}

/** True when a revision of the deadline was agreed in `period` itself. */
export function deadlineMovedIn(commitment: WithDeadline, period: Period): boolean {
  return (commitment.deadlineHistory?.revisions ?? []).some((revision) => revision.period === period);
}

/** How many of `commitments` had their deadline moved in `period` (the jurisdiction headline count). */
export function countMovedIn(commitments: readonly WithDeadline[], period: Period): number {
  return commitments.filter((c) => deadlineMovedIn(c, period)).length;
}

export type DeadlineIssueCode = 'out-of-order' | 'before-added' | 'unchanged';

export interface DeadlineIssue {
  code: DeadlineIssueCode;
  /** Zero-based index of the revision in the data. */
  revision: number;
}

/**
 * Mistakes in a deadline history, for data:check: a revision agreed before the one listed before it
 * (or in the same period), a revision agreed before the commitment was added (`addedIn`, its first
 * status period), and a revision that sets the deadline already in force.
 */
export function deadlineHistoryIssues(history: DeadlineHistory, addedIn?: Period): DeadlineIssue[] {
  const issues: DeadlineIssue[] = [];
  let previous: DeadlineRevision | undefined;
  let inForce = history.original;
  history.revisions.forEach((revision, index) => {
    if (previous && comparePeriods(revision.period, previous.period) <= 0) issues.push({ code: 'out-of-order', revision: index });
    if (addedIn && comparePeriods(revision.period, addedIn) < 0) issues.push({ code: 'before-added', revision: index });
    if (revision.deadline === inForce) issues.push({ code: 'unchanged', revision: index });
    previous = revision;
    inForce = revision.deadline;
  });
  return issues;
}

/**
 * A commitment's deadline fields as known at the end of `period`: the deadline in force then and
 * the revisions agreed by then (later ones were not known yet). Without a deadline history, as is.
 */
export function deadlineAsAt(commitment: WithDeadline, period: Period): WithDeadline {
  const history = commitment.deadlineHistory;
  if (!history) return { deadline: commitment.deadline };
  return { deadline: deadlineInForce(commitment, period), deadlineHistory: { original: history.original, revisions: revisionsUpTo(history, period) } };
}
