/**
 * The CSV table behind a "commitments by status" chart: one row per jurisdiction with its completed
 * share (in %, one decimal; empty when nothing counts), the count of each status, overdue and total.
 */
import { STATUS_CODES, type StatusCode, type StatusCounts } from '../api/schemas';
import type { CsvTable } from './csv';

export interface StatusCsvRow {
  name: string;
  completion: number | null;
  counts: StatusCounts;
  overdue: number;
  total: number;
}

export interface StatusCsvLabels {
  jurisdiction: string;
  completion: string;
  statusLabel: (code: StatusCode) => string;
  overdue: string;
  total: string;
}

export function statusCsvTable(rows: readonly StatusCsvRow[], labels: StatusCsvLabels): Pick<CsvTable, 'columns' | 'rows'> {
  return {
    columns: [
      { key: 'jurisdiction', label: labels.jurisdiction },
      { key: 'completion', label: `${labels.completion} (%)` },
      ...STATUS_CODES.map((code) => ({ key: code, label: labels.statusLabel(code) })),
      { key: 'overdue', label: labels.overdue },
      { key: 'total', label: labels.total },
    ],
    rows: rows.map((r) => ({
      jurisdiction: r.name,
      completion: r.completion === null ? null : Math.round(r.completion * 1000) / 10,
      ...r.counts,
      overdue: r.overdue,
      total: r.total,
    })),
  };
}
