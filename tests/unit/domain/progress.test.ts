import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../../../src/api/schemas';
import {
  CLOSED_STATUSES,
  commitmentsAt,
  completionShare,
  emptyCounts,
  isDueNextPeriod,
  isOverdue,
  lastChangeAt,
  progressByJurisdiction,
  progressByJurisdictionAndPillar,
  statusAt,
  summarise,
} from '../../../src/domain/progress';

const history: StatusEntry[] = [
  { period: '2020-H1', status: 'not_started' },
  { period: '2020-H2', status: 'not_started' },
  { period: '2021-H1', status: 'in_progress' },
  { period: '2021-H2', status: 'in_progress' },
  { period: '2022-H1', status: 'completed' },
];

describe('statusAt', () => {
  it('is undefined before the first entry (not yet added)', () => {
    expect(statusAt(history, '2019-H2')).toBeUndefined();
    expect(statusAt([], '2026-H1')).toBeUndefined();
  });
  it('takes the entry of the period itself', () => {
    expect(statusAt(history, '2021-H1')?.status).toBe('in_progress');
  });
  it('takes the latest earlier entry between entries', () => {
    const sparse: StatusEntry[] = [
      { period: '2020-H1', status: 'not_started' },
      { period: '2022-H1', status: 'completed' },
    ];
    expect(statusAt(sparse, '2021-H2')).toEqual({ period: '2020-H1', status: 'not_started' });
  });
  it('keeps the last status after the last entry', () => {
    expect(statusAt(history, '2030-H2')?.status).toBe('completed');
  });
  it('does not depend on the order of the history', () => {
    const shuffled = [history[4], history[0], history[2], history[1], history[3]] as StatusEntry[];
    expect(statusAt(shuffled, '2021-H2')).toEqual(history[3]);
    expect(statusAt(shuffled, '2022-H1')).toEqual(history[4]);
    expect(statusAt(shuffled, '2020-H1')).toEqual(history[0]);
  });
});

describe('lastChangeAt', () => {
  it('is the period of the most recent change at or before the period', () => {
    expect(lastChangeAt(history, '2021-H2')).toBe('2021-H1');
    expect(lastChangeAt(history, '2022-H1')).toBe('2022-H1');
    expect(lastChangeAt(history, '2026-H1')).toBe('2022-H1');
  });
  it('is the first period when the status never changed', () => {
    expect(lastChangeAt(history, '2020-H2')).toBe('2020-H1');
  });
  it('is undefined before the commitment was added', () => {
    expect(lastChangeAt(history, '2019-H2')).toBeUndefined();
  });
  it('sorts the history first', () => {
    expect(lastChangeAt([...history].reverse(), '2021-H2')).toBe('2021-H1');
  });
});

describe('isOverdue', () => {
  it('is overdue when the deadline is the last day of the period itself', () => {
    expect(isOverdue('2026-06-30', 'in_progress', '2026-H1')).toBe(true);
  });
  it('is overdue when the deadline was earlier', () => {
    expect(isOverdue('2025-01-15', 'not_started', '2026-H1')).toBe(true);
  });
  it('is not overdue when the deadline is the day after the period end', () => {
    expect(isOverdue('2026-07-01', 'in_progress', '2026-H1')).toBe(false);
  });
  it('never counts closed commitments as overdue', () => {
    for (const status of CLOSED_STATUSES) expect(isOverdue('2020-01-01', status, '2026-H1')).toBe(false);
  });
});

describe('isDueNextPeriod', () => {
  it('includes deadlines from the day after the period end to the end of the next period', () => {
    expect(isDueNextPeriod('2026-07-01', 'in_progress', '2026-H1')).toBe(true);
    expect(isDueNextPeriod('2026-12-31', 'not_started', '2026-H1')).toBe(true);
  });
  it('excludes the period end itself (already overdue) and later deadlines', () => {
    expect(isDueNextPeriod('2026-06-30', 'in_progress', '2026-H1')).toBe(false);
    expect(isDueNextPeriod('2027-01-01', 'in_progress', '2026-H1')).toBe(false);
  });
  it('crosses the year boundary', () => {
    expect(isDueNextPeriod('2027-06-30', 'in_progress', '2026-H2')).toBe(true);
    expect(isDueNextPeriod('2026-12-31', 'in_progress', '2026-H2')).toBe(false);
  });
  it('excludes closed commitments', () => {
    expect(isDueNextPeriod('2026-07-01', 'completed', '2026-H1')).toBe(false);
    expect(isDueNextPeriod('2026-07-01', 'discontinued', '2026-H1')).toBe(false);
  });
});

