/**
 * "Values over time": one indicator per year for the compared jurisdictions (`?compare=`), as known
 * at the end of a period, with the baseline and target as reference lines when one jurisdiction is
 * compared. Table twin: years x jurisdictions, then each compared jurisdiction's baseline, latest
 * value, target and progress category (the same rules as every other screen: domain/indicator-*).
 * Shown on the indicator screen, as the `indicator` slide and as the `indicator-values` embed.
 */
import type { Indicator, Jurisdiction, JurisdictionCode, Period } from '../../api/schemas';
import { parseCompare } from '../compare';
import { designationNotes } from '../designation';
import { extremes } from '../extremes';
import { formatNumber, periodLabel } from '../format';
import { indicatorProgressAt, type IndicatorStanding } from '../indicator-progress';
import { yearRows, type YearCell } from '../indicator-series';
import { valueDomain } from '../value-axis';
import { seriesSlot, type ChartModel, type LinesDrawing, type ModelContext, type ModelRow } from './model';
import { fallbackLang } from '../translation';

/** Beyond this many years the lines are drawn without a dot per value. */
export const DOTS_UP_TO = 30;

export interface IndicatorValuesInput {
  indicator: Indicator;
  jurisdictions: readonly Jurisdiction[];
  period: Period;
  /** The raw `?compare=` value (null: every jurisdiction). */
  compare: string | null;
}

/** The jurisdictions that report a series for the indicator, in the API's order: what can be compared. */
export function comparableCodes(indicator: Pick<Indicator, 'series'>, jurisdictions: readonly Pick<Jurisdiction, 'code'>[]): JurisdictionCode[] {
  return jurisdictions.map((j) => j.code).filter((code) => indicator.series.some((s) => s.jurisdiction === code));
}

interface Compared extends IndicatorStanding {
  code: JurisdictionCode;
  name: string;
  /** Fields of the jurisdiction shown in English (its `untranslated`). */
  untranslated?: readonly string[];
}

const KEYS = 'chartDetails.indicatorValues';

