import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Period } from '../../api/schemas';
import { StatusBadge } from '../../components/status-badge';
import type { StatusChange } from '../../domain/changes';
import { usePeriodLabel } from '../../components/period-label';

/** "Changes since the previous period": which commitments moved from which status to which. */
export const ChangesList = memo(function ChangesList({
  changes,
  period,
  previous,
}: {
  changes: readonly StatusChange[];
  period: Period;
  /** Null for the first reporting period. */
  previous: Period | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const periodName = usePeriodLabel();
  return (
    <section className="jurisdiction-changes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('jurisdiction.changes.title')}</h2>
      {previous === null ? (
        <p>{t('jurisdiction.changes.first', { period: periodName(period) })}</p>
      ) : changes.length === 0 ? (
        <p>{t('jurisdiction.changes.none', { period: periodName(period), previous: periodName(previous) })}</p>
      ) : (
        <>
          <p>
            {t('jurisdiction.changes.intro', { period: periodName(period), previous: periodName(previous) })}{' '}
            {t('jurisdiction.changes.count', { count: changes.length })}
          </p>
          <ul className="change-list">
            {changes.map((change) => (
              <li key={change.id}>
                <Link to={`/commitments/${encodeURIComponent(change.id)}`}>{change.title}</Link>{' '}
                <span className="change-id">({change.id})</span>
                <span className="change-move">
                  {change.from === null ? (
                    <>
                      {t('jurisdiction.changes.added')} <span aria-hidden="true">→</span>
                      <span className="visually-hidden"> {t('jurisdiction.changes.to')} </span>
                    </>
                  ) : (
                    <>
                      <span className="visually-hidden">{t('jurisdiction.changes.from')} </span>
                      <StatusBadge status={change.from} /> <span aria-hidden="true">→</span>
                      <span className="visually-hidden"> {t('jurisdiction.changes.to')} </span>
                    </>
                  )}{' '}
                  <StatusBadge status={change.to} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
