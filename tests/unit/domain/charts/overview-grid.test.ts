import { beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../../../../src/api/client';
import { JurisdictionListSchema, ProgressSchema, RoadmapSchema, type Jurisdiction, type Progress, type ProgressCell, type Roadmap } from '../../../../src/api/schemas';
import { overviewGridModel, type GridInput } from '../../../../src/domain/charts/overview-grid';
import { modelCsv, type ModelContext, type Translate } from '../../../../src/domain/charts/model';
import { formatShare } from '../../../../src/domain/format';
import { shadeStep } from '../../../../src/domain/overview-progress';
import { charts } from '../../../../src/i18n/en/charts';
import { addMessages, i18n } from '../../../../src/i18n/i18n';

addMessages({ charts });
const ctx: ModelContext = { t: i18n.t.bind(i18n) as unknown as Translate, locale: 'en' };

let roadmap: Roadmap;
let jurisdictions: Jurisdiction[];

beforeAll(async () => {
  roadmap = await apiGet('/roadmap.json', RoadmapSchema);
  jurisdictions = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items;
});

async function input(period = roadmap.asOfPeriod): Promise<GridInput> {
  const progress = await apiGet(`/progress/${period}.json`, ProgressSchema);
  return { roadmap, progress, jurisdictions, period };
}

/** 'H2 2025' for '2025-H2', written out here rather than taken from the code under test. */
function label(period: string): string {
  return `H${period.slice(-1)} ${period.slice(0, 4)}`;
}

function share(progress: Pick<Progress, 'byJurisdictionAndPillar'>, code: string, pillar: string): number | null {
  return progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === code && c.pillar === pillar)?.completion ?? null;
}

/** A jurisdiction x pillar cell with these counts (completion as the API computes it). */
function cell(jurisdiction: ProgressCell['jurisdiction'], pillar: string, completed: number, open: number): ProgressCell {
  const total = completed + open;
  return {
    jurisdiction,
    pillar,
    total,
    counts: { not_started: open, in_progress: 0, completed, discontinued: 0 },
    overdue: 0,
    dueNext: 0,
    completion: total > 0 ? completed / total : null,
  };
}

function literal(cells: ProgressCell[], codes: readonly string[] = ['AL', 'BA']): GridInput {
  return {
    roadmap: { source: 'Test source', pillars: roadmap.pillars.slice(0, 3) },
    progress: { byJurisdictionAndPillar: cells },
    jurisdictions: jurisdictions.filter((j) => codes.includes(j.code)),
    period: '2025-H2',
  };
}

describe('overview-grid model from the mock API', () => {
  it('has one row per jurisdiction and one column per pillar, each cell printing and shading the API share', async () => {
    const data = await input();
    const model = overviewGridModel(data, ctx);
    const table = model.tables[0]!;
    expect(model.id).toBe('overview-grid');
    expect(model.viewKey).toBe('grid');
    expect(table.sortParam).toBe('gridSort');
    expect(model.title).toBe('Completed share by pillar');
    expect(table.columns.map((c) => c.header)).toEqual(['Jurisdiction', ...roadmap.pillars.map((p) => p.shortName)]);
    expect(table.columns.slice(1).map((c) => c.href)).toEqual(roadmap.pillars.map((p) => `/pillars/${p.id}`));
    expect(table.rows.map((r) => r.key)).toEqual(jurisdictions.map((j) => j.code));
    expect(table.rows.map((r) => r.cells.jurisdiction?.href)).toEqual(jurisdictions.map((j) => `/jurisdictions/${j.code}`));
    for (const row of table.rows) {
      for (const pillar of roadmap.pillars) {
        const expected = share(data.progress, row.key, pillar.id);
        expect(row.cells[pillar.id]).toEqual({ value: expected, text: formatShare(expected), shade: shadeStep(expected) });
      }
    }
    expect(model.drawing).toEqual({
      kind: 'grid',
      legend: [
        { step: 0, label: '0–19%' },
        { step: 1, label: '20–39%' },
        { step: 2, label: '40–59%' },
        { step: 3, label: '60–79%' },
        { step: 4, label: '80–100%' },
        { step: -1, label: '— nothing due' },
      ],
    });
    expect(model.slide).toEqual({ kind: 'overview-grid' });
    expect(model.source).toBe(roadmap.source);
  });

  it('names the pillars furthest ahead and behind from the summed regional counts', async () => {
    const data = await input();
    const regional = roadmap.pillars.map((p) => {
      const cells = data.progress.byJurisdictionAndPillar.filter((c) => c.pillar === p.id);
      const completed = cells.reduce((sum, c) => sum + c.counts.completed, 0);
      const counted = cells.reduce((sum, c) => sum + c.total - c.counts.discontinued, 0);
      return { name: p.shortName, share: counted > 0 ? completed / counted : null };
    });
    const known = regional.filter((r) => r.share !== null) as { name: string; share: number }[];
    const best = known.reduce((a, b) => (b.share > a.share ? b : a));
    const weakest = known.reduce((a, b) => (b.share < a.share ? b : a));
    expect(overviewGridModel(data, ctx).takeaway).toBe(
      `Across the region, ${best.name} is furthest ahead (${formatShare(best.share)} completed) and ${weakest.name} furthest behind (${formatShare(weakest.share)}).`,
    );
  });

  it('writes the CSV in the table’s order, with unit, period, source and the Kosovo* footnote', async () => {
    const data = await input();
    const model = overviewGridModel(data, ctx);
    const pillar = roadmap.pillars[1]!;
    const csv = modelCsv(model, { id: pillar.id, desc: true });
    expect(csv.columns.map((c) => c.label)).toEqual(['Jurisdiction', ...roadmap.pillars.map((p) => `${p.shortName} (%)`)]);
    const expected = [...jurisdictions]
      .map((j, index) => ({ j, index, v: share(data.progress, j.code, pillar.id) }))
      .sort((a, b) => (a.v === null ? 1 : b.v === null ? -1 : b.v - a.v || a.index - b.index))
      .map(({ j }) => j.name);
    expect(csv.rows.map((r) => r.jurisdiction)).toEqual(expected);
    const first = jurisdictions.find((j) => j.name === expected[0])!;
    expect(csv.rows[0]?.[pillar.id]).toBe(Math.round((share(data.progress, first.code, pillar.id) ?? 0) * 1000) / 10);
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    expect(csv.notes).toEqual([
      'Unit: per cent of commitments completed, discontinued ones left out (completed ÷ (all − discontinued)).',
      'An empty cell means nothing is due: no commitment counted in that pillar.',
      `Period: ${label(roadmap.asOfPeriod)} (${roadmap.asOfPeriod})`,
      `Source: ${roadmap.source}`,
      `${kosovo.name} ${kosovo.designationFootnote}`,
    ]);
    expect(model.footnotes).toEqual([`${kosovo.name} ${kosovo.designationFootnote}`]);
    // The unsorted CSV keeps the API's order.
    expect(modelCsv(model).rows.map((r) => r.jurisdiction)).toEqual(jurisdictions.map((j) => j.name));
  });

  it('follows an H1 and an H2 period', async () => {
    const h2 = roadmap.periods.filter((p) => p.endsWith('H2') && p !== roadmap.asOfPeriod).at(-1)!;
    const h1 = roadmap.periods.filter((p) => p.endsWith('H1')).at(-2)!;
    for (const period of [h1, h2]) {
      const data = await input(period);
      const model = overviewGridModel(data, ctx);
      expect(model.period).toBe(label(period));
      expect(model.tables[0]?.caption).toBe(`Completed share by jurisdiction and pillar, ${label(period)}`);
      expect(model.fileNameParts).toEqual(['roadmap', 'completion-by-pillar', period]);
      const code = jurisdictions[2]!.code;
      const pillar = roadmap.pillars[0]!.id;
      expect(model.tables[0]?.rows[2]?.cells[pillar]?.value).toBe(share(data.progress, code, pillar));
    }
  });
});

