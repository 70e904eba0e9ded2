/**
 * One indicator over time with the jurisdictions compared: the definition, the values over time
 * (chart model `indicator-values`), each compared jurisdiction's progress category and its method.
 *
 * URL: /indicators/:indicatorId ? period (default: the as-of period) & compare=AL,RS (default: all
 *      six, written as no parameter) & tables=values (table view).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isNotFound } from '../../api/errors';
import { indicatorQuery, jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import type { Indicator, Jurisdiction, Roadmap } from '../../api/schemas';
import { NotFound } from '../../components/not-found';
import { PeriodSelect, usePeriod } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { useDocumentTitle } from '../../components/use-document-title';
import { comparableCodes } from '../../domain/charts/indicator-values';
import { lastYearEndedBy } from '../../domain/indicator-series';
import { indicator } from '../../i18n/en/indicator';
import { chartDetails } from '../../i18n/en/chartDetails';
import { addMessages } from '../../i18n/i18n';
import { CompareControl, useCompare } from './compare-control';
import { DefinitionSection } from './definition-section';
import { ProgressSection } from './progress-section';
import { ValuesSection } from './values-section';
import './indicator.css';
import { usePeriodLabel } from '../../components/period-label';

addMessages({ indicator, chartDetails });

export function Component() {
  const { t } = useTranslation();
  const id = useParams().indicatorId ?? '';
  const indicatorResult = useQuery(indicatorQuery(id));
  const roadmapResult = useQuery(roadmapQuery());
  const jurisdictionsResult = useQuery(jurisdictionsQuery());

  if (isNotFound(indicatorResult.error)) {
    return <NotFound message={t('indicator.notFound', { id })} />;
  }
  return (
    <QueryState query={indicatorResult} what={t('indicator.what')} minHeight={480}>
      {(i) => (
        <QueryState query={roadmapResult} what={t('what.roadmap')} minHeight={480}>
          {(r) => (
            <QueryState query={jurisdictionsResult} what={t('what.jurisdictions')} minHeight={480}>
              {(j) => <IndicatorPage indicator={i} roadmap={r} jurisdictions={j.items} />}
            </QueryState>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}

function IndicatorPage({ indicator, roadmap, jurisdictions }: { indicator: Indicator; roadmap: Roadmap; jurisdictions: readonly Jurisdiction[] }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  useDocumentTitle(indicator.name);
  const periodState = usePeriod(roadmap);
  const { period } = periodState;
  const codes = useMemo(() => comparableCodes(indicator, jurisdictions), [indicator, jurisdictions]);
  const { raw, selection, shown, set } = useCompare(codes);
  return (
    <>
      <DefinitionSection indicator={indicator} roadmap={roadmap} />
      <div className="page-intro">
        <p>{t('indicator.intro', { period: periodName(period), year: lastYearEndedBy(period) })}</p>
        <PeriodSelect roadmap={roadmap} state={periodState} />
      </div>
      <CompareControl
        jurisdictions={jurisdictions.filter((j) => codes.includes(j.code))}
        selected={shown}
        invalid={selection.invalid}
        fellBack={selection.all}
        onChange={set}
      />
      <SectionBoundary>
        <ValuesSection indicator={indicator} jurisdictions={jurisdictions} period={period} compare={raw} />
      </SectionBoundary>
      <SectionBoundary>
        <ProgressSection indicator={indicator} jurisdictions={jurisdictions} compared={selection.selected} period={period} />
      </SectionBoundary>
    </>
  );
}
