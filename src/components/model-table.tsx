/**
 * A chart model's table, in the shared data table: sort from the URL (the table's `sortParam`),
 * links that keep the period and scenario, status and progress badges. The CSV download orders its
 * rows with the same sort (domain/sort.ts).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ModelRow, ModelTable as Table } from '../domain/charts/model';
import { linkTo } from '../domain/links';
import type { DataColumn } from './data-table';
import { IndicatorCategory } from './indicator-category';
import { LazyDataTable } from './lazy-data-table';
import { StatusBadge } from './status-badge';
import { useSortParam } from './url-state';

function CellContent({ row, id, search }: { row: ModelRow; id: string; search: URLSearchParams }) {
  const cell = row.cells[id];
  if (!cell) return null;
  if (cell.category) return <IndicatorCategory category={cell.category} />;
  if (cell.href) {
    return (
      <Link to={linkTo(cell.href, search)} lang={cell.lang}>
        {cell.text}
      </Link>
    );
  }
  return cell.lang ? <span lang={cell.lang}>{cell.text}</span> : <>{cell.text}</>;
}

export function ModelTable({ table }: { table: Table }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const sortable = table.sortParam !== undefined;
  const allowed = useMemo(() => (table.sortParam ? table.columns.filter((c) => c.sortable !== false).map((c) => c.id) : []), [table]);
  const { sort, setSort, invalid } = useSortParam(allowed, table.sortParam ?? 'sort');
  const columns = useMemo(
    (): DataColumn<ModelRow>[] =>
      table.columns.map((column) => ({
        id: column.id,
        header: column.status ? (
          <StatusBadge status={column.status} />
        ) : column.href && !(sortable && column.sortable !== false) ? (
          // A sortable header is a button already: a link inside it would nest two controls.
          <Link to={linkTo(column.href, search)} lang={column.lang}>
            {column.header}
          </Link>
        ) : column.lang ? (
          <span lang={column.lang}>{column.header}</span>
        ) : (
          column.header
        ),
        numeric: column.numeric,
        rowHeader: column.rowHeader,
        sortable: column.sortable,
        value: (row) => row.cells[column.id]?.value ?? null,
        cell: (row) => <CellContent row={row} id={column.id} search={search} />,
      })),
    [table, search, sortable],
  );
  return (
    <>
      {sortable && invalid !== null && (
        <p className="notice" role="status">
          {t('table.sortInvalid', { value: invalid })}
        </p>
      )}
      <LazyDataTable
        caption={table.caption}
        columns={columns}
        rows={table.rows}
        rowKey={(row) => row.key}
        sort={sortable ? sort : null}
        onSortChange={sortable ? setSort : undefined}
      />
    </>
  );
}
