import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportingKey } from '../../i18n/en/reporting';
import { registerMessages, useScopedT } from '../../i18n/scoped';
import { useSearchParams } from 'react-router';
import { commitmentsQuery, indicatorsQuery, jurisdictionsQuery } from '../../api/queries';
import { JURISDICTION_CODES, type Jurisdiction, type JurisdictionCode, type Roadmap } from '../../api/schemas';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { RoadmapArticle } from '../../components/roadmap-article';
import { SectionBoundary } from '../../components/section-boundary';
import { formatIsoDate } from '../../domain/commitment-detail';
import { completenessTable, lastEndedYear } from '../../domain/completeness';
import { reporting } from '../../i18n/en/reporting';
import { CompletenessTable } from './completeness-table';
import { MissingList } from './missing-list';
import './reporting.css';
import { usePeriodLabel } from '../../components/period-label';
import { useNumberLocale } from '../../components/use-number-locale';

void registerMessages('reporting', reporting);

function isCode(value: string | null): value is JurisdictionCode {
  return value !== null && (JURISDICTION_CODES as readonly string[]).includes(value);
}

export function Component() {
  const tr = useScopedT<ReportingKey>();
  return (
    <RoadmapArticle className="reporting" title={tr('reporting.title')} intro={tr('reporting.intro')}>
      {(r) => <ReportingPage roadmap={r} />}
    </RoadmapArticle>
  );
}

function ReportingPage({ roadmap }: { roadmap: Roadmap }) {
  const dateLocale = useNumberLocale();
  const { t } = useTranslation();
  const tr = useScopedT<ReportingKey>();
  const periodState = usePeriod(roadmap);
  const [searchParams] = useSearchParams();
  const raw = searchParams.get('jurisdiction');
  const selected = isCode(raw) ? raw : null;
  const jurisdictions = useQuery(jurisdictionsQuery());
  const commitments = useQuery(commitmentsQuery({ period: periodState.apiPeriod }));
  const indicators = useQuery(indicatorsQuery());
  const year = lastEndedYear(periodState.period);

  return (
    <>
      <div className="page-intro">
        <p>{t('period.asOf', { date: formatIsoDate(roadmap.asOf, dateLocale) })}</p>
        <PeriodSelect roadmap={roadmap} state={periodState} />
      </div>
      {raw !== null && selected === null && (
        <p className="notice" role="status">
          {tr('reporting.invalidJurisdiction', { value: raw })}
        </p>
      )}
      <details className="reporting-how">
        <summary>{tr('reporting.how.title')}</summary>
        <ul>
          <li>{tr('reporting.how.updates')}</li>
          <li>{tr('reporting.how.evidence')}</li>
          <li>{tr('reporting.how.values', { year })}</li>
        </ul>
      </details>
      <QueryState query={jurisdictions} what={t('what.jurisdictions')} minHeight={320}>
        {(js) => (
          <QueryState query={commitments} what={t('what.commitments')} minHeight={320}>
            {(list) => (
              <QueryState query={indicators} what={t('what.indicators')} minHeight={320}>
                {(inds) => (
                  <SectionBoundary>
                    <Completeness
                      places={js.items}
                      items={list.items}
                      series={inds.items}
                      period={periodState.period}
                      selected={selected}
                    />
                  </SectionBoundary>
                )}
              </QueryState>
            )}
          </QueryState>
        )}
      </QueryState>
      <p className="footnote">{tr('reporting.source', { source: roadmap.source })}</p>
    </>
  );
}

interface CompletenessProps {
  places: readonly Jurisdiction[];
  items: Parameters<typeof completenessTable>[1];
  series: Parameters<typeof completenessTable>[2];
  period: Roadmap['asOfPeriod'];
  selected: JurisdictionCode | null;
}

function Completeness({ places, items, series, period, selected }: CompletenessProps) {
  const periodName = usePeriodLabel();
  const tr = useScopedT<ReportingKey>();
  const rows = useMemo(
    () => completenessTable(places.map((j) => j.code), items, series, period),
    [places, items, series, period],
  );
  const names = new Map(places.map((j) => [j.code, j.name]));
  const row = selected ? rows.find((r) => r.jurisdiction === selected) : undefined;
  const footnotes = places.filter((j) => j.designationFootnote);
  return (
    <>
      <CompletenessTable rows={rows} names={names} period={period} />
      {footnotes.map((j) => (
        <p key={j.code} className="footnote">
          {j.name}: {j.designationFootnote}
        </p>
      ))}
      {row && <MissingList row={row} name={names.get(row.jurisdiction) ?? row.jurisdiction} period={period} />}
      <p className="visually-hidden" aria-live="polite">
        {row ? tr('reporting.drill.title', { name: names.get(row.jurisdiction) ?? row.jurisdiction, period: periodName(period) }) : ''}
      </p>
    </>
  );
}
