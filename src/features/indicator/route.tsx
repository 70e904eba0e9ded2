/**
 * One indicator over time with the jurisdictions compared: definition, unit, direction and source;
 * one line per compared jurisdiction (table twin: years x jurisdictions, baselines and targets);
 * each compared jurisdiction's progress category with the method and the figures behind it.
 *
 * URL: /indicators/:indicatorId ? period (default: the as-of period) & compare=AL,RS (default: all
 *      six, written as no parameter) & tables=values (table view).
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { isNotFound } from '../../api/errors';
import { indicatorQuery, jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import type { Indicator, IndicatorSeries, Jurisdiction, JurisdictionCode, Roadmap } from '../../api/schemas';
import { SERIES_COLORS } from '../../components/chart-theme';
import { ChartFrame } from '../../components/chart-frame';
import type { DataColumn } from '../../components/data-table';
import { LazyDataTable } from '../../components/lazy-data-table';
import { IndicatorCategory } from '../../components/indicator-category';
import type { LineSeries, ReferenceMark } from '../../components/line-chart';
import { NotFound } from '../../components/not-found';
import { PeriodSelect, usePeriod, type PeriodState } from '../../components/period-select';
import { QueryState } from '../../components/query-state';
import { SectionBoundary } from '../../components/section-boundary';
import { useUpdateSearch } from '../../components/url-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { formatGrowth, formatNumber, periodLabel } from '../../domain/format';
import { GROWTH_THRESHOLDS, indicatorProgress, RATIO_THRESHOLDS, type IndicatorProgress } from '../../domain/indicator-progress';
import {
  compareParam,
  lastYearEndedBy,
  latestExtremes,
  latestValue,
  parseCompare,
  seriesAt,
  toggleCompared,
  valueDomain,
  yearRows,
  type LatestValue,
  type YearCell,
  type YearRow,
} from '../../domain/indicator-view';
import { indicator } from '../../i18n/en/indicator';
import { addMessages } from '../../i18n/i18n';
import './indicator.css';

addMessages({ indicator });

const TimeLineChart = lazy(() => import('../../components/line-chart'));

/** Beyond this many years the lines are drawn without a dot per value. */
const DOTS_UP_TO = 30;

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

/** A compared jurisdiction's series as it stood at the end of the selected period. */
interface ComparedSeries extends IndicatorSeries {
  name: string;
  color: string | undefined;
}

/** The compared set (`?compare=`), in the order the API lists the jurisdictions. */
function useCompare(codes: readonly JurisdictionCode[]) {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const update = useUpdateSearch();
  const raw = searchParams.get('compare');
  const selection = useMemo(() => parseCompare(raw, codes), [raw, codes]);
  // The boxes show a change at once; the URL (and with it the data) follows with the navigation.
  const [pending, setPending] = useState<{ at: typeof location; selected: JurisdictionCode[] } | null>(null);
  const shown = pending && pending.at === location ? pending.selected : selection.selected;
  const set = (next: readonly JurisdictionCode[]) => {
    setPending({ at: location, selected: [...next] });
    update({ compare: compareParam(next, codes) });
  };
  return { selection, shown, set };
}

function withPeriod(path: string, state: PeriodState): string {
  return state.isLatest ? path : `${path}?period=${encodeURIComponent(state.period)}`;
}

