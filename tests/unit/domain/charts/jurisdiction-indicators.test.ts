/** The jurisdiction's "Indicators" model, pure (no DOM): from the mock API's dataset and small literal inputs. */
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../../mocks/data/dataset';
import type { Indicator, IndicatorSeries, JurisdictionCode, Observation } from '../../../../src/api/schemas';
import { jurisdictionIndicatorsModel } from '../../../../src/domain/charts/jurisdiction-indicators';
import { modelCsv, type ModelContext, type Translate } from '../../../../src/domain/charts/model';
import { formatNumber } from '../../../../src/domain/format';
import { compareValues } from '../../../../src/domain/sort';
import { indicatorProgressAt } from '../../../../src/domain/indicator-progress';
import { lastYearEndedBy } from '../../../../src/domain/indicator-series';
import { valueDomain } from '../../../../src/domain/value-axis';
import { chartDetails } from '../../../../src/i18n/en/chartDetails';
import { charts } from '../../../../src/i18n/en/charts';
import { addMessages, i18n } from '../../../../src/i18n/i18n';

void addMessages({ charts, chartDetails });
const ctx: ModelContext = { t: i18n.t.bind(i18n) as unknown as Translate, locale: 'en' };
const { indicators, jurisdictions, roadmap } = getDataset();
const jurisdiction = (code: JurisdictionCode) => jurisdictions.find((j) => j.code === code)!;
/** What `/indicators?jurisdiction=<code>` returns: every indicator, with that jurisdiction's series only. */
const indicatorsOf = (code: JurisdictionCode) => indicators.map((i) => ({ ...i, series: i.series.filter((s) => s.jurisdiction === code) }));

const build = (code: JurisdictionCode, period: string, list: Indicator[] = indicatorsOf(code)) =>
  jurisdictionIndicatorsModel({ jurisdiction: jurisdiction(code), indicators: list, period }, ctx);

function obs(year: number, value: number | null): Observation {
  return { year, value, quality: value === null ? 'missing' : 'reported', source: null };
}

function literal(id: string, series: Omit<IndicatorSeries, 'jurisdiction'> | null, direction: Indicator['direction'] = 'higher'): Indicator {
  return {
    ...indicators[0]!,
    id,
    name: `Indicator ${id}`,
    unit: 'cases',
    direction,
    source: `Source ${id}`,
    series: series ? [{ jurisdiction: 'AL', ...series }] : [],
  };
}

describe('jurisdiction-indicators model from the dataset', () => {
  it('names the chart, its subject, view key, slide, source and period', () => {
    const model = build('AL', roadmap.asOfPeriod);
    expect(model).toMatchObject({ id: 'jurisdiction-indicators', viewKey: 'indicators', subject: 'AL', title: 'Indicators' });
    expect(model.slide).toEqual({ kind: 'jurisdiction-indicators', param: 'AL' });
    expect(model.caption).toBe(`Yearly values reported for Albania up to ${lastYearEndedBy(roadmap.asOfPeriod)}, with baseline and target`);
    expect(model.source).toBe('the source named for each indicator');
    expect(model.period).toBe(`H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`);
    expect(model.fileNameParts).toEqual(['roadmap', 'AL', 'indicators', roadmap.asOfPeriod]);
  });

  it.each(roadmap.periods.filter((p) => p.endsWith('H1')).slice(-1).concat(roadmap.periods.filter((p) => p.endsWith('H2')).slice(-1)))(
    'one card and one row per indicator, in the API’s order, as known at the end of %s',
    (period) => {
      const list = indicatorsOf('AL');
      const model = build('AL', period, list);
      const table = model.tables[0]!;
      expect(table.rows.map((r) => r.key)).toEqual(list.map((i) => i.id));
      if (model.drawing.kind !== 'small-multiples') throw new Error('expected small multiples');
      expect(model.drawing.items.map((i) => i.title)).toEqual(list.map((i) => i.name));
      const lastYear = lastYearEndedBy(period);
      for (const [index, indicator] of list.entries()) {
        const standing = indicatorProgressAt(indicator, 'AL', period);
        const row = table.rows[index]!;
        const item = model.drawing.items[index]!;
        const category = standing?.progress.category ?? 'not_available';
        expect(item.category).toBe(category);
        expect(row.cells.progress?.value).toBe(category);
        expect(item.href).toBe(`/indicators/${indicator.id}`);
        expect(item.points.every((p) => p.x <= lastYear)).toBe(true);
        const latest = standing?.latest;
        expect(row.cells.latest?.text).toBe(latest ? `${formatNumber(latest.value)} (${latest.year})` : '—');
        expect(item.latestText.startsWith(`Latest value: ${row.cells.latest?.text} · Baseline: `)).toBe(true);
        const series = standing?.series;
        expect(item.range).toEqual(series ? valueDomain([...series.observations.map((o) => o.value), series.baseline?.value, series.target?.value]) : null);
      }
      // Year columns: every year any indicator has, in order, none after the last year ended by the period.
      const years = table.columns.filter((c) => /^y\d+$/.test(c.id)).map((c) => Number(c.id.slice(1)));
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(Math.max(...years)).toBeLessThanOrEqual(lastYear);
    },
  );

  it('the CSV holds the table’s rows in the table’s order, raw figures, with its notes', () => {
    const model = build('AL', roadmap.asOfPeriod);
    const csv = modelCsv(model);
    expect(csv.rows.map((r) => r.id)).toEqual(model.tables[0]!.rows.map((r) => r.key));
    expect(csv.columns.map((c) => c.key).slice(0, 4)).toEqual(['id', 'indicator', 'unit', 'direction']);
    expect(csv.columns.at(-1)?.key).toBe('source');
    expect(csv.notes).toEqual(['Albania', model.caption, `Period: ${model.period} (${roadmap.asOfPeriod})`]);
    // Sorting by name reorders the CSV like the table.
    const byName = modelCsv(model, { id: 'indicator', desc: true });
    const names = csv.rows.map((r) => r.indicator as string);
    expect(byName.rows.map((r) => r.indicator)).toEqual([...names].sort((a, b) => compareValues(b, a)));
    expect(byName.rows.map((r) => r.indicator)).not.toEqual(names);
  });

  it('carries the Kosovo* footnote exactly for Kosovo*', () => {
    const kosovo = jurisdiction('XK');
    const xk = build('XK', roadmap.asOfPeriod);
    expect(xk.footnotes).toEqual([`${kosovo.name} ${kosovo.designationFootnote}`]);
    expect(xk.csvNotes.at(-1)).toBe(xk.footnotes[0]);
    expect(xk.subject).toBe('XK');
    for (const code of ['AL', 'BA', 'ME', 'MK', 'RS'] as const) expect(build(code, roadmap.asOfPeriod).footnotes).toEqual([]);
  });

  it('marks an indicator name or unit shown in English for want of a translation, and only those', () => {
    const [first, second, ...rest] = indicatorsOf('AL');
    const list = [{ ...first!, untranslated: ['name', 'unit'] }, { ...second!, untranslated: ['description'] }, ...rest];
    const model = build('AL', roadmap.asOfPeriod, list);
    const cells = (id: string) => model.tables[0]!.rows.find((r) => r.key === id)!.cells;
    expect(cells(first!.id).indicator!.lang).toBe('en');
    expect(cells(first!.id).unit!.lang).toBe('en');
    expect(cells(second!.id).indicator!.lang).toBeUndefined();
    if (model.drawing.kind !== 'small-multiples') throw new Error('expected small multiples');
    expect(model.drawing.items.find((i) => i.key === first!.id)!.titleLang).toBe('en');
    expect(model.drawing.items.find((i) => i.key === second!.id)!.titleLang).toBeUndefined();
  });
});

