/**
 * "Completed share over time": each jurisdiction's completed share at the end of every period up
 * to the selected one, one line per jurisdiction. Shown on the overview, as the `overview-trend`
 * slide and embed. The takeaway names the largest rise from a jurisdiction's first to its last
 * known share.
 */
import type { Jurisdiction, Period, Progress, Roadmap } from '../../api/schemas';
import { designationNotes } from '../designation';
import { extremes } from '../extremes';
import { formatCount, formatShare, periodLabel, sharePercent } from '../format';
import { trendChanges, trendRows, type TrendChange, type TrendRow } from '../overview-progress';
import { comparePeriods } from '../periods';
import { seriesSlot, type ChartModel, type ModelContext, type ModelRow } from './model';

export interface TrendInput {
  roadmap: Pick<Roadmap, 'source'>;
  progress: Pick<Progress, 'trend'>;
  jurisdictions: readonly Jurisdiction[];
  /** The selected period: the last one shown. */
  period: Period;
}

const KEYS = 'charts.overviewTrend';
/** Beyond this many periods the lines are drawn without a dot per value. */
const DOTS_UP_TO = 30;

/** A change between two shares in whole percentage points (0.123 -> 12): what the takeaway compares and prints. */
function points(change: number): number {
  return Math.round(change * 100);
}

/**
 * The largest rise, with the cases: nothing known, a single period, every jurisdiction rising by
 * the same number of points, and no rise at all. Ties name the jurisdiction listed first.
 */
export function trendTakeaway(
  rows: readonly TrendRow[],
  changes: readonly TrendChange[],
  names: ReadonlyMap<string, string>,
  { t, locale }: ModelContext,
): string {
  const first = rows[0]?.period;
  const last = rows[rows.length - 1]?.period;
  const anyShare = rows.some((row) => Object.values(row.values).some((v) => typeof v === 'number'));
  if (!first || !last || !anyShare) return t(`${KEYS}.takeawayEmpty`);
  if (rows.length < 2) return t(`${KEYS}.takeawaySingle`, { period: periodLabel(last, locale) });
  // Rises are compared as printed, in whole points, so that equal figures are a tie (the first listed wins).
  const format = (rise: number) => formatCount(rise, locale);
  const span = { start: periodLabel(first, locale), end: periodLabel(last, locale) };
  const ends = extremes(changes, { value: (c) => points(c.change), format });
  const gain = (c: TrendChange) =>
    t(`${KEYS}.takeawayGain`, {
      name: names.get(c.jurisdiction) ?? c.jurisdiction,
      from: formatShare(c.from.completion, locale),
      start: periodLabel(c.from.period, locale),
      to: formatShare(c.to.completion, locale),
      end: periodLabel(c.to.period, locale),
    });
  switch (ends.kind) {
    case 'none':
      return t(`${KEYS}.takeawayNoGain`, span);
    case 'single':
      return ends.value > 0 ? gain(ends.only) : t(`${KEYS}.takeawayNoGain`, span);
    case 'level':
      return ends.value > 0 ? t(`${KEYS}.takeawayLevel`, { ...span, count: ends.value, points: format(ends.value) }) : t(`${KEYS}.takeawayNoGain`, span);
    case 'spread':
      return ends.bestValue > 0 ? gain(ends.best) : t(`${KEYS}.takeawayNoGain`, span);
  }
}

export function overviewTrendModel({ roadmap, progress, jurisdictions, period }: TrendInput, ctx: ModelContext): ChartModel {
  const { t, locale } = ctx;
  // The figures as known at the selected period: nothing after it.
  const rows = trendRows(progress.trend).filter((row) => comparePeriods(row.period, period) <= 0);
  // One line per jurisdiction the API reports, in the API's order.
  const shown = jurisdictions.filter((j) => rows.some((row) => row.values[j.code] !== undefined));
  const codes = shown.map((j) => j.code);
  const names = new Map(shown.map((j) => [j.code, j.name]));
  const first = rows[0]?.period ?? period;
  const last = rows[rows.length - 1]?.period ?? period;
  const span = t(`${KEYS}.periods`, { from: periodLabel(first, locale), to: periodLabel(last, locale) });
  const footnotes = designationNotes(jurisdictions, codes);
  const tableRows: ModelRow[] = rows.map((row) => ({
    key: row.period,
    cells: {
      period: { value: row.period, text: periodLabel(row.period, locale) },
      ...Object.fromEntries(shown.map((j) => [j.code, { value: row.values[j.code] ?? null, text: formatShare(row.values[j.code] ?? null, locale) }])),
    },
    csv: { period: row.period, ...Object.fromEntries(shown.map((j) => [j.code, sharePercent(row.values[j.code])])) },
  }));
  return {
    id: 'overview-trend',
    viewKey: 'trend',
    title: t(`${KEYS}.title`),
    caption: t(`${KEYS}.caption`),
    takeaway: trendTakeaway(rows, trendChanges(rows, codes), names, ctx),
    period: span,
    source: roadmap.source,
    footnotes,
    drawing: {
      kind: 'lines',
      series: shown.map((j) => ({
        key: j.code,
        label: j.name,
        slot: seriesSlot(j.code),
        points: rows.map((row) => ({ x: periodLabel(row.period, locale), y: sharePercent(row.values[j.code]) })),
      })),
      references: [],
      yDomain: [0, 100],
      axis: { kind: 'percent' },
      dots: rows.length <= DOTS_UP_TO,
    },
    height: 360,
    tables: [
      {
        caption: t(`${KEYS}.tableCaption`, { from: periodLabel(first, locale), to: periodLabel(last, locale) }),
        columns: [
          { id: 'period', header: t(`${KEYS}.period`), rowHeader: true },
          ...shown.map((j) => ({ id: j.code, header: j.name, numeric: true })),
        ],
        rows: tableRows,
        sortParam: 'trendSort',
      },
    ],
    csvColumns: [{ key: 'period', label: t(`${KEYS}.period`) }, ...shown.map((j) => ({ key: j.code, label: `${j.name} (%)` }))],
    csvNotes: [
      t(`${KEYS}.unitNote`),
      t('chart.period', { period: `${span} (${t(`${KEYS}.periods`, { from: first, to: last })})` }),
      t('chart.source', { source: roadmap.source }),
      ...footnotes,
    ],
    fileNameParts: ['roadmap', 'completion-over-time', first, last],
    slide: { kind: 'overview-trend' },
  };
}
