import { useTranslation } from 'react-i18next';
import type { Period } from '../../api/schemas';
import { periodLabel } from '../../domain/format';
import { nextPeriod } from '../../domain/periods';
import type { OverviewRow } from './overview-data';

interface Figure {
  key: string;
  label: string;
  value: string;
  detail?: string;
}

/** Headline counts at the end of the selected period: commitments, completed, overdue, due in the next six months. */
export function Headline({ rows, period }: { rows: readonly OverviewRow[]; period: Period }) {
  const { t } = useTranslation();
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const completed = rows.reduce((sum, r) => sum + r.counts.completed, 0);
  const overdue = rows.reduce((sum, r) => sum + r.overdue, 0);
  const dueNext = rows.reduce((sum, r) => sum + r.dueNext, 0);

  const figures: Figure[] = [
    { key: 'total', label: t('overview.headline.total'), value: total.toLocaleString('en') },
    { key: 'completed', label: t('overview.headline.completed'), value: completed.toLocaleString('en') },
    { key: 'overdue', label: t('overview.headline.overdue'), value: overdue.toLocaleString('en') },
    {
      key: 'due-next',
      label: t('overview.headline.dueNext'),
      value: dueNext.toLocaleString('en'),
      detail: t('overview.headline.dueNextDetail', { period: periodLabel(nextPeriod(period)) }),
    },
  ];

  return (
    <>
      <h2 className="visually-hidden">{t('overview.headline.label', { period: periodLabel(period) })}</h2>
      <dl className="headline">
        {figures.map((f) => (
          <div key={f.key} className="headline-figure">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
            {f.detail && <dd className="headline-detail">{f.detail}</dd>}
          </div>
        ))}
      </dl>
    </>
  );
}