function IndicatorPage({ indicator, roadmap, jurisdictions }: { indicator: Indicator; roadmap: Roadmap; jurisdictions: readonly Jurisdiction[] }) {
  const { t } = useTranslation();
  useDocumentTitle(indicator.name);
  const periodState = usePeriod(roadmap);
  const pillar = roadmap.pillars.find((p) => p.id === indicator.pillar);
  const codes = useMemo(
    () => jurisdictions.map((j) => j.code).filter((code) => indicator.series.some((s) => s.jurisdiction === code)),
    [jurisdictions, indicator],
  );
  const { selection, shown, set } = useCompare(codes);
  const compared = useMemo(
    (): ComparedSeries[] =>
      selection.selected.flatMap((code) => {
        const series = indicator.series.find((s) => s.jurisdiction === code);
        if (!series) return [];
        return [
          {
            ...seriesAt(series, periodState.period),
            name: jurisdictions.find((j) => j.code === code)?.name ?? code,
            color: SERIES_COLORS[codes.indexOf(code) % SERIES_COLORS.length],
          },
        ];
      }),
    [selection.selected, indicator, periodState.period, jurisdictions, codes],
  );
  const footnotes = useMemo(
    () => jurisdictions.flatMap((j) => (j.designationFootnote && selection.selected.includes(j.code) ? [`${j.name} ${j.designationFootnote}`] : [])),
    [jurisdictions, selection.selected],
  );

  return (
    <>
      {pillar && (
        <p className="indicator-kicker">
          <Link to={withPeriod(`/pillars/${pillar.id}`, periodState)}>{t('indicator.kicker', { number: pillar.number, pillar: pillar.name })}</Link>
        </p>
      )}
      <h1>{indicator.name}</h1>
      <section aria-labelledby="indicator-definition" className="indicator-definition">
        <h2 id="indicator-definition" className="visually-hidden">
          {t('indicator.definition')}
        </h2>
        <p>{indicator.description}</p>
        <dl className="indicator-facts">
          <div>
            <dt>{t('indicator.unit')}</dt>
            <dd>{indicator.unit}</dd>
          </div>
          <div>
            <dt>{t('indicator.direction')}</dt>
            <dd>{indicator.direction === 'higher' ? t('indicator.higher') : t('indicator.lower')}</dd>
          </div>
          <div>
            <dt>{t('indicator.source')}</dt>
            <dd>{indicator.source}</dd>
          </div>
        </dl>
      </section>
      <div className="page-intro">
        <p>{t('indicator.intro', { period: periodLabel(periodState.period), year: lastYearEndedBy(periodState.period) })}</p>
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
        <ValuesSection indicator={indicator} compared={compared} periodState={periodState} footnotes={footnotes} />
      </SectionBoundary>
      <SectionBoundary>
        <ProgressSection indicator={indicator} compared={compared} periodState={periodState} footnotes={footnotes} />
      </SectionBoundary>
    </>
  );
}

function CompareControl({
  jurisdictions,
  selected,
  invalid,
  fellBack,
  onChange,
}: {
  jurisdictions: readonly Jurisdiction[];
  selected: readonly JurisdictionCode[];
  /** Values of `?compare=` that are not jurisdiction codes. */
  invalid: readonly string[];
  /** Whether every jurisdiction is shown because of them. */
  fellBack: boolean;
  onChange: (next: readonly JurisdictionCode[]) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const all = jurisdictions.map((j) => j.code);
  const lastOne = selected.length === 1;
  return (
    <fieldset className="indicator-compare" aria-describedby={lastOne ? hintId : undefined}>
      <legend>{t('indicator.compare.legend')}</legend>
      <div className="indicator-compare-options">
        {jurisdictions.map((j) => {
          const checked = selected.includes(j.code);
          return (
            <label key={j.code}>
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && lastOne}
                onChange={() => onChange(toggleCompared(selected, j.code, all))}
              />{' '}
              {j.name}
            </label>
          );
        })}
        {selected.length < all.length && (
          <button type="button" onClick={() => onChange(all)}>
            {t('indicator.compare.all')}
          </button>
        )}
      </div>
      {lastOne && (
        <p id={hintId} className="indicator-compare-hint">
          {t('indicator.compare.lastOne')}
        </p>
      )}
      {invalid.length > 0 && (
        <p className="notice" role="status">
          {fellBack
            ? t('indicator.compare.invalidAll', { values: invalid.join(', ') })
            : t('indicator.compare.invalid', { values: invalid.join(', ') })}
        </p>
      )}
    </fieldset>
  );
}

