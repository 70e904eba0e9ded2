/**
 * What the illustrative dataset adds to each commitment and indicator after it is built, derived from
 * the item's id alone (seeded), so that the rest of the dataset stays exactly as it was:
 * - framework references (refs) plausible for the pillar (frameworks.ts);
 * - a deadline history: about one commitment in ten has its deadline moved once or twice, each
 *   revision agreed in a period while the commitment was open, with a reason;
 * - reporting gaps: a few periods without a status update (the previous status carries over,
 *   `reported: false`), one jurisdiction that reported nothing for the as-of period, and a few
 *   completed commitments whose evidence was never sent.
 */
import type { CommitmentDetail, DeadlineRevision, Indicator, Period, StatusCode, StatusEntry } from '../../src/api/schemas';
import { periodEnd, periodIndex, periodOfDate } from '../../src/domain/periods';
import { CLOSED_STATUSES, lastChangeAt } from '../../src/domain/progress';
import { inVocabularyOrder, PILLAR_TAGS } from './frameworks';
import { createRng, type Rng } from './random';
import { AS_OF_PERIOD } from './roadmap';

/** The jurisdiction that sent no status update for the as-of period (illustrative). */
export const SILENT_REPORT = { jurisdiction: 'BA', period: AS_OF_PERIOD } as const;

/** Share of commitments whose deadline moves, and of open periods without an update. */
const MOVED_SHARE = 0.11;
const GAP_SHARE = 0.05;
const NO_EVIDENCE_SHARE = 0.1;

const REASONS: readonly string[] = [
  'Extended after the draft law was returned by parliament for revision',
  'Extended to align with the revised national strategy',
  'Extended: funding from the EU-funded project was delayed',
  'Extended after early elections delayed adoption',
  'Rescheduled to follow the MONEYVAL on-site visit',
  'Extended at the request of the responsible institution, agreed at the coordination meeting',
];

function refsFor(rng: Rng, pillar: string): string[] {
  const tags = PILLAR_TAGS[pillar];
  if (!tags) return [];
  const extra = rng.shuffle(tags.pool).slice(0, rng.int(1, 3));
  return inVocabularyOrder([...tags.core, ...extra]);
}

/** Last day of the calendar quarter `quarters` after the one that contains `isoDate`. */
function quarterEndAfter(isoDate: string, quarters: number): string {
  const index = Number(isoDate.slice(0, 4)) * 4 + Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + quarters;
  return `${Math.floor(index / 4)}-${['03-31', '06-30', '09-30', '12-31'][index % 4]}`;
}

function periodAt(index: number): Period {
  return `${Math.floor(index / 2)}-H${index % 2 === 0 ? 1 : 2}`;
}

/**
 * Revisions agreed while the commitment was open, around the time the deadline in force came
 * near, each to a later date; none when the commitment gives no room for one.
 */
function revisionsFor(rng: Rng, c: CommitmentDetail): DeadlineRevision[] {
  if (!rng.chance(MOVED_SHARE)) return [];
  const first = c.history[0];
  if (!first) return [];
  const closed = c.history.find((entry) => CLOSED_STATUSES.has(entry.status));
  const lo = periodIndex(first.period) + 1;
  const hi = Math.min(periodIndex(AS_OF_PERIOD), closed ? periodIndex(closed.period) - 1 : Number.POSITIVE_INFINITY);
  const wanted = rng.chance(0.3) ? 2 : 1;
  const out: DeadlineRevision[] = [];
  let deadline = c.deadline;
  let from = lo;
  for (let n = 0; n < wanted; n += 1) {
    const near = periodIndex(periodOfDate(deadline)) + rng.int(-2, 0);
    const at = Math.min(hi, Math.max(from, near));
    if (at < from || at > hi) break;
    const period = periodAt(at);
    let next = quarterEndAfter(deadline, rng.int(2, 6));
    while (next <= periodEnd(period)) next = quarterEndAfter(next, 2);
    out.push({ period, deadline: next, reason: rng.pick(REASONS) });
    deadline = next;
    from = at + 1;
  }
  return out;
}

/** History with reporting gaps: unchanged open periods now and then, and the silent jurisdiction's as-of period. */
function historyWithGaps(rng: Rng, c: CommitmentDetail): StatusEntry[] {
  let previous: StatusCode | null = null;
  return c.history.map((entry) => {
    const before = previous;
    previous = entry.status;
    if (before === null || CLOSED_STATUSES.has(before)) return entry;
    const silent = c.jurisdiction === SILENT_REPORT.jurisdiction && entry.period === SILENT_REPORT.period;
    if (silent) {
      // Nothing reported: the status at the end of the period is the previous one, carried over.
      previous = before;
      return { period: entry.period, status: before, reported: false };
    }
    if (entry.status === before && !entry.note && rng.chance(GAP_SHARE)) return { ...entry, reported: false };
    return entry;
  });
}

/** A built commitment with its refs, deadline history and reporting gaps. */
export function annotateCommitment(c: CommitmentDetail): CommitmentDetail {
  const rng = createRng(`follow:${c.id}`);
  const refs = refsFor(rng, c.pillar);
  const revisions = revisionsFor(rng, c);
  const history = historyWithGaps(rng, c);
  const latest = history[history.length - 1];
  // Only evidence whose texts other commitments share (laws, reports, statistics), so the dataset's texts stay the same.
  const dropEvidence = latest?.status === 'completed' && c.evidence.every((e) => e.kind !== 'decision') && rng.chance(NO_EVIDENCE_SHARE);
  return {
    ...c,
    evidence: dropEvidence ? [] : c.evidence,
    deadline: revisions[revisions.length - 1]?.deadline ?? c.deadline,
    deadlineHistory: { original: c.deadline, revisions },
    refs,
    history,
    status: latest?.status ?? c.status,
    lastUpdate: (latest && lastChangeAt(history, latest.period)) ?? c.lastUpdate,
  };
}

/** A built indicator with its refs. */
export function annotateIndicator(indicator: Indicator): Indicator {
  return { ...indicator, refs: refsFor(createRng(`follow:${indicator.id}`), indicator.pillar) };
}
