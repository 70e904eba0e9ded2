/** "What changed since the last reporting period": commitments whose status moved between two periods. */
import type { Commitment, JurisdictionCode, Period, StatusCode } from '../api/schemas';
import { JURISDICTION_CODES } from '../api/schemas';
import { statusAt } from './progress';

export interface StatusChange {
  id: string;
  title: string;
  jurisdiction: JurisdictionCode;
  pillar: string;
  /** Status at the end of `from`; null when the commitment was added to the roadmap after `from`. */
  from: StatusCode | null;
  /** Status at the end of `to`. */
  to: StatusCode;
}

/**
 * Commitments whose status at the end of `to` differs from their status at the end of `from`,
 * including those added after `from`. Commitments not yet added by `to` are left out.
 * Sorted by jurisdiction (alphabetical order of the jurisdiction names: Albania, Bosnia and
 * Herzegovina, Kosovo*, Montenegro, North Macedonia, Serbia), then by id in natural order
 * (AL-2-9 before AL-2-10).
 */
export function statusChanges(
  commitments: readonly Pick<Commitment, 'id' | 'title' | 'jurisdiction' | 'pillar' | 'history'>[],
  from: Period,
  to: Period,
): StatusChange[] {
  const out: StatusChange[] = [];
  for (const c of commitments) {
    const after = statusAt(c.history, to);
    if (!after) continue;
    const before = statusAt(c.history, from)?.status ?? null;
    if (before === after.status) continue;
    out.push({ id: c.id, title: c.title, jurisdiction: c.jurisdiction, pillar: c.pillar, from: before, to: after.status });
  }
  const order = (code: JurisdictionCode) => JURISDICTION_CODES.indexOf(code);
  return out.sort(
    (a, b) => order(a.jurisdiction) - order(b.jurisdiction) || a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
}
