/**
 * The data table loaded on demand, for table twins that are not shown by default: the table code
 * (@tanstack/react-table) then stays out of the JavaScript a screen needs for its first paint.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowData } from '@tanstack/react-table';
import type { DataTableProps } from './data-table';

const Table = lazy(async () => ({ default: (await import('./data-table')).DataTable as ComponentType<DataTableProps<RowData>> }));

export function LazyDataTable<T extends RowData>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('table.loading')}</p>}>
      <Table {...(props as unknown as DataTableProps<RowData>)} />
    </Suspense>
  );
}