/** A value inside a table whose caption names the unit: only a per cent sign stays attached. */
function tableValue(value: number, unit: string): string {
  return formatNumber(value, unit === '%' ? '%' : undefined);
}

function valueText(value: number, unit: string): string {
  return formatNumber(value, unit);
}

/** A table cell for one year: the value, its quality when not simply reported, or "missing". */
function cellText(cell: YearCell | undefined, t: ReturnType<typeof useTranslation>['t']): string {
  if (!cell || cell.value === null) return t('indicator.table.missing');
  const value = formatNumber(cell.value);
  if (cell.quality === 'estimated') return t('indicator.table.estimated', { value });
  if (cell.quality === 'provisional') return t('indicator.table.provisional', { value });
  return value;
}

function ValuesSection({
  indicator,
  compared,
  periodState,
  footnotes,
}: {
  indicator: Indicator;
  compared: ComparedSeries[];
  periodState: PeriodState;
  footnotes: string[];
}) {
  const { t } = useTranslation();
  const { unit } = indicator;
  const rows = useMemo(() => yearRows(compared), [compared]);
  const first = rows[0]?.year;
  const last = rows[rows.length - 1]?.year;
  const label = periodLabel(periodState.period);
  const periodText =
    first !== undefined && last !== undefined ? t('indicator.values.years', { period: label, first, last }) : t('indicator.values.noYears', { period: label });
  const title = t('indicator.values.title');
  const takeaway = useValuesTakeaway(compared, indicator);
  const single = compared.length === 1 ? compared[0] : undefined;

  const series = useMemo(
    (): LineSeries[] =>
      compared.map((s) => ({
        key: s.jurisdiction,
        label: s.name,
        color: s.color,
        points: rows.map((r) => ({ x: r.year, y: r.cells[s.jurisdiction]?.value ?? null })),
      })),
    [compared, rows],
  );
  const references = useMemo((): ReferenceMark[] => {
    if (!single) return [];
    const marks: ReferenceMark[] = [];
    if (single.baseline)
      marks.push({ y: single.baseline.value, label: t('indicator.values.baselineMark', { year: single.baseline.year, value: valueText(single.baseline.value, unit) }) });
    if (single.target)
      marks.push({ y: single.target.value, label: t('indicator.values.targetMark', { year: single.target.year, value: valueText(single.target.value, unit) }), dashed: true });
    return marks;
  }, [single, t, unit]);
  // With reference lines, the value axis must reach the baseline and the target too.
  const yDomain = useMemo(() => {
    if (!single || references.length === 0) return undefined;
    const values = [...single.observations.flatMap((o) => (o.value === null ? [] : [o.value])), ...references.map((r) => r.y)];
    return valueDomain(values) ?? undefined;
  }, [single, references]);

  const height = 360;
  return (
    <ChartFrame
      id="values"
      title={title}
      caption={t('indicator.values.caption', { name: indicator.name, unit })}
      period={periodText}
      source={indicator.source}
      takeaway={takeaway}
      footnotes={footnotes}
      chartHeight={height}
      chart={
        <TimeLineChart
          series={series}
          references={references}
          yDomain={yDomain}
          height={height}
          label={`${title}: ${takeaway}`}
          formatValue={(v) => formatNumber(v, unit === '%' ? '%' : undefined)}
          dots={rows.length <= DOTS_UP_TO}
        />
      }
      table={<ValuesTables indicator={indicator} compared={compared} rows={rows} />}
      fileNameParts={['roadmap', 'indicator', indicator.id, periodState.period]}
      slide={{ kind: 'indicator', param: indicator.id }}
      csv={() => ({
        columns: [
          { key: 'jurisdiction', label: t('indicator.csv.jurisdiction') },
          { key: 'code', label: t('indicator.csv.code') },
          { key: 'year', label: t('indicator.csv.year') },
          { key: 'value', label: t('indicator.csv.value') },
          { key: 'unit', label: t('indicator.csv.unit') },
          { key: 'quality', label: t('indicator.csv.quality') },
          { key: 'source', label: t('indicator.csv.source') },
        ],
        rows: compared.flatMap((s) =>
          s.observations.map((o) => ({
            jurisdiction: s.name,
            code: s.jurisdiction,
            year: o.year,
            value: o.value,
            unit,
            quality: t(`indicator.quality.${o.quality}`),
            source: o.source,
          })),
        ),
        notes: [
          t('indicator.csv.indicator', { name: indicator.name }),
          t('indicator.csv.unitNote', { unit }),
          t('indicator.csv.directionNote', { direction: indicator.direction === 'higher' ? t('indicator.higher') : t('indicator.lower') }),
          ...(first !== undefined && last !== undefined ? [t('indicator.csv.yearsNote', { first, last, period: `${label} (${periodState.period})` })] : []),
          t('chart.source', { source: indicator.source }),
          t('indicator.csv.missingNote'),
          ...compared.map((s) =>
            t('indicator.csv.baselineNote', {
              jurisdiction: s.name,
              baseline: s.baseline ? t('indicator.table.valueInYear', { value: valueText(s.baseline.value, unit), year: s.baseline.year }) : t('indicator.table.noneSet'),
              target: s.target ? t('indicator.table.valueInYear', { value: valueText(s.target.value, unit), year: s.target.year }) : t('indicator.table.noneSet'),
            }),
          ),
          ...footnotes,
        ],
      })}
    />
  );
}

