/**
 * The data table, loaded on demand: the table code (@tanstack/react-table, about 11 KB compressed)
 * stays out of the JavaScript a screen needs for its first paint.
 *
 * The first table on a page asks for that code only once the page has painted, so that it never
 * competes with the screen's own code and data for a slow connection before the headline is
 * shown (on a phone the tables start below the fold). Until it arrives, each table says it is
 * loading. Later tables, and tables on later screens, render at once.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowData } from '@tanstack/react-table';
import { usePainted } from './after-paint';
import type { DataTableProps } from './data-table';

const Table = lazy(async () => ({ default: (await import('./data-table')).DataTable as ComponentType<DataTableProps<RowData>> }));

export function LazyDataTable<T extends RowData>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const painted = usePainted();
  const fallback = <p role="status">{t('table.loading')}</p>;
  // Once its code has arrived, the lazy table renders at once, without the fallback.
  if (!painted) return fallback;
  return (
    <Suspense fallback={fallback}>
      <Table {...(props as unknown as DataTableProps<RowData>)} />
    </Suspense>
  );
}
