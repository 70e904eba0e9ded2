/**
 * "Progress by pillar": one jurisdiction's completed share in each pillar of the roadmap at the end
 * of a period, as horizontal share bars with the share and its counts at the end of each bar.
 * Shown on the jurisdiction screen, as the `jurisdiction-pillars` slide and embed.
 */
import type { Jurisdiction, Period, ProgressCell, Roadmap } from '../../api/schemas';
import { designationNotes } from '../designation';
import { extremes } from '../extremes';
import { formatCount, formatShare, periodLabel, sharePercent } from '../format';
import type { ChartModel, ModelContext, ModelRow } from './model';
import { fallbackLang } from '../translation';

/** What a pillar's share is computed from (a progress cell of the jurisdiction and the pillar). */
export type PillarCell = Pick<ProgressCell, 'pillar' | 'total' | 'counts' | 'completion'>;

export interface JurisdictionPillarsInput {
  roadmap: Pick<Roadmap, 'source' | 'pillars'>;
  /** The jurisdiction's progress per pillar; other jurisdictions' cells are left out. */
  progress: { byJurisdictionAndPillar: readonly (PillarCell & Pick<ProgressCell, 'jurisdiction'>)[] };
  jurisdiction: Pick<Jurisdiction, 'code' | 'name' | 'designationFootnote'>;
  period: Period;
}

/** One row per pillar of the roadmap, in its order; a pillar the API reports nothing for counts nothing. */
export function pillarShareRows(cells: readonly PillarCell[], pillars: Roadmap['pillars'], { locale }: ModelContext): ModelRow[] {
  const byPillar = new Map(cells.map((c) => [c.pillar, c]));
  return pillars.map((p): ModelRow => {
    const cell = byPillar.get(p.id);
    const completion = cell?.completion ?? null;
    const completed = cell?.counts.completed ?? 0;
    const counted = cell ? cell.total - cell.counts.discontinued : 0;
    return {
      key: p.id,
      cells: {
        pillar: { value: p.shortName, text: p.shortName, href: `/pillars/${encodeURIComponent(p.id)}`, lang: fallbackLang(p, 'shortName') },
        completion: { value: completion, text: formatShare(completion, locale) },
        completed: { value: completed, text: formatCount(completed, locale) },
        counted: { value: counted, text: formatCount(counted, locale) },
      },
      csv: { pillar: p.shortName, completion: sharePercent(completion), completed, counted },
    };
  });
}

/** Best and weakest pillar by completed share, with the level, single and empty cases. */
export function pillarsTakeaway(rows: readonly ModelRow[], period: Period, { t, locale }: ModelContext): string {
  const format = (value: number) => formatShare(value, locale);
  const name = (row: ModelRow) => row.cells.pillar?.text ?? row.key;
  const ends = extremes(rows, { value: (row) => row.cells.completion?.value as number | null, format });
  switch (ends.kind) {
    case 'none':
      return t('chartDetails.jurisdictionPillars.takeawayEmpty', { period: periodLabel(period, locale) });
    case 'single':
      return t('chartDetails.jurisdictionPillars.takeawaySingle', { name: name(ends.only), share: format(ends.value) });
    case 'level':
      return t('chartDetails.jurisdictionPillars.takeawayLevel', { share: format(ends.value) });
    case 'spread':
      return t('chartDetails.jurisdictionPillars.takeaway', {
        leader: name(ends.best),
        share: format(ends.bestValue),
        laggard: name(ends.weakest),
        lowShare: format(ends.weakestValue),
      });
  }
}

export function jurisdictionPillarsModel({ roadmap, progress, jurisdiction, period }: JurisdictionPillarsInput, ctx: ModelContext): ChartModel {
  const { t } = ctx;
  const cells = progress.byJurisdictionAndPillar.filter((c) => c.jurisdiction === jurisdiction.code);
  const rows = pillarShareRows(cells, roadmap.pillars, ctx);
  const label = periodLabel(period, ctx.locale);
  const footnotes = designationNotes([jurisdiction], [jurisdiction.code]);
  const title = t('chartDetails.jurisdictionPillars.title');
  return {
    id: 'jurisdiction-pillars',
    viewKey: 'pillars',
    subject: jurisdiction.code,
    title,
    caption: t('chartDetails.jurisdictionPillars.caption', { name: jurisdiction.name }),
    takeaway: pillarsTakeaway(rows, period, ctx),
    period: label,
    source: roadmap.source,
    footnotes,
    drawing: {
      kind: 'share-bars',
      rows: rows.map((r) => ({
        key: r.key,
        name: r.cells.pillar?.text ?? r.key,
        percent: sharePercent(r.cells.completion?.value as number | null),
        label: t('chartDetails.jurisdictionPillars.valueLabel', { share: r.cells.completion?.text, completed: r.cells.completed?.text, counted: r.cells.counted?.text }),
        shortLabel: r.cells.completion?.text ?? '',
      })),
    },
    height: 48 + rows.length * 40,
    tables: [
      {
        caption: t('chartDetails.jurisdictionPillars.tableCaption', { name: jurisdiction.name, period: label }),
        columns: [
          { id: 'pillar', header: t('charts.pillar'), rowHeader: true },
          { id: 'completion', header: t('charts.completion'), numeric: true },
          { id: 'completed', header: t('chartDetails.jurisdictionPillars.completed'), numeric: true },
          { id: 'counted', header: t('chartDetails.jurisdictionPillars.counted'), numeric: true },
        ],
        rows,
      },
    ],
    csvColumns: [
      { key: 'pillar', label: t('charts.pillar') },
      { key: 'completion', label: `${t('charts.completion')} (%)` },
      { key: 'completed', label: t('chartDetails.jurisdictionPillars.completed') },
      { key: 'counted', label: t('chartDetails.jurisdictionPillars.counted') },
    ],
    csvNotes: [jurisdiction.name, t('chart.period', { period: `${label} (${period})` }), t('chart.source', { source: roadmap.source }), ...footnotes],
    fileNameParts: ['roadmap', jurisdiction.code, 'progress-by-pillar', period],
    slide: { kind: 'jurisdiction-pillars', param: jurisdiction.code },
  };
}
