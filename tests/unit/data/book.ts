/** A small valid workbook as plain rows, for the checker's unit tests (no files involved). */
import type { CellValue } from '../../../scripts/data/cells';
import type { RawBook, RawCell, RawSheet } from '../../../scripts/data/read';

export type Grid = Record<string, CellValue[][]>;

export function validGrid(): Grid {
  return {
    roadmap: [
      ['title', 'description', 'as of', 'first period', 'as-of period', 'data status', 'source'],
      ['Test roadmap', 'A test', '2026-07-31', '2025-H1', '2026-H1', 'official', 'Test secretariat'],
    ],
    pillars: [
      ['id', 'number', 'name', 'short name', 'description', 'reference'],
      ['financial-intelligence', 2, 'Financial intelligence', 'FI', '', 'FATF IO.6'],
    ],
    jurisdictions: [
      ['code', 'name', 'designation footnote'],
      ['AL', 'Albania', ''],
      ['RS', 'Serbia', ''],
    ],
    institutions: [
      ['id', 'jurisdiction', 'name', 'kind'],
      ['al-fiu', 'AL', 'Albanian FIU', 'fiu'],
      ['rs-fiu', 'RS', 'Serbian FIU', 'fiu'],
    ],
    commitments: [
      ['id', 'jurisdiction', 'pillar', 'title', 'description', 'responsible institution', 'start', 'deadline'],
      ['AL-2-01', 'AL', 'financial-intelligence', 'Publish STR statistics', 'Yearly', 'al-fiu', '2025-01-01', '2026-12-31'],
      ['RS-2-01', 'RS', 'financial-intelligence', 'Train reporting entities', '', 'rs-fiu', '', '2026-06-30'],
    ],
    'status updates': [
      ['commitment', 'period', 'status', 'date', 'note', 'evidence links'],
      ['AL-2-01', '2025-H1', 'not_started', '', '', ''],
      ['AL-2-01', '2025-H2', 'in_progress', '2026-01-10', 'Draft ready', 'https://example.org/a'],
      ['RS-2-01', '2025-H2', 'completed', '', '', ''],
    ],
    indicators: [
      ['id', 'pillar', 'name', 'description', 'unit', 'direction', 'baseline', 'target', 'source'],
      ['str-received', 'financial-intelligence', 'STRs received', '', 'reports', 'higher', 2024, 2027, 'FIU reports'],
    ],
    targets: [
      ['indicator', 'jurisdiction', 'target'],
      ['str-received', 'AL', 900],
    ],
    observations: [
      ['indicator', 'jurisdiction', 'year', 'value', 'quality', 'source', 'note'],
      ['str-received', 'AL', 2024, 700, 'reported', 'FIU', ''],
      ['str-received', 'AL', 2025, 'n/a', '', '', ''],
      ['str-received', 'RS', 2024, '1,250.5', 'estimated', 'FIU', ''],
    ],
  };
}

const cell = (value: CellValue | RawCell): RawCell =>
  value !== null && typeof value === 'object' && !(value instanceof Date) ? (value as RawCell) : { value: value as CellValue };

/** A RawBook from a grid; a cell may be a RawCell (formulas, errors). */
export function bookOf(grid: Record<string, (CellValue | RawCell)[][]>, kind: RawBook['kind'] = 'xlsx'): RawBook {
  const sheets: RawSheet[] = Object.entries(grid).map(([name, rows]) => ({
    name,
    file: 'test.xlsx',
    rows: rows.map((cells, i) => ({ row: i + 1, cells: cells.map(cell) })),
  }));
  return { name: 'test.xlsx', kind, sha256: 'a'.repeat(64), bytes: 1, sheets };
}
