/**
 * "Indicators": one jurisdiction's indicators as small multiples, one line per indicator with its
 * baseline and target, the progress category in words, as known at the end of a period (the rules
 * of every screen: domain/indicator-*). Table twin: one row per indicator with its unit, direction,
 * baseline, target, latest value, yearly values, progress and source; the CSV holds the same rows.
 * Shown on the jurisdiction screen, as the `jurisdiction-indicators` slide and embed.
 */
import { formatList } from '../lists';
import type { Indicator, IndicatorSeries, Jurisdiction, JurisdictionCode, Period } from '../../api/schemas';
import { designationNotes } from '../designation';
import { formatNumber, periodLabel } from '../format';
import { categoryCounts, indicatorProgressAt, type ProgressCategory } from '../indicator-progress';
import { lastYearEndedBy, type LatestValue } from '../indicator-series';
import { valueDomain } from '../value-axis';
import type { ChartModel, ModelContext, ModelRow, SmallMultiplesDrawing } from './model';
import { fallbackLang } from '../translation';

/** Long series are drawn without dots. */
export const MAX_DOTS = 12;

const KEYS = 'chartDetails.jurisdictionIndicators';

export interface JurisdictionIndicatorsInput {
  jurisdiction: Pick<Jurisdiction, 'code' | 'name' | 'designationFootnote'>;
  /** The jurisdiction's indicators, in the API's order (the order of cards, rows and CSV lines). */
  indicators: readonly Indicator[];
  period: Period;
}

/** One indicator of the jurisdiction at the end of the period. */
export interface IndicatorStandingView {
  indicator: Indicator;
  /** The series as known at the end of the period; null when the jurisdiction reports none. */
  series: IndicatorSeries | null;
  category: ProgressCategory;
  latest: LatestValue<JurisdictionCode> | null;
  /** Value per year, null where missing. */
  values: ReadonlyMap<number, number | null>;
}

export function indicatorStandings(indicators: readonly Indicator[], code: JurisdictionCode, period: Period): IndicatorStandingView[] {
  return indicators.map((indicator) => {
    const standing = indicatorProgressAt(indicator, code, period);
    const series = standing?.series ?? null;
    return {
      indicator,
      series,
      category: standing?.progress.category ?? 'not_available',
      latest: standing?.latest ?? null,
      values: new Map(series?.observations.map((o) => [o.year, o.value])),
    };
  });
}

/** "Of 6 indicators, 2 are on track or have reached their target and 4 cannot be assessed."; the none text without indicators. */
export function indicatorsTakeaway(views: readonly Pick<IndicatorStandingView, 'category'>[], name: string, { t, locale }: ModelContext): string {
  if (views.length === 0) return t(`${KEYS}.none`, { name });
  const counts = categoryCounts(views.map((v) => v.category));
  const groups = [
    { count: counts.target_achieved + counts.on_track, key: 'good' },
    { count: counts.acceleration_needed, key: 'middle' },
    { count: counts.limited_progress + counts.deterioration, key: 'bad' },
    { count: counts.not_available, key: 'missing' },
  ];
  const parts = formatList(
    groups.filter((g) => g.count > 0).map((g) => t(`${KEYS}.${g.key}`, { count: g.count })),
    locale,
  );
  return t(`${KEYS}.takeaway`, { count: views.length, parts });
}