function useValuesTakeaway(compared: ComparedSeries[], indicator: Indicator): string {
  const { t } = useTranslation();
  const { unit } = indicator;
  const name = (latest: LatestValue<JurisdictionCode>) => compared.find((s) => s.jurisdiction === latest.jurisdiction)?.name ?? latest.jurisdiction;
  const single = compared.length === 1 ? compared[0] : undefined;
  if (single) {
    const latest = latestValue(single);
    if (!latest) return t('indicator.values.takeawayNone');
    const facts = {
      jurisdiction: single.name,
      value: valueText(latest.value, unit),
      year: latest.year,
      baseline: single.baseline ? valueText(single.baseline.value, unit) : '',
      baselineYear: single.baseline?.year ?? '',
      target: single.target ? valueText(single.target.value, unit) : '',
      targetYear: single.target?.year ?? '',
    };
    if (single.baseline && single.target) return t('indicator.values.takeawaySingleBoth', facts);
    if (single.baseline) return t('indicator.values.takeawaySingleBaseline', facts);
    if (single.target) return t('indicator.values.takeawaySingleTarget', facts);
    return t('indicator.values.takeawaySingle', facts);
  }
  const ends = latestExtremes(compared, indicator.direction);
  if (!ends) return t('indicator.values.takeawayNone');
  if (ends.best.jurisdiction === ends.weakest.jurisdiction) {
    return t('indicator.values.takeawayOnly', { jurisdiction: name(ends.best), value: valueText(ends.best.value, unit), year: ends.best.year });
  }
  return t('indicator.values.takeawaySpread', {
    best: name(ends.best),
    bestValue: valueText(ends.best.value, unit),
    bestYear: ends.best.year,
    weakest: name(ends.weakest),
    weakestValue: valueText(ends.weakest.value, unit),
    weakestYear: ends.weakest.year,
  });
}