export function indicatorValuesModel({ indicator, jurisdictions, period, compare }: IndicatorValuesInput, ctx: ModelContext): ChartModel {
  const { t, locale } = ctx;
  const { unit } = indicator;
  const value = (v: number) => formatNumber(v, unit, locale);
  /** In a table whose caption names the unit, only a per cent sign stays attached (as in the progress table). */
  const tableValue = (v: number) => formatNumber(v, unit === '%' ? '%' : undefined, locale);
  const inYear = (point: { value: number; year: number } | null) =>
    point ? t(`${KEYS}.valueInYear`, { value: tableValue(point.value), year: point.year }) : t(`${KEYS}.noneSet`);

  const { selected } = parseCompare(compare, comparableCodes(indicator, jurisdictions));
  const compared = selected.flatMap((code): Compared[] => {
    const standing = indicatorProgressAt(indicator, code, period);
    const j = jurisdictions.find((x) => x.code === code);
    return standing ? [{ ...standing, code, name: j?.name ?? code, untranslated: j?.untranslated }] : [];
  });
  const years = yearRows(compared.map((c) => ({ jurisdiction: c.code, observations: c.series.observations })));
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  const label = periodLabel(period, ctx.locale);
  const single = compared.length === 1 ? compared[0] : undefined;
  // Named, so that a slide or an embed of one indicator says which.
  const title = t(`${KEYS}.title`, { name: indicator.name });

  const cellText = (cell: YearCell | undefined) => {
    if (!cell || cell.value === null) return t(`${KEYS}.missing`);
    const shown = formatNumber(cell.value, undefined, locale);
    if (cell.quality === 'estimated') return t(`${KEYS}.estimated`, { value: shown });
    if (cell.quality === 'provisional') return t(`${KEYS}.provisional`, { value: shown });
    return shown;
  };
  const yearTableRows = years.map(
    (row): ModelRow => ({
      key: String(row.year),
      cells: {
        year: { value: row.year, text: String(row.year) },
        ...Object.fromEntries(compared.map((c) => [c.code, { value: row.cells[c.code]?.value ?? null, text: cellText(row.cells[c.code]) }])),
      },
      csv: compared.flatMap((c) => {
        const cell = row.cells[c.code];
        return cell
          ? [{ jurisdiction: c.name, code: c.code, year: row.year, value: cell.value, unit, quality: t(`${KEYS}.quality.${cell.quality}`), source: cell.source }]
          : [];
      }),
    }),
  );
  const standingRows = compared.map(
    (c): ModelRow => ({
      key: c.code,
      cells: {
        jurisdiction: { value: c.name, text: c.name, href: `/jurisdictions/${c.code}`, lang: fallbackLang(c, 'name') },
        baseline: { value: c.series.baseline?.value ?? null, text: inYear(c.series.baseline) },
        latest: { value: c.latest?.value ?? null, text: c.latest ? inYear(c.latest) : t(`${KEYS}.noValue`) },
        target: { value: c.series.target?.value ?? null, text: inYear(c.series.target) },
        progress: { value: c.progress.category, text: t(`indicatorCategory.${c.progress.category}`), category: c.progress.category },
      },
    }),
  );

  const references: LinesDrawing['references'] = [];
  if (single?.series.baseline) {
    const { year, value: v } = single.series.baseline;
    references.push({ y: v, label: t(`${KEYS}.baselineMark`, { year, value: value(v) }) });
  }
  if (single?.series.target) {
    const { year, value: v } = single.series.target;
    references.push({ y: v, label: t(`${KEYS}.targetMark`, { year, value: value(v) }), dashed: true });
  }
  // With reference lines, the value axis must reach the baseline and the target too.
  const yDomain =
    single && references.length > 0 ? (valueDomain([...single.series.observations.map((o) => o.value), ...references.map((r) => r.y)]) ?? undefined) : undefined;

  const footnotes = designationNotes(jurisdictions, compared.map((c) => c.code));
  const direction = t(`${KEYS}.csv.${indicator.direction}`);
  return {
    id: 'indicator-values',
    viewKey: 'values',
    subject: indicator.id,
    title,
    caption: t(`${KEYS}.caption`, { name: indicator.name, unit }),
    takeaway: valuesTakeaway(compared, indicator, ctx),
    period: first !== undefined && last !== undefined ? t(`${KEYS}.years`, { period: label, first, last, unit }) : t(`${KEYS}.noYears`, { period: label, unit }),
    source: indicator.source,
    footnotes,
    drawing: {
      kind: 'lines',
      series: compared.map((c) => ({ key: c.code, label: c.name, slot: seriesSlot(c.code), points: years.map((r) => ({ x: r.year, y: r.cells[c.code]?.value ?? null })) })),
      references,
      yDomain,
      axis: { kind: 'number', unit },
      dots: years.length <= DOTS_UP_TO,
    },
    height: 360,
    tables: [
      {
        caption: t(`${KEYS}.tableCaption`, { name: indicator.name, unit }),
        columns: [{ id: 'year', header: t(`${KEYS}.year`), rowHeader: true }, ...compared.map((c) => ({ id: c.code, header: c.name, numeric: true }))],
        rows: yearTableRows,
      },
      {
        caption: t(`${KEYS}.refCaption`, { unit, period: label }),
        columns: [
          { id: 'jurisdiction', header: t('charts.jurisdiction'), rowHeader: true },
          { id: 'baseline', header: t(`${KEYS}.baseline`), numeric: true },
          { id: 'latest', header: t(`${KEYS}.latest`), numeric: true },
          { id: 'target', header: t(`${KEYS}.target`), numeric: true },
          { id: 'progress', header: t(`${KEYS}.progress`) },
        ],
        rows: standingRows,
      },
    ],
    csvColumns: [
      { key: 'jurisdiction', label: t('charts.jurisdiction') },
      { key: 'code', label: t('charts.code') },
      { key: 'year', label: t(`${KEYS}.csv.year`) },
      { key: 'value', label: t(`${KEYS}.csv.value`) },
      { key: 'unit', label: t(`${KEYS}.csv.unit`) },
      { key: 'quality', label: t(`${KEYS}.csv.quality`) },
      { key: 'source', label: t(`${KEYS}.csv.source`) },
    ],
    csvNotes: [
      t(`${KEYS}.csv.indicator`, { name: indicator.name }),
      t(`${KEYS}.csv.unitNote`, { unit }),
      t(`${KEYS}.csv.directionNote`, { direction }),
      ...(first !== undefined && last !== undefined ? [t(`${KEYS}.csv.yearsNote`, { first, last, period: `${label} (${period})` })] : []),
      t('chart.source', { source: indicator.source }),
      t(`${KEYS}.csv.missingNote`),
      ...compared.map((c) =>
        t(`${KEYS}.csv.baselineNote`, {
          jurisdiction: c.name,
          baseline: c.series.baseline ? t(`${KEYS}.valueInYear`, { value: value(c.series.baseline.value), year: c.series.baseline.year }) : t(`${KEYS}.noneSet`),
          target: c.series.target ? t(`${KEYS}.valueInYear`, { value: value(c.series.target.value), year: c.series.target.year }) : t(`${KEYS}.noneSet`),
        }),
      ),
      ...footnotes,
    ],
    fileNameParts: ['roadmap', 'indicator', indicator.id, period],
    slide: { kind: 'indicator', param: indicator.id },
  };
}

/**
 * One compared jurisdiction: its latest value against its baseline and target. Several: the best and
 * weakest latest values by the indicator's direction (domain/extremes: ties keep the earlier, equal
 * figures are "level").
 */
function valuesTakeaway(compared: readonly Compared[], indicator: Pick<Indicator, 'unit' | 'direction'>, { t, locale }: ModelContext): string {
  const value = (v: number) => formatNumber(v, indicator.unit, locale);
  const single = compared.length === 1 ? compared[0] : undefined;
  if (single) {
    const { latest, series } = single;
    if (!latest) return t(`${KEYS}.takeawayNone`);
    const facts = {
      jurisdiction: single.name,
      value: value(latest.value),
      year: latest.year,
      baseline: series.baseline ? value(series.baseline.value) : '',
      baselineYear: series.baseline?.year ?? '',
      target: series.target ? value(series.target.value) : '',
      targetYear: series.target?.year ?? '',
    };
    const which = series.baseline && series.target ? 'Both' : series.baseline ? 'Baseline' : series.target ? 'Target' : '';
    return t(`${KEYS}.takeawaySingle${which}`, facts);
  }
  const ends = extremes(compared, { value: (c) => c.latest?.value, direction: indicator.direction, format: value });
  switch (ends.kind) {
    case 'none':
      return t(`${KEYS}.takeawayNone`);
    case 'single':
      return t(`${KEYS}.takeawayOnly`, { jurisdiction: ends.only.name, value: value(ends.value), year: ends.only.latest?.year });
    case 'level':
      return t(`${KEYS}.takeawayLevel`, { value: value(ends.value) });
    case 'spread':
      return t(`${KEYS}.takeawaySpread`, {
        best: ends.best.name,
        bestValue: value(ends.bestValue),
        bestYear: ends.best.latest?.year,
        weakest: ends.weakest.name,
        weakestValue: value(ends.weakestValue),
        weakestYear: ends.weakest.latest?.year,
      });
  }
}
