import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../src/api/schemas';
import {
  commitmentRows,
  filterCommitmentRows,
  isFiltered,
  NO_COMMITMENT_FILTER,
  searchKey,
  searchTerms,
  sortCommitmentRows,
} from '../../../src/domain/jurisdiction-commitments';

type Item = Pick<Commitment, 'id' | 'title' | 'pillar' | 'institution' | 'deadline' | 'lastUpdate' | 'history'>;

const PILLARS = ['aml-framework', 'financial-intelligence', 'asset-recovery'];

const items: Item[] = [
  {
    id: 'AL-1-10',
    title: 'Adopt the national risk assessment',
    pillar: 'aml-framework',
    institution: 'Ministry of Finance',
    deadline: '2025-03-31',
    lastUpdate: '2025-H2',
    history: [
      { period: '2025-H1', status: 'not_started' },
      { period: '2025-H2', status: 'in_progress' },
    ],
  },
  {
    id: 'AL-1-9',
    title: 'Publish the Agjencia’s Çertifikatë register',
    pillar: 'aml-framework',
    institution: 'Drejtoria e Përgjithshme',
    deadline: '2026-12-31',
    lastUpdate: '2025-H1',
    history: [{ period: '2025-H1', status: 'completed' }],
  },
  {
    id: 'AL-5-01',
    title: 'Set up an asset management office',
    pillar: 'asset-recovery',
    institution: 'Ministry of Justice',
    deadline: '2025-03-31',
    lastUpdate: '2025-H2',
    history: [{ period: '2025-H2', status: 'not_started' }],
  },
  {
    id: 'AL-2-01',
    title: 'Extend STR reporting',
    pillar: 'financial-intelligence',
    institution: 'Financial Intelligence Unit',
    deadline: '2024-06-30',
    lastUpdate: '2025-H1',
    history: [
      { period: '2024-H1', status: 'in_progress' },
      { period: '2025-H1', status: 'discontinued' },
    ],
  },
];

describe('commitmentRows', () => {
  it('takes the status at the period, marks overdue and leaves out commitments not yet added', () => {
    const rows = commitmentRows(items, '2025-H1', PILLARS);
    expect(rows.map((r) => [r.id, r.status, r.overdue])).toEqual([
      ['AL-1-10', 'not_started', true],
      ['AL-1-9', 'completed', false],
      ['AL-2-01', 'discontinued', false],
    ]);
    expect(rows[2]?.pillarOrder).toBe(1);
  });

  it('builds search text without case or accents', () => {
    const [, row] = commitmentRows(items, '2025-H2', PILLARS);
    expect(row?.searchText).toContain('agjencia’s certifikate');
    expect(row?.searchText).toContain('drejtoria e pergjithshme');
    expect(searchKey('ÇĐŠ')).toBe('cđs');
  });
});

describe('filterCommitmentRows', () => {
  const rows = commitmentRows(items, '2025-H2', PILLARS);
  const ids = (filter: Partial<typeof NO_COMMITMENT_FILTER>) =>
    filterCommitmentRows(rows, { ...NO_COMMITMENT_FILTER, ...filter }).map((r) => r.id);

  it('returns the same array when nothing filters', () => {
    expect(filterCommitmentRows(rows, NO_COMMITMENT_FILTER)).toBe(rows);
    expect(filterCommitmentRows(rows, { ...NO_COMMITMENT_FILTER, query: '   ' })).toBe(rows);
    expect(isFiltered(NO_COMMITMENT_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_COMMITMENT_FILTER, overdueOnly: true })).toBe(true);
  });

  it('filters by pillar, status, overdue and search, combined', () => {
    expect(ids({ pillar: 'aml-framework' })).toEqual(['AL-1-10', 'AL-1-9']);
    expect(ids({ status: 'not_started' })).toEqual(['AL-5-01']);
    expect(ids({ overdueOnly: true })).toEqual(['AL-1-10', 'AL-5-01']);
    expect(ids({ overdueOnly: true, pillar: 'aml-framework' })).toEqual(['AL-1-10']);
    expect(ids({ overdueOnly: true, status: 'completed' })).toEqual([]);
  });

  it('searches id, title and institution; every word must match, accents and case ignored', () => {
    expect(ids({ query: 'ministry' })).toEqual(['AL-1-10', 'AL-5-01']);
    expect(ids({ query: 'MINISTRY justice' })).toEqual(['AL-5-01']);
    expect(ids({ query: 'al-2-01' })).toEqual(['AL-2-01']);
    expect(ids({ query: 'certifikatë' })).toEqual(['AL-1-9']);
    expect(ids({ query: 'nothing like this' })).toEqual([]);
    expect(searchTerms('  a  B ')).toEqual(['a', 'b']);
  });
});

describe('sortCommitmentRows', () => {
  const rows = commitmentRows(items, '2025-H2', PILLARS);
  const order = (id: Parameters<typeof sortCommitmentRows>[1]['id'], desc = false) => sortCommitmentRows(rows, { id, desc }).map((r) => r.id);

  it('sorts ids in natural order', () => {
    expect(order('id')).toEqual(['AL-1-9', 'AL-1-10', 'AL-2-01', 'AL-5-01']);
  });

  it('keeps the original order of equal rows in both directions', () => {
    expect(order('deadline')).toEqual(['AL-2-01', 'AL-1-10', 'AL-5-01', 'AL-1-9']);
    expect(order('deadline', true)).toEqual(['AL-1-9', 'AL-1-10', 'AL-5-01', 'AL-2-01']);
  });

  it('sorts statuses in vocabulary order, pillars in roadmap order and overdue as a flag', () => {
    expect(order('status')).toEqual(['AL-5-01', 'AL-1-10', 'AL-1-9', 'AL-2-01']);
    expect(order('pillar')).toEqual(['AL-1-10', 'AL-1-9', 'AL-2-01', 'AL-5-01']);
    expect(order('overdue', true).slice(0, 2)).toEqual(['AL-1-10', 'AL-5-01']);
  });

  it('does not change its input', () => {
    const before = rows.map((r) => r.id);
    sortCommitmentRows(rows, { id: 'title', desc: true });
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});
