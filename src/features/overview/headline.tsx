import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelContext } from '../../components/chart/model-context';
import { jurisdictionStatusRows } from '../../domain/charts/status-rows';
import { formatCount } from '../../domain/format';
import { regionTotals } from '../../domain/overview-progress';
import { nextPeriod } from '../../domain/periods';
import type { SectionProps } from './status-section';
import { usePeriodLabel } from '../../components/period-label';

interface Figure {
  key: string;
  label: string;
  value: string;
  detail?: string;
}

/**
 * Headline counts at the end of the selected period: commitments, completed, overdue, due in the
 * next six months, summed over the jurisdictions the status chart shows (its own rows).
 */
export function Headline({ progress, jurisdictions, period }: Omit<SectionProps, 'roadmap'>) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const ctx = useModelContext();
  const totals = useMemo(() => {
    const shown = jurisdictionStatusRows(progress.byJurisdiction, jurisdictions, ctx).map((row) => row.key);
    return regionTotals(progress.byJurisdiction, shown);
  }, [progress, jurisdictions, ctx]);
  const count = (value: number) => formatCount(value, ctx.locale);

  const figures: Figure[] = [
    { key: 'total', label: t('overview.headline.total'), value: count(totals.total) },
    { key: 'completed', label: t('overview.headline.completed'), value: count(totals.completed) },
    { key: 'overdue', label: t('overview.headline.overdue'), value: count(totals.overdue) },
    {
      key: 'due-next',
      label: t('overview.headline.dueNext'),
      value: count(totals.dueNext),
      detail: t('overview.headline.dueNextDetail', { period: periodName(nextPeriod(period)) }),
    },
  ];

  return (
    <>
      <h2 className="visually-hidden">{t('overview.headline.label', { period: periodName(period) })}</h2>
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
