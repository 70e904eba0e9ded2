/**
 * The changes a release brings, as the feeds and "New since your last visit" list them: status
 * changes (and commitments added), deadline revisions, and new indicator values. For the bundled
 * data a release is one reporting period: what was reported for that period. Pure, no React.
 */
import type { Commitment, Indicator, JurisdictionCode, Period, Quality, StatusCode } from '../api/schemas';
import { lastEndedYear } from './completeness';
import { comparePeriods, parsePeriod } from './periods';

export type ChangeKind = 'status' | 'deadline' | 'value';

interface ChangeBase {
  kind: ChangeKind;
  jurisdiction: JurisdictionCode;
  pillar: string;
  /** The period whose release brought the change. */
  period: Period;
}

export interface StatusChange extends ChangeBase {
  kind: 'status';
  commitment: string;
  title: string;
  /** null when the commitment was added in this period. */
  from: StatusCode | null;
  to: StatusCode;
}

export interface DeadlineChange extends ChangeBase {
  kind: 'deadline';
  commitment: string;
  title: string;
  from: string;
  to: string;
  reason: string;
}

export interface ValueChange extends ChangeBase {
  kind: 'value';
  indicator: string;
  title: string;
  unit: string;
  year: number;
  value: number;
  quality: Quality;
}

export type ReleaseChange = StatusChange | DeadlineChange | ValueChange;

export type ChangeCommitment = Pick<Commitment, 'id' | 'jurisdiction' | 'pillar' | 'title' | 'history' | 'deadline' | 'deadlineHistory'>;
export type ChangeIndicator = Pick<Indicator, 'id' | 'pillar' | 'name' | 'unit' | 'series'>;

/** Path of the page that shows a change's commitment or indicator. */
export function changePath(change: ReleaseChange): string {
  return change.kind === 'value'
    ? `/indicators/${encodeURIComponent(change.indicator)}`
    : `/commitments/${encodeURIComponent(change.commitment)}`;
}

/** A stable key for a change (lists, entry ids). */
export function changeKey(change: ReleaseChange): string {
  const subject = change.kind === 'value' ? `${change.indicator}/${change.jurisdiction}/${change.year}` : change.commitment;
  return `${change.period}/${change.kind}/${subject}`;
}

/**
 * The changes of `period`: statuses reported for it that differ from the period before (or that
 * add the commitment), deadline revisions agreed in it, and, in a first half-year, the values for the
 * year just ended (they arrive once a year, with that release). Ordered
 * by jurisdiction code as given, then kind, then id.
 */
export function releaseChanges(
  commitments: readonly ChangeCommitment[],
  indicators: readonly ChangeIndicator[],
  period: Period,
): ReleaseChange[] {
  const out: ReleaseChange[] = [];
  for (const c of commitments) {
    const index = c.history.findIndex((entry) => entry.period === period);
    const entry = c.history[index];
    if (entry && entry.reported !== false) {
      const before = index > 0 ? c.history[index - 1] : undefined;
      if (!before || before.status !== entry.status) {
        out.push({ kind: 'status', jurisdiction: c.jurisdiction, pillar: c.pillar, period, commitment: c.id, title: c.title, from: before?.status ?? null, to: entry.status });
      }
    }
    const history = c.deadlineHistory;
    if (history) {
      let inForce = history.original;
      for (const revision of history.revisions) {
        if (revision.period === period) {
          out.push({ kind: 'deadline', jurisdiction: c.jurisdiction, pillar: c.pillar, period, commitment: c.id, title: c.title, from: inForce, to: revision.deadline, reason: revision.reason });
        }
        if (comparePeriods(revision.period, period) <= 0) inForce = revision.deadline;
      }
    }
  }
  const year = lastEndedYear(period);
  for (const indicator of parsePeriod(period).half === 1 ? indicators : []) {
    for (const series of indicator.series) {
      const observation = series.observations.find((o) => o.year === year);
      if (!observation || observation.value === null || observation.quality === 'missing') continue;
      out.push({
        kind: 'value',
        jurisdiction: series.jurisdiction,
        pillar: indicator.pillar,
        period,
        indicator: indicator.id,
        title: indicator.name,
        unit: indicator.unit,
        year,
        value: observation.value,
        quality: observation.quality,
      });
    }
  }
  const kindOrder: Record<ChangeKind, number> = { status: 0, deadline: 1, value: 2 };
  return out.sort(
    (a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || kindOrder[a.kind] - kindOrder[b.kind] || changeKey(a).localeCompare(changeKey(b)),
  );
}

/** The changes of every period after `since` up to `upTo` (both as periods of `periods`), oldest period first. */
export function changesSince(
  commitments: readonly ChangeCommitment[],
  indicators: readonly ChangeIndicator[],
  periods: readonly Period[],
  since: Period,
  upTo: Period,
): ReleaseChange[] {
  return periods
    .filter((p) => comparePeriods(p, since) > 0 && comparePeriods(p, upTo) <= 0)
    .sort(comparePeriods)
    .flatMap((p) => releaseChanges(commitments, indicators, p));
}