describe('overview-grid model: takeaway cases and footnotes', () => {
  const id = (i: number) => roadmap.pillars[i]!.id;
  const name = (i: number) => roadmap.pillars[i]!.shortName;

  it('names the earlier pillar when two share the highest figure', () => {
    const model = overviewGridModel(literal([cell('AL', id(0), 1, 1), cell('AL', id(1), 2, 2), cell('AL', id(2), 1, 3)]), ctx);
    expect(model.takeaway).toBe(`Across the region, ${name(0)} is furthest ahead (50% completed) and ${name(2)} furthest behind (25%).`);
  });

  it('says every pillar is level when the shares print the same', () => {
    const model = overviewGridModel(literal([cell('AL', id(0), 1, 1), cell('BA', id(1), 3, 3), cell('AL', id(2), 1000, 1001)]), ctx);
    expect(model.takeaway).toBe('Every pillar has the same completed share across the region (50%).');
  });

  it('names the only pillar with commitments due', () => {
    const model = overviewGridModel(literal([cell('AL', id(0), 1, 3)]), ctx);
    expect(model.takeaway).toBe(`Only ${name(0)} has commitments due so far: 25% completed across the region.`);
    // A pair without commitments is empty, never 0%.
    expect(model.tables[0]?.rows[0]?.cells[id(1)]).toEqual({ value: null, text: '—', shade: null });
    expect((model.tables[0]?.rows[0]?.csv as Record<string, unknown> | undefined)?.[id(1)]).toBeNull();
  });

  it('says nothing is due yet when no pillar has a share', () => {
    expect(overviewGridModel(literal([]), ctx).takeaway).toBe('No commitment is due yet in any pillar.');
  });

  it('carries the Kosovo* footnote exactly when Kosovo* is shown', () => {
    const cells = [cell('AL', id(0), 1, 1)];
    expect(overviewGridModel(literal(cells, ['AL', 'BA']), ctx).footnotes).toEqual([]);
    const withKosovo = overviewGridModel(literal(cells, ['AL', 'XK']), ctx);
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    expect(withKosovo.footnotes).toEqual([`${kosovo.name} ${kosovo.designationFootnote}`]);
    expect(withKosovo.csvNotes.at(-1)).toBe(`${kosovo.name} ${kosovo.designationFootnote}`);
  });

  it('writes the legend\'s shares as the cells write them, in a locale whose per cent sign has a space', async () => {
    // Macedonian (Node's full ICU) writes '19 %'; the legend's steps must read like the shaded cells.
    const mk: ModelContext = { ...ctx, locale: 'mk' };
    expect(formatShare(0.19, 'mk')).toMatch(/^19\s%$/);
    const model = overviewGridModel(await input(), mk);
    if (model.drawing.kind !== 'grid') throw new Error('not a grid');
    expect(model.drawing.legend[0]!.label.endsWith(formatShare(0.19, 'mk'))).toBe(true);
    expect(model.drawing.legend[4]!.label.endsWith(formatShare(1, 'mk'))).toBe(true);
  });
});
