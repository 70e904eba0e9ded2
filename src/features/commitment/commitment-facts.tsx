import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentDetail, Jurisdiction, Period, Roadmap } from '../../api/schemas';
import { StatusBadge } from '../../components/status-badge';
import { formatIsoDate } from '../../domain/commitment-detail';
import { deadlineInForce, deadlineMoves } from '../../domain/deadlines';
import { CLOSED_STATUSES, isDueNextPeriod, isOverdue } from '../../domain/progress';
import { usePeriodLabel } from '../../components/period-label';
import { useNumberLocale } from '../../components/use-number-locale';

interface FactsProps {
  commitment: CommitmentDetail;
  roadmap: Roadmap;
  jurisdiction: Jurisdiction | undefined;
  period: Period;
  linkSearch: string;
}

/** Jurisdiction, pillar, institution, deadline, status and overdue, as they stood at the end of `period`. */
export function CommitmentFacts({ commitment: c, roadmap, jurisdiction, period, linkSearch }: FactsProps) {
  const dateLocale = useNumberLocale();
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const pillar = roadmap.pillars.find((p) => p.id === c.pillar);
  const deadline = deadlineInForce(c, period);
  const moves = deadlineMoves(c, period);
  const overdue = isOverdue(deadline, c.status, period);
  const label = periodName(period);
  const overdueText = overdue
    ? t('commitment.overdueYes', { period: label })
    : CLOSED_STATUSES.has(c.status)
      ? t('commitment.overdueNoClosed', { period: label })
      : isDueNextPeriod(deadline, c.status, period)
        ? t('commitment.overdueNoDueNext', { period: label })
        : t('commitment.overdueNo', { period: label });

  return (
    <section aria-labelledby="commitment-details">
      <h2 id="commitment-details">{t('commitment.details')}</h2>
      <dl className="commitment-facts">
        <div>
          <dt>{t('commitment.jurisdiction')}</dt>
          <dd>
            <Link to={`/jurisdictions/${c.jurisdiction}${linkSearch}`}>{jurisdiction?.name ?? c.jurisdiction}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('commitment.pillar')}</dt>
          <dd>
            <Link to={`/pillars/${encodeURIComponent(c.pillar)}${linkSearch}`}>{pillar?.name ?? c.pillar}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('commitment.institution')}</dt>
          <dd>{c.institution}</dd>
        </div>
        <div>
          <dt>{t('commitment.deadline')}</dt>
          <dd>
            <time dateTime={deadline}>{formatIsoDate(deadline, dateLocale)}</time>
            {moves.count > 0 && (
              <>
                {' '}
                <span className="deadline-moved">
                  (<a href="#commitment-deadlines">
                    {t('commitment.deadlineMoved', { count: moves.count, months: moves.shiftMonths, original: formatIsoDate(moves.original, dateLocale) })}
                  </a>
                  )
                </span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('commitment.status')}</dt>
          <dd>
            <StatusBadge status={c.status} /> {t('commitment.statusSince', { period: periodName(c.lastUpdate) })}
          </dd>
        </div>
        <div>
          <dt>{t('commitment.overdue')}</dt>
          <dd className={overdue ? 'commitment-overdue' : undefined}>
            {overdue && (
              <span className="overdue-flag" aria-hidden="true">
                !{' '}
              </span>
            )}
            {overdueText}
          </dd>
        </div>
      </dl>
      {jurisdiction?.designationFootnote && (
        <p className="footnote">
          {jurisdiction.name}: {jurisdiction.designationFootnote}
        </p>
      )}
    </section>
  );
}