function ValuesTables({ indicator, compared, rows }: { indicator: Indicator; compared: ComparedSeries[]; rows: YearRow<JurisdictionCode>[] }) {
  const { t } = useTranslation();
  const { unit } = indicator;
  const columns = useMemo(
    (): DataColumn<YearRow<JurisdictionCode>>[] => [
      { id: 'year', header: t('indicator.table.year'), rowHeader: true, value: (r) => r.year },
      ...compared.map(
        (s): DataColumn<YearRow<JurisdictionCode>> => ({
          id: s.jurisdiction,
          header: s.name,
          numeric: true,
          value: (r) => r.cells[s.jurisdiction]?.value ?? null,
          cell: (r) => cellText(r.cells[s.jurisdiction], t),
        }),
      ),
    ],
    [compared, t],
  );
  const refColumns = useMemo(
    (): DataColumn<ComparedSeries>[] => [
      { id: 'jurisdiction', header: t('indicator.table.jurisdiction'), rowHeader: true, value: (s) => s.name },
      {
        id: 'baseline',
        header: t('indicator.table.baseline'),
        numeric: true,
        value: (s) => s.baseline?.value ?? null,
        cell: (s) =>
          s.baseline ? t('indicator.table.valueInYear', { value: formatNumber(s.baseline.value), year: s.baseline.year }) : t('indicator.table.noneSet'),
      },
      {
        id: 'target',
        header: t('indicator.table.target'),
        numeric: true,
        value: (s) => s.target?.value ?? null,
        cell: (s) => (s.target ? t('indicator.table.valueInYear', { value: formatNumber(s.target.value), year: s.target.year }) : t('indicator.table.noneSet')),
      },
    ],
    [t],
  );
  return (
    <div className="indicator-tables">
      <LazyDataTable caption={t('indicator.table.caption', { name: indicator.name, unit })} columns={columns} rows={rows} rowKey={(r) => String(r.year)} />
      <LazyDataTable caption={t('indicator.table.refCaption', { unit })} columns={refColumns} rows={compared} rowKey={(s) => s.jurisdiction} />
    </div>
  );
}

interface ProgressRow {
  code: JurisdictionCode;
  name: string;
  result: IndicatorProgress;
  latest: LatestValue<JurisdictionCode> | null;
  target: ComparedSeries['target'];
}

