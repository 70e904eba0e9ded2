import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentDetail, Period } from '../../api/schemas';
import { StatusBadge } from '../../components/status-badge';
import { statusTimeline, type TimelineEntry } from '../../domain/commitment-detail';
import { MISSING } from '../../domain/format';
import { usePeriodLabel } from '../../components/period-label';

interface TimelineProps {
  commitment: CommitmentDetail;
  periods: readonly Period[];
  period: Period;
}

/** Status at the end of every period from the commitment's first report to the selected period. */
export function StatusTimeline({ commitment, periods, period }: TimelineProps) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const entries = useMemo(() => statusTimeline(commitment.history, periods, period), [commitment.history, periods, period]);
  const changes = entries.filter((e) => e.change === 'changed').length;
  const first = entries[0];
  const last = entries[entries.length - 1];

  return (
    <section aria-labelledby="commitment-timeline">
      <h2 id="commitment-timeline">{t('commitment.timeline.title')}</h2>
      <p>{t('commitment.timeline.intro')}</p>
      <p>{t('commitment.timeline.changeCount', { count: changes, period: periodName(period) })}</p>
      {first && last && (
        <>
          {/* Shown outside the scrolling box so that narrow screens see all of it; the table keeps it as its caption. */}
          <p className="timeline-caption" aria-hidden="true">
            {t('commitment.timeline.caption', { from: periodName(first.period), to: periodName(last.period) })}
          </p>
          <div className="table-scroll">
            <table className="status-timeline">
              <caption className="visually-hidden">
                {t('commitment.timeline.caption', { from: periodName(first.period), to: periodName(last.period) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('commitment.timeline.period')}</th>
                  <th scope="col">{t('commitment.timeline.status')}</th>
                  <th scope="col">{t('commitment.timeline.change')}</th>
                  <th scope="col">{t('commitment.timeline.note')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.period} className={entry.change === 'unchanged' ? undefined : 'timeline-change'}>
                    <th scope="row">{periodName(entry.period)}</th>
                    <td>
                      <StatusBadge status={entry.status} />
                    </td>
                    <td>
                      <ChangeText entry={entry} />
                    </td>
                    <td className="timeline-note">
                      {entry.note ?? (entry.reported ? MISSING : t('commitment.timeline.carriedOver'))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function ChangeText({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  if (entry.change === 'added') return <strong>{t('commitment.timeline.added')}</strong>;
  if (entry.change === 'changed' && entry.previous) {
    return (
      <strong>
        <span aria-hidden="true">◆ </span>
        {t('commitment.timeline.changed', { from: t(`status.${entry.previous}`) })}
      </strong>
    );
  }
  return <span className="timeline-same">{t('commitment.timeline.unchanged')}</span>;
}
