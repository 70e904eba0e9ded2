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

type AnyTable = ComponentType<DataTableProps<RowData>>;

let loaded: AnyTable | null = null;
let loading: Promise<{ default: AnyTable }> | null = null;

function loadTable(): Promise<{ default: AnyTable }> {
  loading ??= import('./data-table').then((module) => {
    loaded = module.DataTable as AnyTable;
    return { default: loaded };
  });
  return loading;
}

const Table = lazy(loadTable);

export function LazyDataTable<T extends RowData>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const wanted = usePainted();
  const fallback = <p role="status">{t('table.loading')}</p>;
  if (loaded) {
    const Loaded = loaded;
    return <Loaded {...(props as unknown as DataTableProps<RowData>)} />;
  }
  if (!wanted && loading === null) return fallback;
  return (
    <Suspense fallback={fallback}>
      <Table {...(props as unknown as DataTableProps<RowData>)} />
    </Suspense>
  );
}
