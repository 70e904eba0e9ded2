/**
 * "Commitments by status": one stacked bar per jurisdiction at the end of a period, with its
 * completed share. Shown on the overview, as the `overview-status` slide and embed.
 */
import { designationNotes } from '../designation';
import { periodLabel } from '../format';
import type { ChartModel, ModelContext } from './model';
import { jurisdictionStatusRows, statusBarsDrawing, statusColumns, statusTakeaway, type StatusBarsInput } from './status-rows';

export function overviewStatusModel({ roadmap, progress, jurisdictions, period }: StatusBarsInput, ctx: ModelContext): ChartModel {
  const { t } = ctx;
  const rows = jurisdictionStatusRows(progress.byJurisdiction, jurisdictions, ctx);
  const label = periodLabel(period, ctx.locale);
  const { columns, csvColumns } = statusColumns(t, t('charts.jurisdiction'));
  const shown = rows.map((r) => r.key);
  const footnotes = designationNotes(jurisdictions, shown);
  return {
    id: 'overview-status',
    viewKey: 'status',
    title: t('charts.overviewStatus.title'),
    caption: t('charts.overviewStatus.caption'),
    takeaway: statusTakeaway(rows, 'charts.overviewStatus', ctx),
    period: label,
    source: roadmap.source,
    footnotes,
    drawing: statusBarsDrawing(rows),
    height: 64 + rows.length * 44,
    tables: [{ caption: t('charts.overviewStatus.tableCaption', { period: label }), columns, rows, sortParam: 'sort' }],
    csvColumns,
    csvNotes: [t('chart.period', { period: `${label} (${period})` }), t('chart.source', { source: roadmap.source }), ...footnotes],
    fileNameParts: ['roadmap', 'status-by-jurisdiction', period],
    slide: { kind: 'overview-status' },
  };
}
