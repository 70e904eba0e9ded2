import { describe, expect, it } from 'vitest';
import type { ProgressCell } from '../../../../src/api/schemas';
import { jurisdictionPillarsModel } from '../../../../src/domain/charts/jurisdiction-pillars';
import { modelCsv, type ModelContext, type Translate } from '../../../../src/domain/charts/model';
import { commitmentsAt, emptyCounts, progressByJurisdictionAndPillar } from '../../../../src/domain/progress';
import { chartDetails } from '../../../../src/i18n/en/chartDetails';
import { charts } from '../../../../src/i18n/en/charts';
import { addMessages, i18n } from '../../../../src/i18n/i18n';
import { getDataset } from '../../../../mocks/data/dataset';

void addMessages({ charts, chartDetails });
const ctx: ModelContext = { t: i18n.t.bind(i18n) as unknown as Translate, locale: 'en' };

const data = getDataset();
const { roadmap, jurisdictions } = data;
const [p1, p2, p3] = roadmap.pillars as [(typeof roadmap.pillars)[number], (typeof roadmap.pillars)[number], (typeof roadmap.pillars)[number]];
const albania = jurisdictions.find((j) => j.code === 'AL')!;
const kosovo = jurisdictions.find((j) => j.code === 'XK')!;

function progressAt(period: string) {
  return {
    byJurisdictionAndPillar: progressByJurisdictionAndPillar(
      commitmentsAt(data.commitments, period),
      jurisdictions.map((j) => j.code),
      roadmap.pillars.map((p) => p.id),
      period,
    ),
  };
}

function cell(pillar: string, completed: number, total: number, discontinued = 0, jurisdiction: ProgressCell['jurisdiction'] = 'AL'): ProgressCell {
  const counted = total - discontinued;
  return {
    jurisdiction,
    pillar,
    total,
    counts: { ...emptyCounts(), completed, discontinued, in_progress: counted - completed },
    overdue: 0,
    dueNext: 0,
    completion: counted > 0 ? completed / counted : null,
  };
}

const build = (cells: ProgressCell[], jurisdiction = albania, period = roadmap.asOfPeriod) =>
  jurisdictionPillarsModel({ roadmap, progress: { byJurisdictionAndPillar: cells }, jurisdiction, period }, ctx);

