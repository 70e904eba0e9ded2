/**
 * "Completed share by pillar": the jurisdiction x pillar grid of completed shares at the end of a
 * period, a shaded table whose cells print the share. Shown on the overview, as the `overview-grid`
 * slide and embed. The takeaway names the pillars furthest ahead and behind across the region.
 */
import type { Jurisdiction, Period, Progress, Roadmap } from '../../api/schemas';
import { designationNotes } from '../designation';
import { extremes } from '../extremes';
import { formatNumber, formatPercentValue, formatShare, periodLabel, sharePercent } from '../format';
import { completionGrid, regionalPillarShares, SHADE_STEPS, shadeBounds, shadeStep, type PillarShare } from '../overview-progress';
import type { ChartModel, ModelColumn, ModelContext, ModelRow } from './model';
import { fallbackLang } from '../translation';

export interface GridInput {
  roadmap: Pick<Roadmap, 'source' | 'pillars'>;
  progress: Pick<Progress, 'byJurisdictionAndPillar'>;
  jurisdictions: readonly Jurisdiction[];
  period: Period;
}

const KEYS = 'charts.overviewGrid';

/** One row per jurisdiction (the API's order), one cell per pillar (roadmap order); nothing due stays empty, never 0. */
export function gridRows({ roadmap, progress, jurisdictions }: GridInput, { locale }: ModelContext): ModelRow[] {
  const pillarIds = roadmap.pillars.map((p) => p.id);
  const grid = completionGrid(
    progress.byJurisdictionAndPillar,
    jurisdictions.map((j) => j.code),
    pillarIds,
  );
  const byCode = new Map(jurisdictions.map((j) => [j.code, j]));
  return grid.map((row) => {
    const j = byCode.get(row.jurisdiction);
    const name = j?.name ?? row.jurisdiction;
    return {
      key: row.jurisdiction,
      cells: {
        jurisdiction: { value: name, text: name, href: `/jurisdictions/${row.jurisdiction}`, lang: fallbackLang(j, 'name') },
        ...Object.fromEntries(
          row.cells.map((cell) => [cell.pillar, { value: cell.completion, text: formatShare(cell.completion, locale), shade: shadeStep(cell.completion) }]),
        ),
      },
      csv: {
        jurisdiction: name,
        ...Object.fromEntries(row.cells.map((cell) => [cell.pillar, sharePercent(cell.completion)])),
      },
    };
  });
}

/** The pillars furthest ahead and behind across the region, with the level, single and empty cases. */
export function gridTakeaway(shares: readonly PillarShare[], pillars: GridInput['roadmap']['pillars'], { t, locale }: ModelContext): string {
  const format = (value: number) => formatShare(value, locale);
  const name = (share: PillarShare) => pillars.find((p) => p.id === share.pillar)?.shortName ?? share.pillar;
  const ends = extremes(shares, { value: (s) => s.completion, format });
  switch (ends.kind) {
    case 'none':
      return t(`${KEYS}.takeawayEmpty`);
    case 'single':
      return t(`${KEYS}.takeawaySingle`, { name: name(ends.only), share: format(ends.value) });
    case 'level':
      return t(`${KEYS}.takeawayLevel`, { share: format(ends.value) });
    case 'spread':
      return t(`${KEYS}.takeaway`, { leader: name(ends.best), share: format(ends.bestValue), laggard: name(ends.weakest), lowShare: format(ends.weakestValue) });
  }
}

export function overviewGridModel(input: GridInput, ctx: ModelContext): ChartModel {
  const { t } = ctx;
  const { roadmap, progress, jurisdictions, period } = input;
  const rows = gridRows(input, ctx);
  const label = periodLabel(period, ctx.locale);
  const shares = regionalPillarShares(
    progress.byJurisdictionAndPillar,
    roadmap.pillars.map((p) => p.id),
  );
  const columns: ModelColumn[] = [
    { id: 'jurisdiction', header: t('charts.jurisdiction'), rowHeader: true },
    ...roadmap.pillars.map((p) => ({ id: p.id, header: p.shortName, numeric: true, href: `/pillars/${encodeURIComponent(p.id)}`, lang: fallbackLang(p, 'shortName') })),
  ];
  const footnotes = designationNotes(
    jurisdictions,
    rows.map((r) => r.key),
  );
  return {
    id: 'overview-grid',
    viewKey: 'grid',
    title: t(`${KEYS}.title`),
    caption: t(`${KEYS}.caption`),
    takeaway: gridTakeaway(shares, roadmap.pillars, ctx),
    period: label,
    source: roadmap.source,
    footnotes,
    drawing: {
      kind: 'grid',
      legend: [
        ...Array.from({ length: SHADE_STEPS }, (_, step) => {
          const [from, to] = shadeBounds(step);
          // Written as the grid's cells write shares, in the page's language: '0–19%', '0–19 %'.
          return { step, label: t(`${KEYS}.legendStep`, { from: formatNumber(from, undefined, ctx.locale), to: formatPercentValue(to, ctx.locale) }) };
        }),
        { step: -1, label: t(`${KEYS}.nothingDue`) },
      ],
    },
    height: 96 + rows.length * 40,
    tables: [{ caption: t(`${KEYS}.tableCaption`, { period: label }), columns, rows, sortParam: 'gridSort' }],
    csvColumns: [
      { key: 'jurisdiction', label: t('charts.jurisdiction') },
      ...roadmap.pillars.map((p) => ({ key: p.id, label: `${p.shortName} (%)` })),
    ],
    csvNotes: [
      t(`${KEYS}.unitNote`),
      t(`${KEYS}.missingNote`),
      t('chart.period', { period: `${label} (${period})` }),
      t('chart.source', { source: roadmap.source }),
      ...footnotes,
    ],
    fileNameParts: ['roadmap', 'completion-by-pillar', period],
    slide: { kind: 'overview-grid' },
  };
}