describe('completionShare', () => {
  it('leaves discontinued commitments out', () => {
    expect(completionShare({ not_started: 1, in_progress: 1, completed: 2, discontinued: 4 })).toBe(0.5);
  });
  it('is null when nothing counts', () => {
    expect(completionShare(emptyCounts())).toBeNull();
    expect(completionShare({ not_started: 0, in_progress: 0, completed: 0, discontinued: 3 })).toBeNull();
  });
  it('is 0 (not null) when commitments count but none is completed', () => {
    expect(completionShare({ not_started: 2, in_progress: 0, completed: 0, discontinued: 0 })).toBe(0);
  });
  it('is 1 when every counted commitment is completed', () => {
    expect(completionShare({ not_started: 0, in_progress: 0, completed: 3, discontinued: 1 })).toBe(1);
  });
});

describe('summarise', () => {
  it('counts statuses, overdue, due next and completion', () => {
    const result = summarise(
      [
        { deadline: '2025-12-31', status: 'in_progress' }, // overdue
        { deadline: '2026-06-30', status: 'not_started' }, // overdue (deadline day)
        { deadline: '2026-07-01', status: 'not_started' }, // due next (first day after the period)
        { deadline: '2026-12-31', status: 'in_progress' }, // due next (last day of the next period)
        { deadline: '2027-01-01', status: 'in_progress' }, // later
        { deadline: '2026-09-01', status: 'completed' }, // closed: neither overdue nor due
        { deadline: '2020-01-01', status: 'discontinued' },
      ],
      '2026-H1',
    );
    expect(result).toEqual({
      total: 7,
      counts: { not_started: 2, in_progress: 3, completed: 1, discontinued: 1 },
      overdue: 2,
      dueNext: 2,
      completion: 1 / 6,
    });
  });
  it('gives zero counts and null completion for an empty group', () => {
    expect(summarise([], '2026-H1')).toEqual({ total: 0, counts: emptyCounts(), overdue: 0, dueNext: 0, completion: null });
  });
});

describe('commitmentsAt and progressByJurisdiction', () => {
  const commitments = [
    { jurisdiction: 'AL' as const, pillar: 'p1', deadline: '2025-12-31', history: [{ period: '2020-H1', status: 'completed' as const }] },
    { jurisdiction: 'AL' as const, pillar: 'p2', deadline: '2025-12-31', history: [{ period: '2020-H1', status: 'in_progress' as const }] },
    // Added later: not counted before 2024-H1.
    { jurisdiction: 'RS' as const, pillar: 'p1', deadline: '2027-12-31', history: [{ period: '2024-H1', status: 'not_started' as const }] },
  ];

  it('leaves out commitments not yet added', () => {
    expect(commitmentsAt(commitments, '2023-H2')).toHaveLength(2);
    expect(commitmentsAt(commitments, '2024-H1')).toHaveLength(3);
    expect(commitmentsAt(commitments, '2019-H2')).toEqual([]);
  });

  it('uses the status reported for the period', () => {
    expect(commitmentsAt(commitments, '2024-H1').map((c) => c.status)).toEqual(['completed', 'in_progress', 'not_started']);
  });

  it('returns one cell per jurisdiction in the order given, empty ones included', () => {
    const cells = progressByJurisdiction(commitmentsAt(commitments, '2023-H2'), ['RS', 'BA', 'AL'], '2023-H2');
    expect(cells.map((c) => c.jurisdiction)).toEqual(['RS', 'BA', 'AL']);
    expect(cells.every((c) => c.pillar === null)).toBe(true);
    expect(cells[0]).toMatchObject({ total: 0, completion: null });
    expect(cells[2]).toMatchObject({ total: 2, completion: 0.5, overdue: 0 });
  });

  it('counts overdue at the period', () => {
    const cells = progressByJurisdiction(commitmentsAt(commitments, '2026-H1'), ['AL', 'RS'], '2026-H1');
    expect(cells[0]).toMatchObject({ total: 2, overdue: 1 });
    expect(cells[1]).toMatchObject({ total: 1, overdue: 0, completion: 0 });
  });

  it('builds jurisdiction x pillar cells, jurisdictions outer', () => {
    const cells = progressByJurisdictionAndPillar(commitmentsAt(commitments, '2024-H1'), ['AL', 'RS'], ['p1', 'p2'], '2024-H1');
    expect(cells.map((c) => `${c.jurisdiction}/${c.pillar}/${c.total}`)).toEqual(['AL/p1/1', 'AL/p2/1', 'RS/p1/1', 'RS/p2/0']);
  });
});
