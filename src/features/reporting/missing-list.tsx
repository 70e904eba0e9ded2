import { useEffect, useRef } from 'react';
import type { ReportingKey } from '../../i18n/en/reporting';
import { useScopedT } from '../../i18n/scoped';
import { Link, useSearchParams } from 'react-router';
import type { Period } from '../../api/schemas';
import { lastEndedYear, missingItems, MISSING_KINDS, type JurisdictionCompleteness, type MissingKind } from '../../domain/completeness';
import { useDrillHref } from './completeness-table';
import { usePeriodLabel } from '../../components/period-label';

interface Props {
  row: JurisdictionCompleteness;
  name: string;
  period: Period;
}

/** The drill-down: every item behind one jurisdiction's counts, with a link to its page. */
export function MissingList({ row, name, period }: Props) {
  const periodName = usePeriodLabel();
  const tr = useScopedT<ReportingKey>();
  const drillHref = useDrillHref();
  const heading = useRef<HTMLHeadingElement>(null);
  const items = missingItems(row);
  const year = lastEndedYear(period);
  const label = periodName(period);
  const [searchParams] = useSearchParams();
  const search = searchParams.get('period') ? `?period=${encodeURIComponent(period)}` : '';
  useEffect(() => heading.current?.focus(), [row.jurisdiction]);
  const titles: Record<MissingKind, string> = {
    updates: tr('reporting.drill.updates', { period: label }),
    evidence: tr('reporting.drill.evidence'),
    values: tr('reporting.drill.values', { year }),
    flagged: tr('reporting.drill.flagged', { year }),
  };
  return (
    <section aria-labelledby="reporting-drill" className="reporting-drill">
      <h2 id="reporting-drill" ref={heading} tabIndex={-1}>
        {tr('reporting.drill.title', { name, period: label })}
      </h2>
      <p>
        <Link to={drillHref(null)}>{tr('reporting.drill.back')}</Link>
      </p>
      {row.reportedNothing ? (
        <p className="reported-nothing-text">
          <strong>{tr('reporting.drill.reportedNothing', { name, period: label, count: row.updates.due })}</strong>
        </p>
      ) : (
        items.length === 0 && <p>{tr('reporting.drill.complete', { name, period: label })}</p>
      )}
      {MISSING_KINDS.map((kind) => {
        const own = items.filter((item) => item.kind === kind);
        return (
          <section key={kind} aria-labelledby={`reporting-drill-${kind}`}>
            <h3 id={`reporting-drill-${kind}`}>
              {titles[kind]} <span className="drill-count">({tr('reporting.drill.count', { count: own.length })})</span>
            </h3>
            {own.length === 0 ? (
              <p>{tr('reporting.drill.none')}</p>
            ) : (
              <ul className="drill-items">
                {own.map((item) => (
                  <li key={`${kind}-${item.id}`}>
                    <Link to={`${item.path}${item.path.startsWith('/commitments/') ? search : ''}`}>
                      {item.kind === 'values' || item.kind === 'flagged' ? item.title : `${item.id}: ${item.title}`}
                    </Link>
                    {item.quality && ` (${tr(`reporting.drill.quality.${item.quality}`)})`}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
