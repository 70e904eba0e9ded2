import type { TFunction } from 'i18next';
import { lazy, memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Indicator, IndicatorSeries, Jurisdiction, JurisdictionCode, Period } from '../../api/schemas';
import { ChartFrame } from '../../components/chart-frame';
import type { DataColumn } from '../../components/data-table';
import { IndicatorCategory } from '../../components/indicator-category';
import { LazyDataTable } from '../../components/lazy-data-table';
import { formatNumber, periodLabel } from '../../domain/format';
import { categoryCounts, indicatorProgressAt, type ProgressCategory } from '../../domain/indicator-progress';
import { lastYearEndedBy, type LatestValue } from '../../domain/indicator-series';
import { linkTo } from '../../domain/links';
import { valueDomain } from '../../domain/value-axis';

const TimeLineChart = lazy(() => import('../../components/line-chart'));

/** Long series are drawn without dots. */
const MAX_DOTS = 12;
const CHART_HEIGHT = 170;

interface IndicatorView {
  indicator: Indicator;
  /** This jurisdiction's series as known at the end of the period; null when it has none. */
  series: IndicatorSeries | null;
  category: ProgressCategory;
  /** The latest value known at the end of the period. */
  latest: LatestValue<JurisdictionCode> | null;
  range: [number, number] | null;
  /** Value per year, null where missing. */
  values: ReadonlyMap<number, number | null>;
}

type YearPoint = { year: number; value: number } | null | undefined;

/** "16.1 (2018)"; "—" when there is no such point. */
function formatYearValue(t: TFunction, point: YearPoint): string {
  return point ? t('jurisdiction.indicators.yearValue', { value: formatNumber(point.value), year: point.year }) : formatNumber(null);
}

/**
 * Small multiples, one line chart per indicator with its baseline and target, the progress category
 * as text; their table twin holds every value shown.
 */
export const IndicatorsSection = memo(function IndicatorsSection({
  indicators,
  jurisdiction,
  period,
  footnotes,
}: {
  indicators: readonly Indicator[];
  jurisdiction: Jurisdiction;
  period: Period;
  footnotes: string[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const lastYear = lastYearEndedBy(period);
  const views = useMemo(
    () =>
      indicators.map((indicator): IndicatorView => {
        // The same rule as the indicator screen, the pillar screen and the slide: the series as known at the end of the period.
        const standing = indicatorProgressAt(indicator, jurisdiction.code, period);
        const series = standing?.series ?? null;
        return {
          indicator,
          series,
          category: standing?.progress.category ?? 'not_available',
          latest: standing?.latest ?? null,
          range: series ? valueDomain([...series.observations.map((o) => o.value), series.baseline?.value, series.target?.value]) : null,
          values: new Map(series?.observations.map((o) => [o.year, o.value])),
        };
      }),
    [indicators, jurisdiction.code, period],
  );
  const years = useMemo(() => {
    const all = new Set<number>();
    for (const view of views) for (const year of view.values.keys()) all.add(year);
    return [...all].sort((a, b) => a - b);
  }, [views]);

  if (views.length === 0) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('jurisdiction.indicators.title')}</h2>
        <p>{t('jurisdiction.indicators.none', { name: jurisdiction.name })}</p>
      </section>
    );
  }

  const counts = categoryCounts(views.map((v) => v.category));
  const groups = [
    { count: counts.target_achieved + counts.on_track, text: (count: number) => t('jurisdiction.indicators.good', { count }) },
    { count: counts.acceleration_needed, text: (count: number) => t('jurisdiction.indicators.middle', { count }) },
    { count: counts.limited_progress + counts.deterioration, text: (count: number) => t('jurisdiction.indicators.bad', { count }) },
    { count: counts.not_available, text: (count: number) => t('jurisdiction.indicators.missing', { count }) },
  ];
  const takeaway = t('jurisdiction.indicators.takeaway', {
    count: views.length,
    parts: new Intl.ListFormat('en', { type: 'conjunction' }).format(groups.filter((g) => g.count > 0).map((g) => g.text(g.count))),
  });
  const source = t('jurisdiction.indicators.source');
  const yearValue = (point: YearPoint) => formatYearValue(t, point);

  return (
    <ChartFrame
      imageExport={false}
      id="indicators"
      title={t('jurisdiction.indicators.title')}
      caption={t('jurisdiction.indicators.caption', { name: jurisdiction.name, year: lastYear })}
      period={periodLabel(period)}
      source={source}
      takeaway={takeaway}
      footnotes={footnotes}
      chartHeight={CHART_HEIGHT + 160}
      chart={
        <ul className="indicator-grid">
          {views.map((view) => (
            <IndicatorCard key={view.indicator.id} view={view} jurisdiction={jurisdiction} yearValue={yearValue} />
          ))}
        </ul>
      }
      table={
        <IndicatorTable
          views={views}
          years={years}
          caption={t('jurisdiction.indicators.tableCaption', { name: jurisdiction.name, year: lastYear })}
        />
      }
      fileNameParts={['roadmap', jurisdiction.code, 'indicators', period]}
      csv={() => ({
        columns: [
          { key: 'id', label: t('jurisdiction.commitments.id') },
          { key: 'indicator', label: t('jurisdiction.indicators.indicator') },
          { key: 'unit', label: t('jurisdiction.indicators.unit') },
          { key: 'direction', label: t('jurisdiction.indicators.direction') },
          { key: 'baselineYear', label: t('jurisdiction.indicators.baselineYear') },
          { key: 'baseline', label: t('jurisdiction.indicators.baseline') },
          { key: 'targetYear', label: t('jurisdiction.indicators.targetYear') },
          { key: 'target', label: t('jurisdiction.indicators.target') },
          { key: 'latestYear', label: t('jurisdiction.indicators.latestYear') },
          { key: 'latest', label: t('jurisdiction.indicators.latest') },
          ...years.map((year) => ({ key: `y${year}`, label: String(year) })),
          { key: 'progress', label: t('jurisdiction.indicators.progress') },
          { key: 'source', label: t('jurisdiction.indicators.sourceColumn') },
        ],
        rows: views.map((view) => ({
          id: view.indicator.id,
          indicator: view.indicator.name,
          unit: view.indicator.unit,
          direction: t(`jurisdiction.indicators.${view.indicator.direction}Short`),
          baselineYear: view.series?.baseline?.year ?? null,
          baseline: view.series?.baseline?.value ?? null,
          targetYear: view.series?.target?.year ?? null,
          target: view.series?.target?.value ?? null,
          latestYear: view.latest?.year ?? null,
          latest: view.latest?.value ?? null,
          ...Object.fromEntries(years.map((year) => [`y${year}`, view.values.get(year) ?? null])),
          progress: t(`indicatorCategory.${view.category}`),
          source: view.indicator.source,
        })),
        notes: [
          jurisdiction.name,
          t('jurisdiction.indicators.caption', { name: jurisdiction.name, year: lastYear }),
          t('chart.period', { period: periodLabel(period) }),
          ...footnotes,
        ],
      })}
    />
  );
});

