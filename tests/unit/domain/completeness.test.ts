import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/api/schemas';
import {
  completenessTable,
  jurisdictionCompleteness,
  lastEndedYear,
  missingItems,
  updateDue,
  type CompletenessCommitment,
} from '../../../src/domain/completeness';

const c = (id: string, jurisdiction: 'AL' | 'RS', history: CompletenessCommitment['history'], evidenceCount = 0): CompletenessCommitment => ({
  id,
  jurisdiction,
  pillar: 'p1',
  title: `Commitment ${id}`,
  history,
  evidenceCount,
});

const commitments: CompletenessCommitment[] = [
  // Reported in 2025-H2 (in progress).
  c('AL-1-01', 'AL', [
    { period: '2025-H1', status: 'not_started' },
    { period: '2025-H2', status: 'in_progress' },
  ]),
  // Carried over in 2025-H2: no update.
  c('AL-1-02', 'AL', [
    { period: '2025-H1', status: 'in_progress' },
    { period: '2025-H2', status: 'in_progress', reported: false },
  ]),
  // Completed in 2025-H1 with evidence: nothing due in 2025-H2.
  c('AL-1-03', 'AL', [
    { period: '2024-H2', status: 'in_progress' },
    { period: '2025-H1', status: 'completed' },
    { period: '2025-H2', status: 'completed' },
  ], 2),
  // Completed in 2025-H2 without evidence.
  c('AL-1-04', 'AL', [
    { period: '2025-H1', status: 'in_progress' },
    { period: '2025-H2', status: 'completed' },
  ]),
  // Added only in 2026-H1.
  c('AL-1-05', 'AL', [{ period: '2026-H1', status: 'not_started' }]),
  // Serbia sent nothing for 2025-H2.
  c('RS-1-01', 'RS', [
    { period: '2025-H1', status: 'in_progress' },
    { period: '2025-H2', status: 'in_progress', reported: false },
  ]),
];

const series = (jurisdiction: 'AL' | 'RS', observations: Indicator['series'][number]['observations']) => ({
  jurisdiction,
  baseline: null,
  target: null,
  observations,
});
const indicators: Pick<Indicator, 'id' | 'name' | 'series'>[] = [
  {
    id: 'str',
    name: 'STRs received',
    series: [
      series('AL', [
        { year: 2023, value: 10, quality: 'reported', source: null },
        { year: 2024, value: 12, quality: 'provisional', source: null },
      ]),
      series('RS', [
        { year: 2023, value: 10, quality: 'reported', source: null },
        { year: 2024, value: null, quality: 'missing', source: null },
      ]),
    ],
  },
  {
    id: 'bo',
    name: 'BO register coverage',
    // Starts in 2025: not due for 2024.
    series: [series('AL', [{ year: 2025, value: 50, quality: 'estimated', source: null }])],
  },
];

describe('lastEndedYear', () => {
  it('is the calendar year before the period starts', () => {
    expect(lastEndedYear('2026-H1')).toBe(2025);
    expect(lastEndedYear('2025-H2')).toBe(2024);
  });
});

describe('updateDue', () => {
  it('is due from the period the commitment was added in while it stays open', () => {
    expect(updateDue(commitments[4]!, '2025-H2')).toBe(false);
    expect(updateDue(commitments[4]!, '2026-H1')).toBe(true);
    expect(updateDue(commitments[2]!, '2025-H1')).toBe(true);
    expect(updateDue(commitments[2]!, '2025-H2')).toBe(false);
  });
});

describe('jurisdictionCompleteness', () => {
  it('counts updates, evidence and values with the exact items missing', () => {
    const al = jurisdictionCompleteness('AL', commitments, indicators, '2025-H2');
    expect(al.updates).toEqual({ done: 2, due: 3, share: 2 / 3 });
    expect(al.missingUpdates.map((x) => x.id)).toEqual(['AL-1-02']);
    expect(al.evidence).toEqual({ done: 1, due: 2, share: 0.5 });
    expect(al.missingEvidence.map((x) => x.id)).toEqual(['AL-1-04']);
    expect(al.values).toEqual({ done: 1, due: 1, share: 1 });
    expect(al.flagged).toEqual([{ indicator: 'str', name: 'STRs received', year: 2024, quality: 'provisional' }]);
    expect(al.reportedNothing).toBe(false);
    expect(missingItems(al).map((item) => [item.kind, item.id, item.path])).toEqual([
      ['updates', 'AL-1-02', '/commitments/AL-1-02'],
      ['evidence', 'AL-1-04', '/commitments/AL-1-04'],
      ['flagged', 'str', '/indicators/str'],
    ]);
  });

  it('says plainly that a jurisdiction with no updates reported nothing, and its missing value is missing', () => {
    const rs = jurisdictionCompleteness('RS', commitments, indicators, '2025-H2');
    expect(rs.updates).toEqual({ done: 0, due: 1, share: 0 });
    expect(rs.reportedNothing).toBe(true);
    expect(rs.missingValues).toEqual([{ indicator: 'str', name: 'STRs received', year: 2024 }]);
    expect(rs.evidence.share).toBeNull();
  });

  it('has nothing due (null shares, not zero) in a period before any commitment started', () => {
    const [al, rs] = completenessTable(['AL', 'RS'], commitments, indicators, '2019-H2');
    for (const row of [al!, rs!]) {
      expect(row.updates).toEqual({ done: 0, due: 0, share: null });
      expect(row.evidence.share).toBeNull();
      expect(row.values).toEqual({ done: 0, due: 0, share: null });
      expect(row.reportedNothing).toBe(false);
      expect(missingItems(row)).toEqual([]);
    }
  });

  it('counts a value estimated for the last ended year among the values given, flagged', () => {
    const al = jurisdictionCompleteness('AL', commitments, indicators, '2026-H1');
    // str has no 2025 observation at all: missing; bo has an estimated one.
    expect(al.values).toEqual({ done: 1, due: 2, share: 0.5 });
    expect(al.missingValues.map((v) => v.indicator)).toEqual(['str']);
    expect(al.flagged.map((v) => [v.indicator, v.quality])).toEqual([['bo', 'estimated']]);
  });
});