describe('jurisdiction-indicators takeaway', () => {
  const period = '2025-H2';
  const achieved = literal('a', { baseline: { year: 2019, value: 10 }, target: { year: 2024, value: 20 }, observations: [obs(2019, 10), obs(2022, 25)] });
  const falling = literal('b', { baseline: { year: 2019, value: 10 }, target: { year: 2024, value: 20 }, observations: [obs(2019, 10), obs(2022, 5)] });
  const none = literal('c', null);

  it('counts the indicators by progress group, in words', () => {
    const model = build('AL', period, [achieved, falling, none]);
    expect(model.takeaway).toBe('Of 3 indicators, 1 is on track or has reached its target, 1 shows limited progress or deterioration, and 1 cannot be assessed.');
  });

  it('one indicator; every indicator in one group', () => {
    expect(build('AL', period, [none]).takeaway).toBe('Of 1 indicator, 1 cannot be assessed.');
    expect(build('AL', period, [achieved, { ...achieved, id: 'a2' }]).takeaway).toBe('Of 2 indicators, 2 are on track or have reached their target.');
  });

  it('no indicators: says so, with no cards and no rows', () => {
    const model = build('AL', period, []);
    expect(model.takeaway).toBe('No indicators are reported for Albania.');
    expect(model.tables[0]!.rows).toEqual([]);
    expect(modelCsv(model).rows).toEqual([]);
  });

  it('an indicator without a series: no line, dashes in the table, not assessed', () => {
    const model = build('AL', period, [none]);
    const row = model.tables[0]!.rows[0]!;
    expect([row.cells.baseline?.text, row.cells.target?.text, row.cells.latest?.text]).toEqual(['—', '—', '—']);
    expect(row.cells.progress?.text).toBe('Not available');
    if (model.drawing.kind !== 'small-multiples') throw new Error('expected small multiples');
    expect(model.drawing.items[0]).toMatchObject({ points: [], range: null, references: [], category: 'not_available' });
  });

  it('a missing value stays missing (a dash and a null), never 0', () => {
    const gap = literal('g', { baseline: null, target: null, observations: [obs(2020, 3), obs(2021, null), obs(2022, 4)] });
    const model = build('AL', period, [gap]);
    const row = model.tables[0]!.rows[0]!;
    expect(row.cells.y2021).toEqual({ value: null, text: '—' });
    expect((row.csv as Record<string, unknown>).y2021).toBeNull();
    if (model.drawing.kind !== 'small-multiples') throw new Error('expected small multiples');
    expect(model.drawing.items[0]!.points).toEqual([
      { x: 2020, y: 3 },
      { x: 2021, y: null },
      { x: 2022, y: 4 },
    ]);
  });
});
