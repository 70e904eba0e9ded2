import { beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../../../../src/api/client';
import { JurisdictionListSchema, ProgressSchema, RoadmapSchema, type Jurisdiction, type ProgressTrendPoint, type Roadmap } from '../../../../src/api/schemas';
import { modelCsv, type ModelContext, type Translate } from '../../../../src/domain/charts/model';
import { overviewTrendModel, type TrendInput } from '../../../../src/domain/charts/overview-trend';
import { formatShare } from '../../../../src/domain/format';
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

/** 'H2 2025' for '2025-H2', written out here rather than taken from the code under test. */
function label(period: string): string {
  return `H${period.slice(-1)} ${period.slice(0, 4)}`;
}

async function input(period = roadmap.asOfPeriod): Promise<TrendInput> {
  const progress = await apiGet(`/progress/${period}.json`, ProgressSchema);
  return { roadmap, progress, jurisdictions, period };
}

function literal(trend: ProgressTrendPoint[], codes: readonly string[] = ['AL', 'BA'], period = '2021-H1'): TrendInput {
  return { roadmap: { source: 'Test source' }, progress: { trend }, jurisdictions: jurisdictions.filter((j) => codes.includes(j.code)), period };
}

/** Points of AL and BA from 2020-H1, one share per period each. */
function points(al: (number | null)[], ba: (number | null)[]): ProgressTrendPoint[] {
  const periods = ['2020-H1', '2020-H2', '2021-H1'];
  return [
    ...al.map((completion, i) => ({ period: periods[i]!, jurisdiction: 'AL' as const, completion })),
    ...ba.map((completion, i) => ({ period: periods[i]!, jurisdiction: 'BA' as const, completion })),
  ];
}

describe('overview-trend model from the mock API', () => {
  it('has one row per period (oldest first) and one column and line per jurisdiction', async () => {
    const data = await input();
    const model = overviewTrendModel(data, ctx);
    const table = model.tables[0]!;
    const periods = [...new Set(data.progress.trend.map((p) => p.period))].sort();
    expect(periods.at(-1)).toBe(roadmap.asOfPeriod);
    expect(model.id).toBe('overview-trend');
    expect(model.viewKey).toBe('trend');
    expect(table.sortParam).toBe('trendSort');
    expect(table.columns.map((c) => c.header)).toEqual(['Period', ...jurisdictions.map((j) => j.name)]);
    expect(table.rows.map((r) => r.cells.period?.text)).toEqual(periods.map(label));
    const value = (period: string, code: string) => data.progress.trend.find((p) => p.period === period && p.jurisdiction === code)?.completion ?? null;
    for (const [index, period] of periods.entries()) {
      for (const j of jurisdictions) {
        expect(table.rows[index]?.cells[j.code]).toEqual({ value: value(period, j.code), text: formatShare(value(period, j.code)) });
      }
    }
    expect(model.drawing).toMatchObject({ kind: 'lines', yDomain: [0, 100], axis: { kind: 'percent' }, references: [], dots: true });
    if (model.drawing.kind !== 'lines') throw new Error('lines expected');
    expect(model.drawing.series.map((s) => s.label)).toEqual(jurisdictions.map((j) => j.name));
    const serbia = model.drawing.series.find((s) => s.key === 'RS')!;
    const last = value(roadmap.asOfPeriod, 'RS');
    expect(serbia.points.at(-1)).toEqual({ x: label(roadmap.asOfPeriod), y: last === null ? null : Math.round(last * 1000) / 10 });
    expect(model.period).toBe(`${label(periods[0]!)} to ${label(roadmap.asOfPeriod)}`);
    expect(model.slide).toEqual({ kind: 'overview-trend' });
  });

  it('draws each jurisdiction in the colour slot of its place in the region, even when others are left out', () => {
    const model = overviewTrendModel(literal(points([0.1, 0.2, 0.3], [0.1, 0.1, 0.2]).filter((p) => p.jurisdiction === 'BA'), ['BA']), ctx);
    expect(model.drawing.kind === 'lines' && model.drawing.series.map((s) => [s.key, s.slot])).toEqual([['BA', 1]]);
  });

  it('names the largest rise from each jurisdiction’s first to its last known share', async () => {
    const data = await input();
    const known = jurisdictions.map((j) => {
      const shares = data.progress.trend.filter((p) => p.jurisdiction === j.code && p.completion !== null).sort((a, b) => a.period.localeCompare(b.period));
      return { j, first: shares[0]!, last: shares.at(-1)! };
    });
    const best = known.reduce((a, b) => (b.last.completion! - b.first.completion! > a.last.completion! - a.first.completion! ? b : a));
    expect(overviewTrendModel(data, ctx).takeaway).toBe(
      `${best.j.name}’s completed share rose the most: from ${formatShare(best.first.completion)} in ${label(best.first.period)} to ${formatShare(best.last.completion)} in ${label(best.last.period)}.`,
    );
  });

  it('writes the CSV in the table’s order with the unit, the span, the source and the Kosovo* footnote', async () => {
    const data = await input();
    const model = overviewTrendModel(data, ctx);
    const csv = modelCsv(model, { id: 'period', desc: true });
    const periods = [...new Set(data.progress.trend.map((p) => p.period))].sort();
    expect(csv.columns.map((c) => c.label)).toEqual(['Period', ...jurisdictions.map((j) => `${j.name} (%)`)]);
    expect(csv.rows.map((r) => r.period)).toEqual([...periods].reverse());
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    expect(csv.notes).toEqual([
      'Unit: per cent of commitments completed, discontinued ones left out.',
      `Period: ${label(periods[0]!)} to ${label(roadmap.asOfPeriod)} (${periods[0]} to ${roadmap.asOfPeriod})`,
      `Source: ${roadmap.source}`,
      `${kosovo.name} ${kosovo.designationFootnote}`,
    ]);
    expect(model.fileNameParts).toEqual(['roadmap', 'completion-over-time', periods[0], roadmap.asOfPeriod]);
  });

  it('ends at the selected period, H1 or H2', async () => {
    const h1 = roadmap.periods.filter((p) => p.endsWith('H1')).at(-2)!;
    const h2 = roadmap.periods.filter((p) => p.endsWith('H2') && p !== roadmap.asOfPeriod).at(-1)!;
    for (const period of [h1, h2]) {
      const model = overviewTrendModel(await input(period), ctx);
      expect(model.tables[0]?.rows.at(-1)?.key).toBe(period);
      expect(model.tables[0]?.caption).toMatch(new RegExp(`^Completed share by period and jurisdiction, H\\d \\d{4} to ${label(period)}$`));
    }
  });
});

describe('overview-trend model: takeaway cases, the period and footnotes', () => {
  it('names the jurisdiction listed first when two rise by the same amount', () => {
    const model = overviewTrendModel(literal(points([0.1, 0.2, 0.3], [0.2, 0.3, 0.4]), ['AL', 'BA', 'XK']), ctx);
    expect(model.takeaway).toBe('Every jurisdiction’s completed share rose by the same 20 percentage points between H1 2020 and H1 2021.');
    const tie = overviewTrendModel(literal([...points([0.1, 0.2, 0.3], [0.2, 0.3, 0.4]), { period: '2021-H1', jurisdiction: 'XK', completion: 0.1 }, { period: '2020-H1', jurisdiction: 'XK', completion: 0.05 }], ['AL', 'BA', 'XK']), ctx);
    const albania = jurisdictions.find((j) => j.code === 'AL')!.name;
    expect(tie.takeaway).toBe(`${albania}’s completed share rose the most: from 10% in H1 2020 to 30% in H1 2021.`);
  });

  it('says so when every rise is one percentage point', () => {
    expect(overviewTrendModel(literal(points([0.1, 0.105, 0.11], [0.5, 0.5, 0.51])), ctx).takeaway).toBe(
      'Every jurisdiction’s completed share rose by the same 1 percentage point between H1 2020 and H1 2021.',
    );
  });

  it('says no share rose when none did', () => {
    expect(overviewTrendModel(literal(points([0.4, 0.3, 0.3], [0.5, 0.5, 0.5])), ctx).takeaway).toBe(
      'No jurisdiction’s completed share rose between H1 2020 and H1 2021.',
    );
    // A rise too small to print is no rise.
    expect(overviewTrendModel(literal(points([0.4, 0.4, 0.402], [0.5, 0.5, 0.4])), ctx).takeaway).toBe(
      'No jurisdiction’s completed share rose between H1 2020 and H1 2021.',
    );
  });

  it('names the one jurisdiction with two known shares', () => {
    const bosnia = jurisdictions.find((j) => j.code === 'BA')!.name;
    expect(overviewTrendModel(literal(points([null, 0.4, null], [0.2, null, 0.5])), ctx).takeaway).toBe(
      `${bosnia}’s completed share rose the most: from 20% in H1 2020 to 50% in H1 2021.`,
    );
  });

  it('has a sentence for a single period and for no share at all', () => {
    expect(overviewTrendModel(literal(points([0.4], [0.5]), ['AL', 'BA'], '2020-H1'), ctx).takeaway).toBe('Only one reporting period so far: H1 2020.');
    const empty = overviewTrendModel(literal(points([null, null], [null, null])), ctx);
    expect(empty.takeaway).toBe('No completed shares have been reported yet.');
    expect(empty.tables[0]?.rows[0]?.cells.AL).toEqual({ value: null, text: '—' });
    expect(overviewTrendModel(literal([]), ctx).takeaway).toBe('No completed shares have been reported yet.');
  });

  it('leaves out periods after the selected one', () => {
    const model = overviewTrendModel(literal(points([0.1, 0.2, 0.9], [0.1, 0.2, 0.3]), ['AL', 'BA'], '2020-H2'), ctx);
    expect(model.tables[0]?.rows.map((r) => r.key)).toEqual(['2020-H1', '2020-H2']);
    expect(model.period).toBe('H1 2020 to H2 2020');
  });

  it('carries the Kosovo* footnote exactly when Kosovo* has a line', () => {
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    // Listed but not reported by the API: no line, no column, no footnote.
    const without = overviewTrendModel(literal(points([0.1, 0.2], [0.1, 0.3]), ['AL', 'BA', 'XK']), ctx);
    expect(without.footnotes).toEqual([]);
    expect(without.tables[0]?.columns.map((c) => c.id)).toEqual(['period', 'AL', 'BA']);
    const withKosovo = overviewTrendModel(literal([...points([0.1, 0.2], [0.1, 0.3]), { period: '2020-H1', jurisdiction: 'XK', completion: null }], ['AL', 'BA', 'XK']), ctx);
    expect(withKosovo.footnotes).toEqual([`${kosovo.name} ${kosovo.designationFootnote}`]);
  });
});
