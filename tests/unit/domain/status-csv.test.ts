import { describe, expect, it } from 'vitest';
import { statusCsvTable } from '../../../src/domain/status-csv';

const labels = { jurisdiction: 'Jurisdiction', completion: 'Completed share', statusLabel: (code: string) => code.toUpperCase(), overdue: 'Overdue', total: 'Total' };

describe('statusCsvTable', () => {
  it('writes one row per jurisdiction with the share in percent and every status count', () => {
    const table = statusCsvTable(
      [
        { name: 'Kosovo*', completion: 0.4444, counts: { not_started: 1, in_progress: 4, completed: 4, discontinued: 1 }, overdue: 3, total: 10 },
        { name: 'Serbia', completion: null, counts: { not_started: 0, in_progress: 0, completed: 0, discontinued: 0 }, overdue: 0, total: 0 },
      ],
      labels,
    );
    expect(table.columns.map((c) => c.label)).toEqual([
      'Jurisdiction',
      'Completed share (%)',
      'NOT_STARTED',
      'IN_PROGRESS',
      'COMPLETED',
      'DISCONTINUED',
      'Overdue',
      'Total',
    ]);
    expect(table.rows[0]).toEqual({ jurisdiction: 'Kosovo*', completion: 44.4, not_started: 1, in_progress: 4, completed: 4, discontinued: 1, overdue: 3, total: 10 });
    // A share that cannot be computed stays empty, never 0.
    expect(table.rows[1]?.completion).toBeNull();
  });
});
