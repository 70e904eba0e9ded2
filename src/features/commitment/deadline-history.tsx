import { useTranslation } from 'react-i18next';
import type { CommitmentDetail, Period } from '../../api/schemas';
import { formatIsoDate } from '../../domain/commitment-detail';
import { deadlineInForce, revisionsUpTo } from '../../domain/deadlines';
import { usePeriodLabel } from '../../components/period-label';
import { useNumberLocale } from '../../components/use-number-locale';

/** The original deadline and each revision agreed up to the selected period, with its reason. */
export function DeadlineHistory({ commitment: c, period }: { commitment: CommitmentDetail; period: Period }) {
  const dateLocale = useNumberLocale();
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const history = c.deadlineHistory ?? { original: c.deadline, revisions: [] };
  const revisions = revisionsUpTo(history, period);
  const inForce = deadlineInForce(c, period);
  const caption = t('commitment.deadlines.caption', { period: periodName(period) });
  return (
    <section aria-labelledby="commitment-deadlines">
      <h2 id="commitment-deadlines">{t('commitment.deadlines.title')}</h2>
      <p>{t('commitment.deadlines.intro')}</p>
      {revisions.length === 0 ? (
        <p>{t('commitment.deadlines.never', { period: periodName(period) })}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <table className="deadline-history">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('commitment.deadlines.agreed')}</th>
                <th scope="col">{t('commitment.deadlines.deadline')}</th>
                <th scope="col">{t('commitment.deadlines.reason')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('commitment.deadlines.original')}</th>
                <td>
                  <time dateTime={history.original}>{formatIsoDate(history.original, dateLocale)}</time>
                </td>
                <td>—</td>
              </tr>
              {revisions.map((revision, index) => (
                <tr key={`${revision.period}-${index}`}>
                  <th scope="row">{periodName(revision.period)}</th>
                  <td>
                    <time dateTime={revision.deadline}>{formatIsoDate(revision.deadline, dateLocale)}</time>
                    {index === revisions.length - 1 && revision.deadline === inForce && (
                      <strong className="deadline-in-force"> ({t('commitment.deadlines.inForce')})</strong>
                    )}
                  </td>
                  <td>{revision.reason || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
