/**
 * "Commitments by status in each jurisdiction" for one pillar: one stacked bar per jurisdiction at
 * the end of a period, with its completed share. Shown on the pillar screen, as the `pillar-status`
 * slide and embed. Rows, columns, takeaway and CSV are the overview's status chart's own
 * (overview-status.ts), from the pillar's progress cells.
 */
import type { Jurisdiction, Period, Pillar, Progress, Roadmap } from '../../api/schemas';
import { designationNotes } from '../designation';
import { periodLabel } from '../format';
import { pillarCells } from '../pillar-progress';
import type { ChartModel, ModelContext } from './model';
import { jurisdictionStatusRows, statusBarsDrawing, statusColumns, statusTakeaway } from './status-rows';

export interface PillarStatusInput {
  roadmap: Pick<Roadmap, 'source'>;
  progress: Pick<Progress, 'byJurisdictionAndPillar'>;
  jurisdictions: readonly Jurisdiction[];
  pillar: Pick<Pillar, 'id' | 'number' | 'name' | 'shortName' | 'reference'>;
  period: Period;
}

export function pillarStatusModel({ roadmap, progress, jurisdictions, pillar, period }: PillarStatusInput, ctx: ModelContext): ChartModel {
  const { t } = ctx;
  const rows = jurisdictionStatusRows(pillarCells(progress, pillar.id), jurisdictions, ctx);
  const label = periodLabel(period, ctx.locale);
  const { columns, csvColumns } = statusColumns(t, t('charts.jurisdiction'));
  const footnotes = designationNotes(
    jurisdictions,
    rows.map((r) => r.key),
  );
  return {
    id: 'pillar-status',
    viewKey: 'status',
    subject: pillar.id,
    title: t('chartDetails.pillarStatus.title'),
    caption: t('chartDetails.pillarStatus.caption', { pillar: pillar.name }),
    takeaway: statusTakeaway(rows, 'chartDetails.pillarStatus', ctx),
    period: label,
    source: roadmap.source,
    footnotes,
    drawing: statusBarsDrawing(rows),
    height: 64 + rows.length * 44,
    tables: [{ caption: t('chartDetails.pillarStatus.tableCaption', { pillar: pillar.shortName, period: label }), columns, rows, sortParam: 'sort' }],
    csvColumns,
    csvNotes: [
      t('chartDetails.pillarStatus.pillarNote', { number: pillar.number, name: pillar.name, reference: pillar.reference }),
      t('chart.period', { period: `${label} (${period})` }),
      t('chart.source', { source: roadmap.source }),
      ...footnotes,
    ],
    fileNameParts: ['roadmap', 'pillar', pillar.id, 'status-by-jurisdiction', period],
    slide: { kind: 'pillar-status', param: pillar.id },
  };
}