export function jurisdictionIndicatorsModel({ jurisdiction, indicators, period }: JurisdictionIndicatorsInput, ctx: ModelContext): ChartModel {
  const { t, locale } = ctx;
  const number = (value: number | null) => formatNumber(value, undefined, locale);
  /** "16.1 (2018)"; "—" when there is no such point. */
  const yearValue = (point: { value: number; year: number } | null | undefined) =>
    point ? t(`${KEYS}.yearValue`, { value: number(point.value), year: point.year }) : number(null);
  const views = indicatorStandings(indicators, jurisdiction.code, period);
  const yearSet = new Set<number>();
  for (const view of views) for (const year of view.values.keys()) yearSet.add(year);
  const years = [...yearSet].sort((a, b) => a - b);
  const lastYear = lastYearEndedBy(period);
  const label = periodLabel(period, ctx.locale);
  const caption = t(`${KEYS}.caption`, { name: jurisdiction.name, year: lastYear });
  const footnotes = designationNotes([jurisdiction], [jurisdiction.code]);
  const direction = (indicator: Indicator) => t(`${KEYS}.${indicator.direction}Short`);

  const rows = views.map(
    (v): ModelRow => ({
      key: v.indicator.id,
      cells: {
        indicator: { value: v.indicator.name, text: v.indicator.name, href: `/indicators/${encodeURIComponent(v.indicator.id)}`, lang: fallbackLang(v.indicator, 'name') },
        unit: { value: v.indicator.unit, text: v.indicator.unit, lang: fallbackLang(v.indicator, 'unit') },
        direction: { value: direction(v.indicator), text: direction(v.indicator) },
        baseline: { value: v.series?.baseline?.value ?? null, text: yearValue(v.series?.baseline) },
        target: { value: v.series?.target?.value ?? null, text: yearValue(v.series?.target) },
        latest: { value: v.latest?.value ?? null, text: yearValue(v.latest) },
        ...Object.fromEntries(years.map((year) => [`y${year}`, { value: v.values.get(year) ?? null, text: number(v.values.get(year) ?? null) }])),
        progress: { value: v.category, text: t(`indicatorCategory.${v.category}`) },
        source: { value: v.indicator.source, text: v.indicator.source },
      },
      csv: {
        id: v.indicator.id,
        indicator: v.indicator.name,
        unit: v.indicator.unit,
        direction: direction(v.indicator),
        baselineYear: v.series?.baseline?.year ?? null,
        baseline: v.series?.baseline?.value ?? null,
        targetYear: v.series?.target?.year ?? null,
        target: v.series?.target?.value ?? null,
        latestYear: v.latest?.year ?? null,
        latest: v.latest?.value ?? null,
        ...Object.fromEntries(years.map((year) => [`y${year}`, v.values.get(year) ?? null])),
        progress: t(`indicatorCategory.${v.category}`),
        source: v.indicator.source,
      },
    }),
  );

  const items = views.map((v): SmallMultiplesDrawing['items'][number] => {
    const { indicator, series, category, latest } = v;
    const points = series?.observations.map((o) => ({ x: o.year, y: o.value })) ?? [];
    const references: SmallMultiplesDrawing['items'][number]['references'] = [];
    if (series?.baseline) references.push({ y: series.baseline.value, label: t(`${KEYS}.referenceBaseline`, { value: number(series.baseline.value) }) });
    if (series?.target) references.push({ y: series.target.value, label: t(`${KEYS}.referenceTarget`, { value: number(series.target.value) }), dashed: true });
    return {
      key: indicator.id,
      title: indicator.name,
      titleLang: fallbackLang(indicator, 'name'),
      href: `/indicators/${encodeURIComponent(indicator.id)}`,
      unit: indicator.unit,
      meta: `${t(`${KEYS}.unit`)}: ${indicator.unit} · ${t(`${KEYS}.${indicator.direction}`)}`,
      category,
      latestText: [
        `${t(`${KEYS}.latest`)}: ${yearValue(latest)}`,
        `${t(`${KEYS}.baseline`)}: ${yearValue(series?.baseline)}`,
        `${t(`${KEYS}.target`)}: ${yearValue(series?.target)}`,
      ].join(' · '),
      seriesLabel: jurisdiction.name,
      points,
      references,
      range: series ? valueDomain([...series.observations.map((o) => o.value), series.baseline?.value, series.target?.value]) : null,
      dots: points.length <= MAX_DOTS,
      label: t(`${KEYS}.chartLabel`, { name: indicator.name, jurisdiction: jurisdiction.name, category: t(`indicatorCategory.${category}`) }),
      source: t('chart.source', { source: indicator.source }),
    };
  });

  return {
    id: 'jurisdiction-indicators',
    viewKey: 'indicators',
    subject: jurisdiction.code,
    title: t(`${KEYS}.title`),
    caption,
    takeaway: indicatorsTakeaway(views, jurisdiction.name, ctx),
    period: label,
    source: t(`${KEYS}.source`),
    footnotes,
    drawing: { kind: 'small-multiples', progressLabel: t(`${KEYS}.progress`), items },
    // Room for one row of cards (their small charts are 170 px high) before the drawing arrives.
    height: 330,
    tables: [
      {
        caption: t(`${KEYS}.tableCaption`, { name: jurisdiction.name, year: lastYear }),
        columns: [
          { id: 'indicator', header: t(`${KEYS}.indicator`), rowHeader: true },
          { id: 'unit', header: t(`${KEYS}.unit`) },
          { id: 'direction', header: t(`${KEYS}.direction`) },
          { id: 'baseline', header: t(`${KEYS}.baseline`) },
          { id: 'target', header: t(`${KEYS}.target`) },
          { id: 'latest', header: t(`${KEYS}.latest`), numeric: true },
          ...years.map((year) => ({ id: `y${year}`, header: String(year), numeric: true })),
          { id: 'progress', header: t(`${KEYS}.progress`) },
          { id: 'source', header: t(`${KEYS}.sourceColumn`) },
        ],
        rows,
      },
    ],
    csvColumns: [
      { key: 'id', label: t(`${KEYS}.id`) },
      { key: 'indicator', label: t(`${KEYS}.indicator`) },
      { key: 'unit', label: t(`${KEYS}.unit`) },
      { key: 'direction', label: t(`${KEYS}.direction`) },
      { key: 'baselineYear', label: t(`${KEYS}.baselineYear`) },
      { key: 'baseline', label: t(`${KEYS}.baseline`) },
      { key: 'targetYear', label: t(`${KEYS}.targetYear`) },
      { key: 'target', label: t(`${KEYS}.target`) },
      { key: 'latestYear', label: t(`${KEYS}.latestYear`) },
      { key: 'latest', label: t(`${KEYS}.latest`) },
      ...years.map((year) => ({ key: `y${year}`, label: String(year) })),
      { key: 'progress', label: t(`${KEYS}.progress`) },
      { key: 'source', label: t(`${KEYS}.sourceColumn`) },
    ],
    csvNotes: [jurisdiction.name, caption, t('chart.period', { period: `${label} (${period})` }), ...footnotes],
    fileNameParts: ['roadmap', jurisdiction.code, 'indicators', period],
    slide: { kind: 'jurisdiction-indicators', param: jurisdiction.code },
  };
}
