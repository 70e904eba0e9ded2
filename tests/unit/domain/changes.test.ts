import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../src/api/schemas';
import { statusChanges } from '../../../src/domain/changes';

type Item = Pick<Commitment, 'id' | 'title' | 'jurisdiction' | 'pillar' | 'history'>;

const item = (id: string, history: Item['history']): Item => ({
  id,
  title: `Commitment ${id}`,
  jurisdiction: id.slice(0, 2) as Item['jurisdiction'],
  pillar: 'asset-recovery',
  history,
});

const commitments: Item[] = [
  item('RS-1-01', [
    { period: '2025-H1', status: 'not_started' },
    { period: '2025-H2', status: 'in_progress' },
  ]),
  item('AL-1-10', [
    { period: '2025-H1', status: 'in_progress' },
    { period: '2025-H2', status: 'completed' },
  ]),
  item('AL-1-02', [
    { period: '2025-H1', status: 'in_progress' },
    { period: '2025-H2', status: 'discontinued' },
  ]),
  // Unchanged.
  item('ME-2-01', [
    { period: '2025-H1', status: 'in_progress' },
    { period: '2025-H2', status: 'in_progress' },
  ]),
  // Added in 2025-H2.
  item('XK-3-01', [{ period: '2025-H2', status: 'not_started' }]),
  // Added after the `to` period: not shown.
  item('BA-1-01', [{ period: '2026-H1', status: 'not_started' }]),
  // No entry in `to`, status carried over from earlier: unchanged.
  item('MK-1-01', [{ period: '2024-H2', status: 'in_progress' }]),
];

describe('statusChanges', () => {
  const changes = statusChanges(commitments, '2025-H1', '2025-H2');

  it('lists changed and newly added commitments only', () => {
    expect(changes.map((c) => c.id)).toEqual(['AL-1-02', 'AL-1-10', 'XK-3-01', 'RS-1-01']);
  });

  it('sorts by jurisdiction (alphabetical by name: Kosovo* before Serbia) then id in natural order', () => {
    expect(changes.map((c) => c.jurisdiction)).toEqual(['AL', 'AL', 'XK', 'RS']);
  });

  it('gives the status before and after', () => {
    expect(changes[1]).toEqual({
      id: 'AL-1-10',
      title: 'Commitment AL-1-10',
      jurisdiction: 'AL',
      pillar: 'asset-recovery',
      from: 'in_progress',
      to: 'completed',
    });
  });

  it('gives from: null for commitments added after the first period', () => {
    expect(changes.find((c) => c.id === 'XK-3-01')).toMatchObject({ from: null, to: 'not_started' });
  });

  it('compares across several periods using the status at each end', () => {
    const later = statusChanges(commitments, '2024-H2', '2026-H1');
    expect(later.map((c) => c.id)).toEqual(['AL-1-02', 'AL-1-10', 'BA-1-01', 'XK-3-01', 'ME-2-01', 'RS-1-01']);
  });

  it('is empty when both periods are the same', () => {
    expect(statusChanges(commitments, '2025-H2', '2025-H2')).toEqual([]);
  });

  it('handles unsorted histories', () => {
    const result = statusChanges(
      [item('AL-9-01', [{ period: '2025-H2', status: 'completed' }, { period: '2025-H1', status: 'in_progress' }])],
      '2025-H1',
      '2025-H2',
    );
    expect(result).toMatchObject([{ from: 'in_progress', to: 'completed' }]);
  });

  it('is empty for no commitments', () => {
    expect(statusChanges([], '2025-H1', '2025-H2')).toEqual([]);
  });
});