/** A share or rate as a percentage with up to one decimal: 0.95 -> '95%', 0.015 -> '1.5%'. */
function percent(value: number): string {
  return new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

function ProgressSection({
  indicator,
  compared,
  periodState,
  footnotes,
}: {
  indicator: Indicator;
  compared: ComparedSeries[];
  periodState: PeriodState;
  footnotes: string[];
}) {
  const { t } = useTranslation();
  const { unit } = indicator;
  const label = periodLabel(periodState.period);
  const rows = useMemo(
    (): ProgressRow[] =>
      compared.map((s) => ({
        code: s.jurisdiction,
        name: s.name,
        result: indicatorProgress({ direction: indicator.direction, baseline: s.baseline, target: s.target, observations: s.observations }),
        latest: latestValue(s),
        target: s.target,
      })),
    [compared, indicator.direction],
  );
  const columns = useMemo(
    (): DataColumn<ProgressRow>[] => [
      { id: 'jurisdiction', header: t('indicator.progress.jurisdiction'), rowHeader: true, value: (r) => r.name },
      {
        id: 'category',
        header: t('indicator.progress.category'),
        value: (r) => r.result.category,
        cell: (r) => <IndicatorCategory category={r.result.category} />,
      },
      {
        id: 'latest',
        header: t('indicator.progress.latest'),
        numeric: true,
        value: (r) => r.latest?.value ?? null,
        cell: (r) => (r.latest ? t('indicator.method.valueInYear', { value: tableValue(r.latest.value, unit), year: r.latest.year }) : t('indicator.progress.noValue')),
      },
      {
        id: 'target',
        header: t('indicator.progress.target'),
        numeric: true,
        value: (r) => r.target?.value ?? null,
        cell: (r) => (r.target ? t('indicator.method.valueInYear', { value: tableValue(r.target.value, unit), year: r.target.year }) : t('indicator.table.noneSet')),
      },
    ],
    [t, unit],
  );

  const inputColumns = useMemo((): DataColumn<ProgressRow>[] => {
    const inYear = (value: number, year: number) => t('indicator.method.valueInYear', { value: tableValue(value, unit), year });
    return [
      { id: 'jurisdiction', header: t('indicator.method.jurisdiction'), rowHeader: true, value: (r) => r.name },
      {
        id: 'base',
        header: t('indicator.method.base'),
        numeric: true,
        value: (r) => r.result.inputs.baseValue,
        cell: ({ result: { inputs } }) =>
          inputs.baseValue === null || inputs.baseYear === null
            ? t('indicator.method.none')
            : t(inputs.baseSource === 'baseline' ? 'indicator.method.fromBaseline' : 'indicator.method.fromFirst', {
                value: tableValue(inputs.baseValue, unit),
                year: inputs.baseYear,
              }),
      },
      {
        id: 'latest',
        header: t('indicator.method.latest'),
        numeric: true,
        value: (r) => r.result.inputs.latestValue,
        cell: ({ result: { inputs } }) =>
          inputs.latestValue === null || inputs.latestYear === null ? t('indicator.method.none') : inYear(inputs.latestValue, inputs.latestYear),
      },
      {
        id: 'target',
        header: t('indicator.method.target'),
        numeric: true,
        value: (r) => r.result.inputs.targetValue,
        cell: ({ result: { inputs } }) =>
          inputs.targetValue === null || inputs.targetYear === null ? t('indicator.method.none') : inYear(inputs.targetValue, inputs.targetYear),
      },
      {
        id: 'actualGrowth',
        header: t('indicator.method.actualGrowth'),
        numeric: true,
        value: (r) => r.result.inputs.actualGrowth,
        cell: (r) => formatGrowth(r.result.inputs.actualGrowth),
      },
      {
        id: 'requiredGrowth',
        header: t('indicator.method.requiredGrowth'),
        numeric: true,
        value: (r) => r.result.inputs.requiredGrowth,
        cell: (r) => formatGrowth(r.result.inputs.requiredGrowth),
      },
      {
        id: 'ratio',
        header: t('indicator.method.ratio'),
        numeric: true,
        value: (r) => r.result.inputs.ratio,
        cell: (r) => (r.result.inputs.ratio === null ? formatGrowth(null) : percent(r.result.inputs.ratio)),
      },
      {
        id: 'result',
        header: t('indicator.method.result'),
        value: (r) => r.result.category,
        cell: ({ result }) =>
          result.category === 'not_available'
            ? t('indicator.method.notAvailable', { reason: t(`indicator.reason.${result.reason}`) })
            : result.method === 'without_target'
              ? t('indicator.method.withoutTargetResult', { category: t(`indicatorCategory.${result.category}`) })
              : t(`indicatorCategory.${result.category}`),
      },
    ];
  }, [t, unit]);

  return (
    <section aria-labelledby="indicator-progress-title" className="indicator-progress">
      <h2 id="indicator-progress-title">{t('indicator.progress.title')}</h2>
      <p>{t('indicator.progress.intro', { period: label })}</p>
      <LazyDataTable caption={t('indicator.progress.caption', { period: label, unit })} columns={columns} rows={rows} rowKey={(r) => r.code} />
      <details className="indicator-method">
        <summary>{t('indicator.method.summary')}</summary>
        <p>{t('indicator.method.intro')}</p>
        <p>{t('indicator.method.growth')}</p>
        <p>
          {t('indicator.method.withTarget', {
            onTrack: percent(RATIO_THRESHOLDS.onTrack),
            acceleration: percent(RATIO_THRESHOLDS.accelerationNeeded),
            limited: percent(RATIO_THRESHOLDS.limitedProgress),
          })}
        </p>
        <p>
          {t('indicator.method.withoutTarget', {
            onTrack: percent(GROWTH_THRESHOLDS.onTrack),
            acceleration: percent(GROWTH_THRESHOLDS.accelerationNeeded),
            limited: percent(GROWTH_THRESHOLDS.limitedProgress),
          })}
        </p>
        <p>{indicator.direction === 'higher' ? t('indicator.method.directionHigher') : t('indicator.method.directionLower')}</p>
        <LazyDataTable caption={t('indicator.method.inputsCaption', { unit })} columns={inputColumns} rows={rows} rowKey={(r) => r.code} />
      </details>
      {footnotes.map((note) => (
        <p key={note} className="footnote">
          {note}
        </p>
      ))}
    </section>
  );
}
