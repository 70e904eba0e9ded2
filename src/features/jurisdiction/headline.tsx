import type { TFunction } from 'i18next';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumberLocale } from '../../components/use-number-locale';
import { formatShare, formatCount } from '../../domain/format';
import type { Period } from '../../api/schemas';
import type { JurisdictionHeadline } from '../../domain/jurisdiction-summary';
import type { ChangesKey } from '../../i18n/en/changes';
import { useScopedT } from '../../i18n/scoped';
import { usePeriodLabel } from '../../components/period-label';

/** The change of the completed share since the previous period, as a sentence and an arrow (empty when none). */
export function headlineChange(t: TFunction, headline: JurisdictionHeadline, periodName: (period: Period) => string): { text: string; marker: string } {
  const { changePoints, previousPeriod } = headline;
  if (previousPeriod === null) return { text: t('jurisdiction.headline.noPrevious'), marker: '' };
  if (changePoints === null) return { text: t('jurisdiction.headline.noPreviousFigure', { period: periodName(previousPeriod) }), marker: '' };
  if (changePoints > 0) return { text: t('jurisdiction.headline.up', { count: changePoints, period: periodName(previousPeriod) }), marker: '▲' };
  if (changePoints < 0) return { text: t('jurisdiction.headline.down', { count: -changePoints, period: periodName(previousPeriod) }), marker: '▼' };
  return { text: t('jurisdiction.headline.same', { period: periodName(previousPeriod) }), marker: '' };
}

/** Completed share and its change since the previous period, commitments, overdue, due soon, deadlines moved in the period. */
export const Headline = memo(function Headline({ headline, moved }: { headline: JurisdictionHeadline; moved?: { count: number; period: Period } }) {
  const { t } = useTranslation();
  const numberLocale = useNumberLocale();
  const scoped = useScopedT<ChangesKey>();
  const headingId = useId();
  const periodName = usePeriodLabel();
  const { text: change, marker } = headlineChange(t, headline, periodName);

  const figures = [
    { key: 'commitments', label: t('jurisdiction.headline.commitments'), value: headline.total },
    { key: 'overdue', label: t('jurisdiction.headline.overdue'), value: headline.overdue },
    { key: 'dueNext', label: t('jurisdiction.headline.dueNext'), value: headline.dueNext },
    ...(moved === undefined ? [] : [{ key: 'moved', label: scoped('changes.screen.movedHeadline', { period: periodName(moved.period) }), value: moved.count }]),
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('jurisdiction.headline.label')}
      </h2>
      <dl className="headline jurisdiction-headline">
      <div className="headline-figure">
        <dt>{t('jurisdiction.headline.completion')}</dt>
        <dd>{formatShare(headline.completion, numberLocale)}</dd>
        <dd className="headline-change">
          {marker && <span aria-hidden="true">{marker} </span>}
          {change}
        </dd>
      </div>
      {figures.map((f) => (
        <div key={f.key} className="headline-figure">
          <dt>{f.label}</dt>
          <dd>{formatCount(f.value, numberLocale)}</dd>
        </div>
      ))}
      </dl>
    </section>
  );
});
