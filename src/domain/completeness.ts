/**
 * Reporting completeness for a period, per jurisdiction: which commitments had a status update for
 * the period out of those that should have had one, which completed commitments have evidence,
 * which indicators have a value for the last ended year, and which values are only estimated or
 * provisional. Counts with nothing due have a null share (shown as "nothing due", never as 0%).
 * Pure functions, no React.
 */
import type { Commitment, Indicator, JurisdictionCode, Period, Quality } from '../api/schemas';
import { comparePeriods, parsePeriod, previousPeriod } from './periods';
import { CLOSED_STATUSES, statusAt } from './progress';

/** The last calendar year that had ended when the period began: 2025 for 2026-H1 and for 2026-H2. */
export function lastEndedYear(period: Period): number {
  return parsePeriod(period).year - 1;
}

export type CompletenessCommitment = Pick<Commitment, 'id' | 'jurisdiction' | 'pillar' | 'title' | 'history'> &
  Partial<Pick<Commitment, 'evidenceCount'>>;

export interface Share {
  done: number;
  due: number;
  /** done / due; null when nothing is due. */
  share: number | null;
}

export interface MissingValue {
  indicator: string;
  name: string;
  year: number;
}

export interface FlaggedValue extends MissingValue {
  quality: Extract<Quality, 'estimated' | 'provisional'>;
}

export interface JurisdictionCompleteness {
  jurisdiction: JurisdictionCode;
  updates: Share;
  /** Commitments that should have had an update for the period and had none. */
  missingUpdates: CompletenessCommitment[];
  evidence: Share;
  /** Completed (by the period) commitments without any evidence. */
  missingEvidence: CompletenessCommitment[];
  values: Share;
  missingValues: MissingValue[];
  /** Values for the year marked estimated or provisional (counted among the values given). */
  flagged: FlaggedValue[];
  /** Updates were due and none came. */
  reportedNothing: boolean;
}

function share(done: number, due: number): Share {
  return { done, due, share: due > 0 ? done / due : null };
}

/**
 * A commitment should have an update for `period` when it had been added by then and was not already
 * closed (completed or discontinued) at the end of the period before.
 */
export function updateDue(c: Pick<Commitment, 'history'>, period: Period): boolean {
  const first = c.history[0];
  if (!first || comparePeriods(first.period, period) > 0) return false;
  if (comparePeriods(first.period, period) === 0) return true;
  const before = statusAt(c.history, previousPeriod(period));
  return !before || !CLOSED_STATUSES.has(before.status);
}

/** True when the history has an entry for `period` that was reported (not carried over). */
export function updateReported(c: Pick<Commitment, 'history'>, period: Period): boolean {
  return c.history.some((entry) => entry.period === period && entry.reported !== false);
}

/** Completeness of one jurisdiction at `period`. Commitments and series of other jurisdictions are ignored. */
export function jurisdictionCompleteness(
  jurisdiction: JurisdictionCode,
  commitments: readonly CompletenessCommitment[],
  indicators: readonly Pick<Indicator, 'id' | 'name' | 'series'>[],
  period: Period,
): JurisdictionCompleteness {
  const own = commitments.filter((c) => c.jurisdiction === jurisdiction);
  const due = own.filter((c) => updateDue(c, period));
  const missingUpdates = due.filter((c) => !updateReported(c, period));
  const completed = own.filter((c) => statusAt(c.history, period)?.status === 'completed');
  const missingEvidence = completed.filter((c) => (c.evidenceCount ?? 0) === 0);

  const year = lastEndedYear(period);
  const missingValues: MissingValue[] = [];
  const flagged: FlaggedValue[] = [];
  let valuesDue = 0;
  for (const indicator of indicators) {
    for (const series of indicator.series) {
      if (series.jurisdiction !== jurisdiction) continue;
      // A series is due from its first year on (the year its observations, or its baseline, start).
      const start = Math.min(...series.observations.map((o) => o.year), series.baseline?.year ?? Number.POSITIVE_INFINITY);
      if (!Number.isFinite(start) || start > year) continue;
      valuesDue += 1;
      const observation = series.observations.find((o) => o.year === year);
      if (!observation || observation.value === null || observation.quality === 'missing') {
        missingValues.push({ indicator: indicator.id, name: indicator.name, year });
      } else if (observation.quality === 'estimated' || observation.quality === 'provisional') {
        flagged.push({ indicator: indicator.id, name: indicator.name, year, quality: observation.quality });
      }
    }
  }

  return {
    jurisdiction,
    updates: share(due.length - missingUpdates.length, due.length),
    missingUpdates,
    evidence: share(completed.length - missingEvidence.length, completed.length),
    missingEvidence,
    values: share(valuesDue - missingValues.length, valuesDue),
    missingValues,
    flagged,
    reportedNothing: due.length > 0 && missingUpdates.length === due.length,
  };
}

/** One row per jurisdiction, in the order given. */
export function completenessTable(
  jurisdictions: readonly JurisdictionCode[],
  commitments: readonly CompletenessCommitment[],
  indicators: readonly Pick<Indicator, 'id' | 'name' | 'series'>[],
  period: Period,
): JurisdictionCompleteness[] {
  return jurisdictions.map((code) => jurisdictionCompleteness(code, commitments, indicators, period));
}

export type MissingKind = 'updates' | 'evidence' | 'values' | 'flagged';
export const MISSING_KINDS: readonly MissingKind[] = ['updates', 'evidence', 'values', 'flagged'];

export interface MissingItem {
  kind: MissingKind;
  /** Commitment id or indicator id. */
  id: string;
  title: string;
  /** Path of the page that shows the item. */
  path: string;
  quality?: FlaggedValue['quality'];
}

/** The drill-down: every item behind one jurisdiction's counts, in a fixed order. */
export function missingItems(row: JurisdictionCompleteness): MissingItem[] {
  const commitment = (kind: MissingKind) => (c: CompletenessCommitment): MissingItem => ({
    kind,
    id: c.id,
    title: c.title,
    path: `/commitments/${encodeURIComponent(c.id)}`,
  });
  const value = (kind: MissingKind) => (v: MissingValue | FlaggedValue): MissingItem => ({
    kind,
    id: v.indicator,
    title: v.name,
    path: `/indicators/${encodeURIComponent(v.indicator)}`,
    ...('quality' in v ? { quality: v.quality } : {}),
  });
  return [
    ...row.missingUpdates.map(commitment('updates')),
    ...row.missingEvidence.map(commitment('evidence')),
    ...row.missingValues.map(value('values')),
    ...row.flagged.map(value('flagged')),
  ];
}
