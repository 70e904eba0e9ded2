/**
 * The pieces every "commitments by status" chart shares (the overview's and each pillar's): one
 * row per jurisdiction with its completed share and status counts, the columns of its table and
 * CSV, the leader/laggard takeaway and the stacked bars.
 */
import { STATUS_CODES, type Jurisdiction, type Period, type Progress, type Roadmap } from '../../api/schemas';
import { extremes } from '../extremes';
import { formatCount, formatShare, sharePercent } from '../format';
import type { ModelContext, ModelRow, StatusBarsDrawing } from './model';
import { fallbackLang } from '../translation';

export interface StatusBarsInput {
  roadmap: Pick<Roadmap, 'source'>;
  progress: Pick<Progress, 'byJurisdiction'>;
  jurisdictions: readonly Jurisdiction[];
  period: Period;
}

/** One row per jurisdiction the API reports, in the API's order (alphabetical by name). */
export function jurisdictionStatusRows(
  cells: Progress['byJurisdiction'] | Progress['byJurisdictionAndPillar'],
  jurisdictions: readonly Jurisdiction[],
  { locale }: ModelContext,
): ModelRow[] {
  const byCode = new Map(cells.map((cell) => [cell.jurisdiction, cell]));
  return jurisdictions.flatMap((j): ModelRow[] => {
    const cell = byCode.get(j.code);
    if (!cell) return [];
    const number = (value: number) => ({ value, text: formatCount(value, locale) });
    return [
      {
        key: j.code,
        cells: {
          jurisdiction: { value: j.name, text: j.name, href: `/jurisdictions/${j.code}`, lang: fallbackLang(j, 'name') },
          completion: { value: cell.completion, text: formatShare(cell.completion, locale) },
          ...Object.fromEntries(STATUS_CODES.map((code) => [code, number(cell.counts[code])])),
          overdue: number(cell.overdue),
          total: number(cell.total),
        },
        csv: {
          jurisdiction: j.name,
          code: j.code,
          completion: sharePercent(cell.completion),
          ...cell.counts,
          overdue: cell.overdue,
          total: cell.total,
        },
      },
    ];
  });
}

/** The columns shared by every "by status" table and CSV. */
export function statusColumns(t: ModelContext['t'], nameHeader: string) {
  return {
    columns: [
      { id: 'jurisdiction', header: nameHeader, rowHeader: true },
      { id: 'completion', header: t('charts.completion'), numeric: true },
      ...STATUS_CODES.map((code) => ({ id: code, header: t(`status.${code}`), numeric: true, status: code })),
      { id: 'overdue', header: t('charts.overdue'), numeric: true },
      { id: 'total', header: t('charts.total'), numeric: true },
    ],
    csvColumns: [
      { key: 'jurisdiction', label: nameHeader },
      { key: 'code', label: t('charts.code') },
      { key: 'completion', label: `${t('charts.completion')} (%)` },
      ...STATUS_CODES.map((code) => ({ key: code, label: t(`status.${code}`) })),
      { key: 'overdue', label: t('charts.overdue') },
      { key: 'total', label: t('charts.total') },
    ],
  };
}

/** One stacked bar per row of a "by status" table, the completed share at its end. */
export function statusBarsDrawing(rows: readonly ModelRow[]): StatusBarsDrawing {
  return {
    kind: 'status-bars',
    rows: rows.map((r) => ({
      key: r.key,
      name: r.cells.jurisdiction?.text ?? r.key,
      counts: Object.fromEntries(STATUS_CODES.map((code) => [code, r.cells[code]?.value as number])) as Record<(typeof STATUS_CODES)[number], number>,
      endLabel: r.cells.completion?.text ?? '',
    })),
  };
}

/** Leader and laggard by completed share, with the level and single cases. */
export function statusTakeaway(rows: readonly ModelRow[], keys: string, { t, locale }: ModelContext): string {
  const share = (row: ModelRow) => row.cells.completion?.value as number | null;
  const name = (row: ModelRow) => row.cells.jurisdiction?.text ?? row.key;
  const format = (value: number) => formatShare(value, locale);
  const ends = extremes(rows, { value: share, format });
  switch (ends.kind) {
    case 'none':
      return t(`${keys}.takeawayEmpty`);
    case 'single':
      return t(`${keys}.takeawaySingle`, { name: name(ends.only), share: format(ends.value) });
    case 'level':
      return t(`${keys}.takeawayLevel`, { share: format(ends.value) });
    case 'spread':
      return t(`${keys}.takeaway`, { leader: name(ends.best), share: format(ends.bestValue), laggard: name(ends.weakest), lowShare: format(ends.weakestValue) });
  }
}

