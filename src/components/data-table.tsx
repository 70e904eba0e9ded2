/**
 * The shared data table: a real <table> with caption, sortable column headers (aria-sort) and
 * pages, built on @tanstack/react-table. Sorting and page live with the caller (usually the URL);
 * the table only orders and slices the rows it is given.
 */
import { formatCount } from '../domain/format';
import {
  createPaginatedRowModel,
  rowPaginationFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberLocale } from './use-number-locale';
import { sortRows, type TableSort } from '../domain/sort';

export interface DataColumn<T> {
  id: string;
  header: ReactNode;
  /** Plain value used for sorting (and usually for CSV). null sorts last. */
  value: (row: T) => string | number | null;
  /** How the cell shows; defaults to the value, with null shown as "—". */
  cell?: (row: T) => ReactNode;
  numeric?: boolean;
  /** The column that names the row (rendered as a row header). */
  rowHeader?: boolean;
  sortable?: boolean;
}

export type { TableSort };

export interface DataTableProps<T> {
  caption: ReactNode;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  sort?: TableSort | null;
  onSortChange?: (sort: TableSort | null) => void;
  /** Rows per page; without it every row shows. */
  pageSize?: number;
  /** Zero-based page index. */
  page?: number;
  onPageChange?: (page: number) => void;
  emptyMessage?: string;
}

const features = tableFeatures({
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const numberLocale = useNumberLocale();
  const captionId = useId();
  const { columns, rows, sort = null, pageSize, page = 0, onPageChange, onSortChange } = props;

  const columnDefs = useMemo(
    () =>
      columns.map(
        (column): ColumnDef<typeof features, T> => ({
          id: column.id,
          accessorFn: (row: T) => column.value(row),
        }),
      ),
    [columns],
  );
  // The rows in the order of domain/sort.ts, the same order a CSV download of this table has.
  const data = useMemo(() => {
    const byId = new Map(columns.map((c) => [c.id, c]));
    return sortRows(rows, sort, (row, id) => byId.get(id)?.value(row) ?? null);
  }, [rows, sort, columns]);
  const size = pageSize ?? Math.max(1, rows.length);
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const pageIndex = Math.min(Math.max(0, page), pageCount - 1);

  const table = useTable({
    features,
    columns: columnDefs,
    data,
    getRowId: (row: T) => props.rowKey(row),
    state: { pagination: { pageIndex, pageSize: size } },
    onPaginationChange: () => undefined,
    autoResetPageIndex: false,
  });

  const visible = table.getRowModel().rows;
  const byId = new Map(columns.map((c) => [c.id, c]));

  function toggleSort(id: string) {
    if (!onSortChange) return;
    if (!sort || sort.id !== id) onSortChange({ id, desc: false });
    else if (!sort.desc) onSortChange({ id, desc: true });
    else onSortChange(null);
  }

  const first = rows.length === 0 ? 0 : pageIndex * size + 1;
  const last = Math.min(rows.length, (pageIndex + 1) * size);

  return (
    <div className="data-table">
      {/* Focusable, so that keyboard users can scroll a table wider than the screen. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table>
          <caption id={captionId}>{props.caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort?.id === column.id;
                const ariaSort = active ? (sort?.desc ? 'descending' : 'ascending') : undefined;
                return (
                  <th key={column.id} scope="col" aria-sort={ariaSort} className={column.numeric ? 'num' : undefined}>
                    {column.sortable !== false && onSortChange ? (
                      <button type="button" className="sort-button" onClick={() => toggleSort(column.id)}>
                        {column.header}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (sort?.desc ? ' ▼' : ' ▲') : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{props.emptyMessage ?? t('table.empty')}</td>
              </tr>
            ) : (
              visible.map((row) => (
                <tr key={row.id}>
                  {row.getAllCells().map((cell) => {
                    const column = byId.get(cell.column.id);
                    if (!column) return null;
                    const value = column.value(row.original);
                    const content = column.cell ? column.cell(row.original) : (value ?? '—');
                    return column.rowHeader ? (
                      <th key={cell.id} scope="row">
                        {content}
                      </th>
                    ) : (
                      <td key={cell.id} className={column.numeric ? 'num' : undefined}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {pageSize !== undefined && rows.length > pageSize && (
        <nav className="pager" aria-label={t('table.pages')}>
          <button type="button" onClick={() => onPageChange?.(pageIndex - 1)} disabled={pageIndex === 0}>
            {t('table.previous')}
          </button>
          <span role="status">{t('table.showing', { first, last, total: formatCount(rows.length, numberLocale) })}</span>
          <button type="button" onClick={() => onPageChange?.(pageIndex + 1)} disabled={pageIndex >= pageCount - 1}>
            {t('table.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
