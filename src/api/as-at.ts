/**
 * Commitments as they stood at the end of a reporting period, from the full records the API
 * serves. A static API cannot answer a query per period, so the period is applied here, in the
 * client; the mock API and the static build use the same functions, so both agree with it.
 * Pure; periods ("2026-H1") compare as strings.
 */
import { deadlineAsAt } from '../domain/deadlines';
import type { Commitment, CommitmentDetail, CommitmentList, Period, StatusCode, StatusEntry } from './schemas';

/** Last date of a period: 30 June or 31 December. */
export function periodEndDate(period: Period): string {
  return `${period.slice(0, 4)}-${period.endsWith('H1') ? '06-30' : '12-31'}`;
}

/** The period, up to `period`, in which the status last changed (the first entry counts as a change). */
function lastChange(history: readonly StatusEntry[]): Period | undefined {
  let changedAt: Period | undefined;
  let previous: StatusCode | undefined;
  for (const entry of history) {
    if (entry.status !== previous) changedAt = entry.period;
    previous = entry.status;
  }
  return changedAt;
}

/**
 * The commitment at the end of `period`: history up to then, status and last update from it, and
 * only the evidence dated by then. Undefined when the commitment had not been added yet.
 */
export function commitmentAsAt<C extends Commitment>(commitment: C, period: Period): C | undefined {
  const history = commitment.history.filter((entry) => entry.period <= period);
  const latest = history[history.length - 1];
  if (!latest) return undefined;
  // Deadline revisions agreed later were not known: the deadline is the one in force then.
  const atPeriod: C = { ...commitment, history, status: latest.status, lastUpdate: lastChange(history) ?? latest.period, ...deadlineAsAt(commitment, period) };
  const end = periodEndDate(period);
  if ('evidence' in commitment) {
    (atPeriod as unknown as CommitmentDetail).evidence = (commitment as unknown as CommitmentDetail).evidence.filter((item) => item.date <= end);
  }
  // Nor was evidence dated after the period.
  if (commitment.evidenceDates) {
    atPeriod.evidenceDates = commitment.evidenceDates.filter((date) => date <= end);
    atPeriod.evidenceCount = atPeriod.evidenceDates.length;
  }
  return atPeriod;
}

/**
 * A commitment's summary (what lists carry): the record without description and evidence, with the
 * evidence's count and dates (so that a list can be taken back to an earlier period).
 */
export function commitmentSummary(commitment: CommitmentDetail | Commitment): Commitment {
  const { description: _description, evidence, ...summary } = commitment as CommitmentDetail;
  if (!evidence) return summary;
  const evidenceDates = evidence.map((item) => item.date).sort();
  return { ...summary, evidenceCount: evidenceDates.length, evidenceDates };
}

export interface ListFilters {
  jurisdiction?: string;
  pillar?: string;
  status?: StatusCode;
}

/** A list as at `period` (default: the list's own period), filtered. */
export function commitmentListAt(list: CommitmentList, period: Period | undefined, filters: ListFilters = {}): CommitmentList {
  const at = period ?? list.period;
  const items: Commitment[] = [];
  for (const commitment of list.items) {
    if (filters.jurisdiction && commitment.jurisdiction !== filters.jurisdiction) continue;
    if (filters.pillar && commitment.pillar !== filters.pillar) continue;
    const atPeriod = at === list.period ? commitment : commitmentAsAt(commitment, at);
    if (!atPeriod || (filters.status && atPeriod.status !== filters.status)) continue;
    items.push(atPeriod);
  }
  return { period: at, total: items.length, items };
}
