/**
 * A chart model: everything one chart shows anywhere, computed once from API data, the period and
 * the chart's options. The screen's chart frame, the presenter slide, the CSV/SVG/PNG downloads
 * and the embed all render the same model, so the same question gets the same answer everywhere.
 * Pure: no React. Text comes through `Translate` (i18next's `t`), figures through domain/format.
 */
import { JURISDICTION_CODES, type StatusCode, type StatusCounts } from '../../api/schemas';
import type { CsvCell, CsvColumn, CsvTable } from '../csv';
import type { Slide } from '../deck';
import type { ProgressCategory } from '../indicator-progress';
import { sortRows, type SortValue, type TableSort } from '../sort';

/** i18next's `t`, narrowed to what models need. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface ModelContext {
  t: Translate;
  /** The locale figures are formatted for (Intl). */
  locale: string;
}

/** The charts of the dashboard. The id names the chart in `/embed/<id>`, `?tables=` and slides. */
export const CHART_IDS = [
  'overview-status',
  'overview-grid',
  'overview-trend',
  'jurisdiction-pillars',
  'pillar-status',
  'indicator-values',
  'jurisdiction-indicators',
] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

export interface ModelColumn {
  id: string;
  header: string;
  numeric?: boolean;
  /** The column that names the row (a row header). */
  rowHeader?: boolean;
  /** Header shown as a status badge (text and marker) for this status. */
  status?: StatusCode;
  /** A path inside the app the header links to (e.g. a pillar). */
  href?: string;
  sortable?: boolean;
  /** 'en' when the header is data text shown in English for want of a translation (domain/translation.ts). */
  lang?: 'en';
}

export interface ModelCell {
  /** Plain value for sorting; null sorts last. */
  value: SortValue;
  /** The cell as shown. */
  text: string;
  /** A path inside the app (without query string) the cell links to. */
  href?: string;
  /** Shown as an indicator-progress badge. */
  category?: ProgressCategory;
  /** Shading step of a grid cell (0-4), null when missing. */
  shade?: number | null;
  /** 'en' when the text is data shown in English for want of a translation (domain/translation.ts). */
  lang?: 'en';
}

export interface ModelRow {
  key: string;
  cells: Record<string, ModelCell>;
  /** The row in the CSV file (raw figures, codes), keyed by the CSV's columns; a list for a long-format CSV (several lines per row). */
  csv?: Record<string, CsvCell> | readonly Record<string, CsvCell>[];
}

export interface ModelTable {
  caption: string;
  columns: ModelColumn[];
  rows: ModelRow[];
  /** Query parameter holding this table's sort (`sort`, `gridSort`, ...); no parameter: not sortable. */
  sortParam?: string;
}

export interface StatusBarsDrawing {
  kind: 'status-bars';
  rows: { key: string; name: string; counts: StatusCounts; endLabel: string }[];
}

/**
 * The colour slot of a jurisdiction's line: its place in the region's order (AL, BA, XK, ME, MK,
 * RS), so that unticking one jurisdiction does not repaint the others, and a slide or an embed
 * draws each in the colour of the screen it came from.
 */
export function seriesSlot(code: string): number {
  return Math.max(0, (JURISDICTION_CODES as readonly string[]).indexOf(code));
}

export interface LinePoint {
  x: string | number;
  y: number | null;
}

export interface LinesDrawing {
  kind: 'lines';
  /** `slot`: the series' colour, the same for a jurisdiction whatever else is shown (seriesSlot). */
  series: { key: string; label: string; slot: number; points: LinePoint[] }[];
  references: { y: number; label: string; dashed?: boolean }[];
  yDomain?: [number, number];
  /** How axis ticks are written. */
  axis: { kind: 'percent' } | { kind: 'number'; unit?: string };
  /** Draw a dot per value (off for long series). */
  dots: boolean;
}

/** A shaded table (the jurisdiction x pillar grid): the chart view is the main table with shading. */
export interface GridDrawing {
  kind: 'grid';
  legend: { step: number; label: string }[];
}

/** Horizontal bars of a share on a 0-100% scale, the figure printed at the end of each row. */
export interface ShareBarsDrawing {
  kind: 'share-bars';
  rows: {
    key: string;
    name: string;
    /** The share in per cent; null when nothing is counted (no bar, the label still says so). */
    percent: number | null;
    /** Text at the end of the row, e.g. "75% (3 of 4)". */
    label: string;
    /** Shorter text for narrow screens, e.g. "75%". */
    shortLabel: string;
  }[];
}

/** One small line chart per indicator (a jurisdiction's indicators), each with its own value axis. */
export interface SmallMultiplesDrawing {
  kind: 'small-multiples';
  /** The label before each card's category badge ("Progress"). */
  progressLabel: string;
  items: {
    key: string;
    title: string;
    /** 'en' when the title is shown in English for want of a translation. */
    titleLang?: 'en';
    /** A path inside the app the title links to (the indicator's screen). */
    href: string;
    unit: string;
    /** "Unit: % · Higher is better". */
    meta: string;
    category: ProgressCategory;
    /** "Latest value: 16.1 (2018) · Baseline: … · Target: …". */
    latestText: string;
    /** The line's name (the jurisdiction). */
    seriesLabel: string;
    points: { x: number; y: number | null }[];
    references: { y: number; label: string; dashed?: boolean }[];
    /** The value axis range (domain/value-axis), null without values. */
    range: [number, number] | null;
    dots: boolean;
    /** Accessible name of the small chart. */
    label: string;
    /** "Source: …" of the indicator. */
    source: string;
  }[];
}

export type Drawing = StatusBarsDrawing | LinesDrawing | GridDrawing | ShareBarsDrawing | SmallMultiplesDrawing;

export interface ChartModel {
  id: ChartId;
  /** The chart's name in its screen's `?tables=` list (kept short: `status`, `grid`, `values`...). */
  viewKey: string;
  /** The subject of charts about one thing: a jurisdiction code, pillar id or indicator id. */
  subject?: string;
  title: string;
  caption: string;
  /** One sentence computed from the data. */
  takeaway: string;
  /** The period (or span of years/periods) the figures cover, as shown. */
  period: string;
  source: string;
  /** Notes that travel with the figures: the Kosovo* designation whenever Kosovo* appears. */
  footnotes: string[];
  drawing: Drawing;
  /** Height the chart is drawn at on a screen (px). */
  height: number;
  /** The table twin (first) and further tables of the same data (e.g. baselines and targets). */
  tables: ModelTable[];
  /** CSV columns; rows come from the first table's rows (`csv`), in the table's order. */
  csvColumns: CsvColumn[];
  csvNotes: string[];
  fileNameParts: string[];
  slide: Slide;
}

/** The value of one cell for sorting. */
export function cellValue(row: ModelRow, columnId: string): SortValue {
  return row.cells[columnId]?.value ?? null;
}

/** The CSV of a model, its rows in the order the table shows them with `sort`. */
export function modelCsv(model: ChartModel, sort: TableSort | null = null): CsvTable {
  const table = model.tables[0];
  const rows = table ? sortRows(table.rows, sort, cellValue) : [];
  const lines = rows.flatMap((row): Record<string, CsvCell>[] => (Array.isArray(row.csv) ? [...row.csv] : [(row.csv as Record<string, CsvCell> | undefined) ?? {}]));
  return { columns: model.csvColumns, rows: lines, notes: model.csvNotes };
}
