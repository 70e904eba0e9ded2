import { describe, expect, it } from 'vitest';
import type { Jurisdiction, ProgressCell } from '../../../../src/api/schemas';
import { modelCsv, type ModelContext, type Translate } from '../../../../src/domain/charts/model';
import { pillarStatusModel } from '../../../../src/domain/charts/pillar-status';
import { commitmentsAt, emptyCounts, progressByJurisdictionAndPillar } from '../../../../src/domain/progress';
import { chartDetails } from '../../../../src/i18n/en/chartDetails';
import { charts } from '../../../../src/i18n/en/charts';
import { addMessages, i18n } from '../../../../src/i18n/i18n';
import { getDataset } from '../../../../mocks/data/dataset';

void addMessages({ charts, chartDetails });
const ctx: ModelContext = { t: i18n.t.bind(i18n) as unknown as Translate, locale: 'en' };

const data = getDataset();
const { roadmap, jurisdictions } = data;
const pillar = roadmap.pillars[1]!;

/** The API's progress at a period, as the mock handler computes it. */
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

function cell(jurisdiction: ProgressCell['jurisdiction'], completed: number, total: number, pillarId = pillar.id): ProgressCell {
  return {
    jurisdiction,
    pillar: pillarId,
    total,
    counts: { ...emptyCounts(), completed, in_progress: total - completed },
    overdue: 0,
    dueNext: 0,
    completion: total > 0 ? completed / total : null,
  };
}

const build = (cells: ProgressCell[], shown: readonly Jurisdiction[] = jurisdictions, period = roadmap.asOfPeriod) =>
  pillarStatusModel({ roadmap, progress: { byJurisdictionAndPillar: cells }, jurisdictions: shown, pillar, period }, ctx);

describe('pillarStatusModel', () => {
  it('has one row per jurisdiction from the pillar’s progress cells, in the API’s order', () => {
    const progress = progressAt(roadmap.asOfPeriod);
    const model = pillarStatusModel({ roadmap, progress, jurisdictions, pillar, period: roadmap.asOfPeriod }, ctx);
    expect(model).toMatchObject({ id: 'pillar-status', viewKey: 'status', subject: pillar.id, title: 'Commitments by status in each jurisdiction' });
    expect(model.caption).toBe(`${pillar.name}: commitments of each jurisdiction by reported status, with the share completed`);
    const table = model.tables[0]!;
    expect(table.sortParam).toBe('sort');
    expect(table.rows.map((r) => r.key)).toEqual(jurisdictions.map((j) => j.code));
    for (const row of table.rows) {
      const source = progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === row.key && c.pillar === pillar.id)!;
      expect(row.cells.total?.value).toBe(source.total);
      expect(row.cells.completed?.value).toBe(source.counts.completed);
      expect(row.cells.completion?.value).toBe(source.completion);
      expect(row.cells.jurisdiction?.href).toBe(`/jurisdictions/${row.key}`);
    }
    expect(model.drawing.kind).toBe('status-bars');
    expect(model.slide).toEqual({ kind: 'pillar-status', param: pillar.id });
    expect(model.fileNameParts).toEqual(['roadmap', 'pillar', pillar.id, 'status-by-jurisdiction', roadmap.asOfPeriod]);
  });

  it('names leader and laggard, with ties going to the jurisdiction listed first', () => {
    const model = build([cell('AL', 1, 4), cell('BA', 3, 4), cell('XK', 3, 4), cell('ME', 1, 4)]);
    expect(model.takeaway).toBe(
      'Bosnia and Herzegovina has completed the largest share of its commitments in this pillar (75%); Albania the smallest (25%).',
    );
  });

  it('says when every jurisdiction is level, when only one counts, and when none does', () => {
    expect(build([cell('AL', 1, 2), cell('BA', 2, 4), cell('ME', 0, 0)]).takeaway).toBe(
      'Every jurisdiction with commitments in this pillar has completed the same share of them (50%).',
    );
    expect(build([cell('RS', 1, 4), cell('ME', 0, 0)]).takeaway).toBe(
      'Serbia is the only jurisdiction with commitments counted in this pillar; it has completed 25% of them.',
    );
    expect(build([cell('AL', 0, 0)]).takeaway).toBe('No jurisdiction has commitments counted in this pillar in this period.');
    expect(build([]).takeaway).toBe('No jurisdiction has commitments counted in this pillar in this period.');
  });

  it('ignores other pillars’ cells', () => {
    const model = build([cell('AL', 1, 4), cell('BA', 4, 4, roadmap.pillars[0]!.id)]);
    expect(model.tables[0]!.rows.map((r) => r.key)).toEqual(['AL']);
  });

  it('carries the Kosovo* footnote exactly when Kosovo* is shown', () => {
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    const note = `${kosovo.name} ${kosovo.designationFootnote}`;
    const withKosovo = build([cell('AL', 1, 4), cell('XK', 2, 4)]);
    expect(withKosovo.footnotes).toEqual([note]);
    expect(withKosovo.csvNotes).toContain(note);
    const without = build([cell('AL', 1, 4), cell('RS', 2, 4)]);
    expect(without.footnotes).toEqual([]);
    expect(without.csvNotes.join('\n')).not.toContain(kosovo.designationFootnote!);
  });

  it('writes the CSV in the table’s order, with the pillar, period and source', () => {
    const model = build([cell('AL', 1, 4), cell('BA', 3, 8), cell('RS', 2, 2)]);
    expect(model.csvColumns.map((c) => c.label)).toEqual([
      'Jurisdiction',
      'Code',
      'Completed share (%)',
      'Not started',
      'In progress',
      'Completed',
      'Discontinued',
      'Overdue',
      'Total',
    ]);
    expect(modelCsv(model).rows.map((r) => r.code)).toEqual(['AL', 'BA', 'RS']);
    expect(modelCsv(model, { id: 'total', desc: true }).rows.map((r) => r.code)).toEqual(['BA', 'AL', 'RS']);
    expect(modelCsv(model, { id: 'completion', desc: false }).rows.map((r) => r.completion)).toEqual([25, 37.5, 100]);
    expect(model.csvNotes.slice(0, 3)).toEqual([
      `Pillar: ${pillar.number}. ${pillar.name} (${pillar.reference})`,
      `Period: H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)} (${roadmap.asOfPeriod})`,
      `Source: ${roadmap.source}`,
    ]);
  });

  it('follows the period: H1 and H2 give their own figures and labels', () => {
    const h2 = roadmap.periods.findLast((p) => p.endsWith('H2'))!;
    const h1 = roadmap.periods.findLast((p) => p.endsWith('H1') && p < h2)!;
    for (const period of [h1, h2]) {
      const progress = progressAt(period);
      const model = pillarStatusModel({ roadmap, progress, jurisdictions, pillar, period }, ctx);
      expect(model.period).toBe(`H${period.slice(-1)} ${period.slice(0, 4)}`);
      expect(model.tables[0]!.caption).toBe(`Commitments by status in each jurisdiction, ${pillar.shortName}, ${model.period}`);
      expect(model.tables[0]!.rows.map((r) => r.cells.total?.value)).toEqual(
        jurisdictions.map((j) => progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === j.code && c.pillar === pillar.id)!.total),
      );
      expect(model.fileNameParts.at(-1)).toBe(period);
    }
  });
});
