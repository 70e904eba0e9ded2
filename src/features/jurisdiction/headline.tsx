import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare, periodLabel } from '../../domain/format';
import type { JurisdictionHeadline } from '../../domain/jurisdiction-summary';

/** Completed share and its change since the previous period, commitments, overdue, due soon. */
export const Headline = memo(function Headline({ headline }: { headline: JurisdictionHeadline }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { changePoints, previousPeriod } = headline;
  let change: string;
  let marker = '';
  if (previousPeriod === null) change = t('jurisdiction.headline.noPrevious');
  else if (changePoints === null) change = t('jurisdiction.headline.noPreviousFigure', { period: periodLabel(previousPeriod) });
  else if (changePoints > 0) {
    change = t('jurisdiction.headline.up', { count: changePoints, period: periodLabel(previousPeriod) });
    marker = '▲';
  } else if (changePoints < 0) {
    change = t('jurisdiction.headline.down', { count: -changePoints, period: periodLabel(previousPeriod) });
    marker = '▼';
  } else change = t('jurisdiction.headline.same', { period: periodLabel(previousPeriod) });

  const figures = [
    { key: 'commitments', label: t('jurisdiction.headline.commitments'), value: headline.total },
    { key: 'overdue', label: t('jurisdiction.headline.overdue'), value: headline.overdue },
    { key: 'dueNext', label: t('jurisdiction.headline.dueNext'), value: headline.dueNext },
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('jurisdiction.headline.label')}
      </h2>
      <dl className="headline jurisdiction-headline">
      <div className="headline-figure">
        <dt>{t('jurisdiction.headline.completion')}</dt>
        <dd>{formatShare(headline.completion)}</dd>
        <dd className="headline-change">
          {marker && <span aria-hidden="true">{marker} </span>}
          {change}
        </dd>
      </div>
      {figures.map((f) => (
        <div key={f.key} className="headline-figure">
          <dt>{f.label}</dt>
          <dd>{f.value.toLocaleString('en')}</dd>
        </div>
      ))}
      </dl>
    </section>
  );
});
