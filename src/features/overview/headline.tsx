import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentList, Period } from '../../api/schemas';
import { QueryErrorAlert } from '../../components/query-state';
import { MISSING, periodLabel } from '../../domain/format';
import { countDueNext } from '../../domain/overview-progress';
import { nextPeriod } from '../../domain/periods';
import type { OverviewRow } from './overview-data';

interface Figure {
  key: string;
  label: string;
  value: string;
  detail?: string;
  busy?: boolean;
}

/** Headline counts at the end of the selected period: commitments, completed, overdue, due in the next six months. */
export function Headline({ rows, commitments, period }: { rows: readonly OverviewRow[]; commitments: UseQueryResult<CommitmentList>; period: Period }) {
  const { t } = useTranslation();
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const completed = rows.reduce((sum, r) => sum + r.counts.completed, 0);
  const overdue = rows.reduce((sum, r) => sum + r.overdue, 0);
  const items = commitments.data?.items;
  const dueNext = useMemo(() => (items ? countDueNext(items, period) : null), [items, period]);

  const figures: Figure[] = [
    { key: 'total', label: t('overview.headline.total'), value: total.toLocaleString('en') },
    { key: 'completed', label: t('overview.headline.completed'), value: completed.toLocaleString('en') },
    { key: 'overdue', label: t('overview.headline.overdue'), value: overdue.toLocaleString('en') },
    {
      key: 'due-next',
      label: t('overview.headline.dueNext'),
      value: dueNext === null ? (commitments.isPending ? '…' : MISSING) : dueNext.toLocaleString('en'),
      detail: t('overview.headline.dueNextDetail', { period: periodLabel(nextPeriod(period)) }),
      busy: commitments.isPending,
    },
  ];

  return (
    <>
      <h2 className="visually-hidden">{t('overview.headline.label', { period: periodLabel(period) })}</h2>
      <dl className="headline">
        {figures.map((f) => (
          <div key={f.key} className="headline-figure">
            <dt>{f.label}</dt>
            <dd aria-busy={f.busy || undefined}>
              {f.busy ? (
                <>
                  <span aria-hidden="true">{f.value}</span>
                  <span className="visually-hidden">{t('overview.headline.loading')}</span>
                </>
              ) : (
                f.value
              )}
            </dd>
            {f.detail && <dd className="headline-detail">{f.detail}</dd>}
          </div>
        ))}
      </dl>
      {commitments.isError && commitments.data === undefined && (
        <QueryErrorAlert
          error={commitments.error}
          what={t('what.commitments')}
          onRetry={() => void commitments.refetch()}
          retrying={commitments.isFetching}
        />
      )}
    </>
  );
}
