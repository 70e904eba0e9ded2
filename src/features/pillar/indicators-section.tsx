/**
 * The pillar's indicators: for each, its unit and direction and each jurisdiction's progress
 * category and latest value known at the end of the selected period.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { indicatorsQuery, jurisdictionsQuery } from '../../api/queries';
import type { Indicator, Jurisdiction, JurisdictionCode, Pillar } from '../../api/schemas';
import type { DataColumn } from '../../components/data-table';
import { IndicatorCategory } from '../../components/indicator-category';
import { LazyDataTable } from '../../components/lazy-data-table';
import type { PeriodState } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { designationNotes } from '../../domain/designation';
import { formatNumber } from '../../domain/format';
import { indicatorProgressAt, type IndicatorStanding } from '../../domain/indicator-progress';
import { lastYearEndedBy } from '../../domain/indicator-series';
import { linkTo } from '../../domain/links';
import { usePeriodLabel } from '../../components/period-label';
import { useNumberLocale } from '../../components/use-number-locale';

interface IndicatorRow extends Pick<IndicatorStanding, 'progress' | 'latest'> {
  code: JurisdictionCode;
  name: string;
}

export function IndicatorsSection({ pillar, periodState }: { pillar: Pillar; periodState: PeriodState }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const indicatorsResult = useQuery(indicatorsQuery({ pillar: pillar.id }));
  const jurisdictionsResult = useQuery(jurisdictionsQuery());
  return (
    <section aria-labelledby="pillar-indicators-title">
      <h2 id="pillar-indicators-title">{t('pillar.indicators.title')}</h2>
      <QueryState query={jurisdictionsResult} what={t('what.jurisdictions')} minHeight={200}>
        {(list) => (
          <QueryState query={indicatorsResult} what={t('what.indicators')} minHeight={200}>
            {(data) =>
              data.items.length === 0 ? (
                <p>{t('pillar.indicators.none')}</p>
              ) : (
                <>
                  <p>
                    {t('pillar.indicators.intro', {
                      period: periodName(periodState.period),
                      year: lastYearEndedBy(periodState.period),
                    })}
                  </p>
                  <div className="pillar-indicators">
                    {data.items.map((indicator) => (
                      <IndicatorCard key={indicator.id} indicator={indicator} jurisdictions={list.items} periodState={periodState} />
                    ))}
                  </div>
                  {designationNotes(list.items).map((note) => (
                    <p key={note} className="footnote">
                      {note}
                    </p>
                  ))}
                </>
              )
            }
          </QueryState>
        )}
      </QueryState>
    </section>
  );
}

function IndicatorCard({
  indicator,
  jurisdictions,
  periodState,
}: {
  indicator: Indicator;
  jurisdictions: readonly Jurisdiction[];
  periodState: PeriodState;
}) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const [search] = useSearchParams();
  const rows = useMemo(
    (): IndicatorRow[] =>
      jurisdictions.flatMap((j) => {
        const standing = indicatorProgressAt(indicator, j.code, periodState.period);
        return standing ? [{ code: j.code, name: j.name, progress: standing.progress, latest: standing.latest }] : [];
      }),
    [indicator, jurisdictions, periodState.period],
  );
  const columns = useMemo(
    (): DataColumn<IndicatorRow>[] => [
      { id: 'jurisdiction', header: t('pillar.indicators.jurisdiction'), rowHeader: true, value: (r) => r.name },
      {
        id: 'category',
        header: t('pillar.indicators.category'),
        value: (r) => r.progress.category,
        cell: (r) => <IndicatorCategory category={r.progress.category} />,
      },
      {
        id: 'latest',
        header: t('pillar.indicators.latest'),
        numeric: true,
        value: (r) => r.latest?.value ?? null,
        cell: (r) =>
          r.latest
            ? t('pillar.indicators.valueInYear', { value: formatNumber(r.latest.value, indicator.unit === '%' ? '%' : undefined, locale), year: r.latest.year })
            : t('pillar.indicators.noValue'),
      },
    ],
    [t, indicator.unit, locale],
  );
  return (
    <article className="pillar-indicator" aria-labelledby={`indicator-${indicator.id}`}>
      <h3 id={`indicator-${indicator.id}`}>
        <Link to={linkTo(`/indicators/${encodeURIComponent(indicator.id)}`, search)}>{indicator.name}</Link>
      </h3>
      <dl className="pillar-indicator-facts">
        <div>
          <dt>{t('pillar.indicators.unit')}</dt>
          <dd>{indicator.unit}</dd>
        </div>
        <div>
          <dt>{t('pillar.indicators.direction')}</dt>
          <dd>{indicator.direction === 'higher' ? t('pillar.indicators.higher') : t('pillar.indicators.lower')}</dd>
        </div>
      </dl>
      <LazyDataTable caption={t('pillar.indicators.caption', { name: indicator.name, unit: indicator.unit })} columns={columns} rows={rows} rowKey={(r) => r.code} />
    </article>
  );
}