function IndicatorCard({
  view,
  jurisdiction,
  yearValue,
}: {
  view: IndicatorView;
  jurisdiction: Jurisdiction;
  yearValue: (point: YearPoint) => string;
}) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { indicator, series, category, latest, range } = view;
  const categoryText = t(`indicatorCategory.${category}`);
  const references = [
    ...(series?.baseline
      ? [{ y: series.baseline.value, label: t('jurisdiction.indicators.referenceBaseline', { value: formatNumber(series.baseline.value) }) }]
      : []),
    ...(series?.target
      ? [{ y: series.target.value, label: t('jurisdiction.indicators.referenceTarget', { value: formatNumber(series.target.value) }), dashed: true }]
      : []),
  ];
  const points = series?.observations.map((o) => ({ x: o.year, y: o.value })) ?? [];
  return (
    <li className="indicator-card">
      <h3>
        <Link to={linkTo(`/indicators/${encodeURIComponent(indicator.id)}`, search)}>{indicator.name}</Link>
      </h3>
      <p className="indicator-meta">
        {t('jurisdiction.indicators.unit')}: {indicator.unit} · {t(`jurisdiction.indicators.${indicator.direction}`)}
      </p>
      <p className="indicator-card-progress">
        {t('jurisdiction.indicators.progress')}: <IndicatorCategory category={category} />
      </p>
      <p className="indicator-meta">
        {t('jurisdiction.indicators.latest')}: {yearValue(latest)} · {t('jurisdiction.indicators.baseline')}: {yearValue(series?.baseline)} ·{' '}
        {t('jurisdiction.indicators.target')}: {yearValue(series?.target)}
      </p>
      {points.length > 0 && (
        <TimeLineChart
          series={[{ key: jurisdiction.code, label: jurisdiction.name, points }]}
          height={CHART_HEIGHT}
          label={t('jurisdiction.indicators.chartLabel', { name: indicator.name, jurisdiction: jurisdiction.name, category: categoryText })}
          references={references}
          formatValue={(value) => formatNumber(value)}
          yDomain={range ?? undefined}
          dots={points.length <= MAX_DOTS}
        />
      )}
      <p className="footnote">{t('chart.source', { source: indicator.source })}</p>
    </li>
  );
}

function IndicatorTable({
  views,
  years,
  caption,
}: {
  views: readonly IndicatorView[];
  years: readonly number[];
  caption: string;
}) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const columns = useMemo(
    (): DataColumn<IndicatorView>[] => [
      {
        id: 'indicator',
        header: t('jurisdiction.indicators.indicator'),
        rowHeader: true,
        value: (v) => v.indicator.name,
        cell: (v) => <Link to={linkTo(`/indicators/${encodeURIComponent(v.indicator.id)}`, search)}>{v.indicator.name}</Link>,
      },
      { id: 'unit', header: t('jurisdiction.indicators.unit'), value: (v) => v.indicator.unit },
      { id: 'direction', header: t('jurisdiction.indicators.direction'), value: (v) => t(`jurisdiction.indicators.${v.indicator.direction}Short`) },
      { id: 'baseline', header: t('jurisdiction.indicators.baseline'), value: (v) => formatYearValue(t, v.series?.baseline) },
      { id: 'target', header: t('jurisdiction.indicators.target'), value: (v) => formatYearValue(t, v.series?.target) },
      { id: 'latest', header: t('jurisdiction.indicators.latest'), numeric: true, value: (v) => v.latest?.value ?? null, cell: (v) => formatYearValue(t, v.latest) },
      ...years.map(
        (year): DataColumn<IndicatorView> => ({
          id: `y${year}`,
          header: String(year),
          numeric: true,
          value: (v) => v.values.get(year) ?? null,
          cell: (v) => formatNumber(v.values.get(year) ?? null),
        }),
      ),
      { id: 'progress', header: t('jurisdiction.indicators.progress'), value: (v) => t(`indicatorCategory.${v.category}`) },
      { id: 'source', header: t('jurisdiction.indicators.sourceColumn'), value: (v) => v.indicator.source },
    ],
    [t, years, search],
  );
  return (
    <div className="indicator-table">
      <LazyDataTable caption={caption} columns={columns} rows={views} rowKey={(v) => v.indicator.id} />
    </div>
  );
}
