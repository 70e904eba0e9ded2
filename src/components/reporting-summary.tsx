/**
 * One jurisdiction's reporting completeness for a period, for its own page: the same counts as the
 * /reporting table, and a link to the drill-down there. Missing is never shown as zero progress.
 */
import { Link } from 'react-router';
import type { Indicator, JurisdictionCode, Period } from '../api/schemas';
import { jurisdictionCompleteness, lastEndedYear, type CompletenessCommitment, type Share } from '../domain/completeness';
import { formatShare } from '../domain/format';
import { reporting, type ReportingKey } from '../i18n/en/reporting';
import { registerMessages, useScopedT } from '../i18n/scoped';
import { usePeriodLabel } from './period-label';
import { useNumberLocale } from './use-number-locale';

void registerMessages('reporting', reporting);

interface Props {
  jurisdiction: JurisdictionCode;
  name: string;
  period: Period;
  /** The period is the latest: the link then carries no ?period=. */
  isLatest: boolean;
  commitments: readonly CompletenessCommitment[];
  indicators: readonly Pick<Indicator, 'id' | 'name' | 'series'>[];
}

export function ReportingSummary({ jurisdiction, name, period, isLatest, commitments, indicators }: Props) {
  const periodName = usePeriodLabel();
  const locale = useNumberLocale();
  const t = useScopedT<ReportingKey>();
  const row = jurisdictionCompleteness(jurisdiction, commitments, indicators, period);
  const year = lastEndedYear(period);
  const text = (share: Share) =>
    share.share === null
      ? t('reporting.nothingDue')
      : share.done === 0
        ? t('reporting.noneOf', { due: share.due })
        : t('reporting.ofDue', { done: share.done, due: share.due, share: formatShare(share.share, locale) });
  const params = new URLSearchParams({ jurisdiction });
  if (!isLatest) params.set('period', period);
  return (
    <section className="reporting-summary" aria-labelledby={`reporting-summary-${jurisdiction}`}>
      <h2 id={`reporting-summary-${jurisdiction}`}>{t('reporting.summary.title', { period: periodName(period) })}</h2>
      {row.reportedNothing && (
        <p>
          <strong>
            <span aria-hidden="true">! </span>
            {t('reporting.reportedNothing')}
          </strong>
        </p>
      )}
      <dl className="reporting-summary-figures">
        <div>
          <dt>{t('reporting.summary.updates')}</dt>
          <dd>{text(row.updates)}</dd>
        </div>
        <div>
          <dt>{t('reporting.summary.evidence')}</dt>
          <dd>{text(row.evidence)}</dd>
        </div>
        <div>
          <dt>{t('reporting.summary.values', { year })}</dt>
          <dd>{text(row.values)}</dd>
        </div>
        <div>
          <dt>{t('reporting.summary.flagged')}</dt>
          <dd>{row.flagged.length}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/reporting?${params.toString()}`}>{t('reporting.linkFromJurisdiction', { name })}</Link>
      </p>
    </section>
  );
}