describe('jurisdictionPillarsModel', () => {
  it('has one row per pillar of the roadmap, in its order, from the jurisdiction’s cells only', () => {
    const progress = progressAt(roadmap.asOfPeriod);
    const model = jurisdictionPillarsModel({ roadmap, progress, jurisdiction: albania, period: roadmap.asOfPeriod }, ctx);
    expect(model).toMatchObject({ id: 'jurisdiction-pillars', viewKey: 'pillars', subject: 'AL', title: 'Progress by pillar' });
    expect(model.caption).toBe('Share of the commitments of Albania in each pillar that are completed (discontinued commitments are not counted)');
    const table = model.tables[0]!;
    expect(table.sortParam).toBeUndefined();
    expect(table.rows.map((r) => r.key)).toEqual(roadmap.pillars.map((p) => p.id));
    for (const row of table.rows) {
      const source = progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === 'AL' && c.pillar === row.key)!;
      expect(row.cells.completion?.value).toBe(source.completion);
      expect(row.cells.completed?.value).toBe(source.counts.completed);
      expect(row.cells.counted?.value).toBe(source.total - source.counts.discontinued);
      expect(row.cells.pillar?.href).toBe(`/pillars/${row.key}`);
    }
    expect(model.slide).toEqual({ kind: 'jurisdiction-pillars', param: 'AL' });
    expect(model.fileNameParts).toEqual(['roadmap', 'AL', 'progress-by-pillar', roadmap.asOfPeriod]);
  });

  it('draws share bars with the share and its counts at the end; a pillar with nothing counted has no bar', () => {
    const model = build([cell(p1.id, 3, 5, 1), cell(p2.id, 0, 2, 2)]);
    expect(model.drawing.kind).toBe('share-bars');
    if (model.drawing.kind !== 'share-bars') return;
    expect(model.drawing.rows.slice(0, 3)).toEqual([
      { key: p1.id, name: p1.shortName, percent: 75, label: '75% (3 of 4)', shortLabel: '75%' },
      { key: p2.id, name: p2.shortName, percent: null, label: '— (0 of 0)', shortLabel: '—' },
      { key: p3.id, name: p3.shortName, percent: null, label: '— (0 of 0)', shortLabel: '—' },
    ]);
  });

  it('names the best and weakest pillar, ties going to the pillar listed first', () => {
    const model = build([cell(p1.id, 1, 4), cell(p2.id, 3, 4), cell(p3.id, 3, 4)]);
    expect(model.takeaway).toBe(`${p2.shortName} has the highest completed share (75%); ${p1.shortName} the lowest (25%).`);
  });

  it('says when every pillar is level, when only one counts, and when none does', () => {
    expect(build([cell(p1.id, 1, 2), cell(p2.id, 2, 4)]).takeaway).toBe('Every pillar with commitments has the same completed share (50%).');
    expect(build([cell(p2.id, 1, 4)]).takeaway).toBe(`${p2.shortName} is the only pillar with commitments counted; its completed share is 25%.`);
    const label = `H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`;
    expect(build([]).takeaway).toBe(`No commitments are counted at the end of ${label}.`);
  });

  it('leaves out other jurisdictions’ cells', () => {
    const model = build([cell(p1.id, 1, 4), cell(p2.id, 4, 4, 0, 'RS')]);
    expect(model.tables[0]!.rows[1]!.cells.completion?.value).toBeNull();
  });

  it('carries the Kosovo* footnote exactly when the jurisdiction is Kosovo*', () => {
    const note = `${kosovo.name} ${kosovo.designationFootnote}`;
    const xk = build([cell(p1.id, 1, 4, 0, 'XK')], kosovo);
    expect(xk.footnotes).toEqual([note]);
    expect(xk.csvNotes).toContain(note);
    const al = build([cell(p1.id, 1, 4)]);
    expect(al.footnotes).toEqual([]);
    expect(al.csvNotes.join('\n')).not.toContain(kosovo.designationFootnote!);
  });

  it('writes the CSV in the table’s order with raw figures, the jurisdiction, period and source', () => {
    const model = build([cell(p1.id, 1, 3), cell(p2.id, 3, 4), cell(p3.id, 0, 1)]);
    expect(model.csvColumns.map((c) => c.label)).toEqual(['Pillar', 'Completed share (%)', 'Completed', 'Counted (not discontinued)']);
    const csv = modelCsv(model);
    expect(csv.rows.slice(0, 3)).toEqual([
      { pillar: p1.shortName, completion: 33.3, completed: 1, counted: 3 },
      { pillar: p2.shortName, completion: 75, completed: 3, counted: 4 },
      { pillar: p3.shortName, completion: 0, completed: 0, counted: 1 },
    ]);
    expect(modelCsv(model, { id: 'completion', desc: true }).rows.slice(0, 3).map((r) => r.pillar)).toEqual([p2.shortName, p1.shortName, p3.shortName]);
    expect(csv.notes.slice(0, 3)).toEqual([
      'Albania',
      `Period: H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)} (${roadmap.asOfPeriod})`,
      `Source: ${roadmap.source}`,
    ]);
  });

  it('follows the period: H1 and H2 give their own figures and labels', () => {
    const h2 = roadmap.periods.findLast((p) => p.endsWith('H2'))!;
    const h1 = roadmap.periods.findLast((p) => p.endsWith('H1') && p < h2)!;
    for (const period of [h1, h2]) {
      const progress = progressAt(period);
      const model = jurisdictionPillarsModel({ roadmap, progress, jurisdiction: albania, period }, ctx);
      expect(model.period).toBe(`H${period.slice(-1)} ${period.slice(0, 4)}`);
      expect(model.tables[0]!.caption).toBe(`Progress by pillar, Albania, ${model.period}`);
      expect(model.tables[0]!.rows.map((r) => r.cells.completed?.value)).toEqual(
        roadmap.pillars.map((p) => progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === 'AL' && c.pillar === p.id)!.counts.completed),
      );
    }
  });
});
