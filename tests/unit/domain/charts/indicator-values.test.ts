/** The "Values over time" model, pure (no DOM): built from the mock API's own dataset and from small literal inputs. */
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../../mocks/data/dataset';
import type { Indicator, IndicatorSeries, Observation } from '../../../../src/api/schemas';
import { comparableCodes, indicatorValuesModel } from '../../../../src/domain/charts/indicator-values';
import { modelCsv, type ModelContext, type Translate } from '../../../../src/domain/charts/model';
import { formatNumber } from '../../../../src/domain/format';
import { indicatorProgressAt } from '../../../../src/domain/indicator-progress';
import { lastYearEndedBy, latestValue, seriesAt } from '../../../../src/domain/indicator-series';
import { chartDetails } from '../../../../src/i18n/en/chartDetails';
import { charts } from '../../../../src/i18n/en/charts';
import { en } from '../../../../src/i18n/en';
import { addMessages, i18n } from '../../../../src/i18n/i18n';

void addMessages({ charts, chartDetails });
const ctx: ModelContext = { t: i18n.t.bind(i18n) as unknown as Translate, locale: 'en' };
const { indicators, jurisdictions, roadmap } = getDataset();
const KOSOVO = jurisdictions.find((j) => j.code === 'XK')!;
const name = (code: string) => jurisdictions.find((j) => j.code === code)!.name;

function obs(year: number, value: number | null): Observation {
  return { year, value, quality: value === null ? 'missing' : 'reported', source: null };
}

function literal(series: IndicatorSeries[], direction: Indicator['direction'] = 'higher'): Indicator {
  return { ...indicators[0]!, id: 'test-indicator', name: 'Test indicator', unit: 'cases', direction, series };
}

const build = (indicator: Indicator, period: string, compare: string | null = null) =>
  indicatorValuesModel({ indicator, jurisdictions, period, compare }, ctx);

describe('indicator-values model from the dataset', () => {
  const indicator = indicators[0]!;

  it('names the chart, its subject, view key, slide and source', () => {
    const model = build(indicator, roadmap.asOfPeriod);
    expect(model.id).toBe('indicator-values');
    expect(model.subject).toBe(indicator.id);
    expect(model.viewKey).toBe('values');
    expect(model.title).toBe(`${indicator.name}: values over time`);
    expect(model.caption).toBe(`${indicator.name} (${indicator.unit}) per year for the compared jurisdictions; a gap in a line is a missing value`);
    expect(model.source).toBe(indicator.source);
    expect(model.slide).toEqual({ kind: 'indicator', param: indicator.id });
    expect(model.fileNameParts).toEqual(['roadmap', 'indicator', indicator.id, roadmap.asOfPeriod]);
  });

  it('compares every jurisdiction with a series by default: years x jurisdictions, one line each, and the Kosovo* note', () => {
    const model = build(indicator, '2025-H2');
    const codes = comparableCodes(indicator, jurisdictions);
    expect(model.tables[0]!.columns.map((c) => c.header)).toEqual(['Year', ...codes.map(name)]);
    expect(model.drawing.kind === 'lines' && model.drawing.series.map((s) => s.key)).toEqual(codes);
    expect(model.drawing.kind === 'lines' && model.drawing.references).toEqual([]);
    expect(model.footnotes).toEqual([`${KOSOVO.name} ${KOSOVO.designationFootnote}`]);
    expect(model.csvNotes).toContain(`${KOSOVO.name} ${KOSOVO.designationFootnote}`);
  });

  it('keeps each jurisdiction in its own colour slot whatever else is compared', () => {
    const slots = (compare: string | null) => {
      const { drawing } = build(indicator, '2025-H2', compare);
      return drawing.kind === 'lines' ? Object.fromEntries(drawing.series.map((s) => [s.key, s.slot])) : {};
    };
    const all = slots(null);
    // The region's order, written out: AL, BA, XK, ME, MK, RS.
    const ORDER = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'];
    for (const [code, slot] of Object.entries(all)) expect(slot).toBe(ORDER.indexOf(code));
    // Serbia alone, or beside Albania, is drawn in the slot it has among all six.
    expect(slots('RS')).toEqual({ RS: 5 });
    expect(slots('AL,RS')).toEqual({ AL: 0, RS: 5 });
  });

  it('carries the Kosovo* note exactly when Kosovo* is compared', () => {
    expect(build(indicator, '2025-H2', 'AL,RS').footnotes).toEqual([]);
    expect(build(indicator, '2025-H2', 'xk').footnotes).toEqual([`${KOSOVO.name} ${KOSOVO.designationFootnote}`]);
  });

  it('shows the values known at the end of an H1 period (years up to the previous one) and of an H2 period', () => {
    for (const period of ['2023-H1', '2023-H2', '2021-H1']) {
      const model = build(indicator, period);
      const years = model.tables[0]!.rows.map((r) => r.cells.year!.value as number);
      expect(Math.max(...years)).toBe(lastYearEndedBy(period));
      expect(model.period).toBe(`H${period.slice(-1)} ${period.slice(0, 4)}, years ${years[0]}–${lastYearEndedBy(period)}; values in ${indicator.unit}`);
    }
  });

  it('holds each observation in the year table, missing as “missing”, never 0', () => {
    const withGap = indicators.find((i) => i.series.some((s) => s.observations.some((o) => o.value === null)))!;
    const model = build(withGap, '2025-H2');
    const series = withGap.series.find((s) => s.observations.some((o) => o.value === null))!;
    const gap = series.observations.find((o) => o.value === null)!;
    const row = model.tables[0]!.rows.find((r) => r.key === String(gap.year))!;
    expect(row.cells[series.jurisdiction]).toEqual({ value: null, text: 'missing' });
  });

  it('writes a long CSV in the table’s order: one line per observation, missing values empty with quality “missing”', () => {
    const model = build(indicator, '2025-H2', 'AL,BA');
    const csv = modelCsv(model);
    expect(csv.columns.map((c) => c.label)).toEqual(['Jurisdiction', 'Code', 'Year', 'Value', 'Unit', 'Quality', 'Source']);
    const expected = model.tables[0]!.rows.flatMap((r) =>
      (['AL', 'BA'] as const).flatMap((code) => {
        const o = indicator.series.find((s) => s.jurisdiction === code)!.observations.find((x) => x.year === Number(r.key));
        return o ? [{ jurisdiction: name(code), code, year: o.year, value: o.value, unit: indicator.unit, quality: en.chartDetails.indicatorValues.quality[o.quality], source: o.source }] : [];
      }),
    );
    expect(csv.rows).toEqual(expected);
    const years = csv.rows.map((r) => r.year as number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(csv.notes).toContain(`Unit: ${indicator.unit}`);
  });

  it('gives each compared jurisdiction the same latest value and category as every other screen', () => {
    for (const period of ['2022-H1', '2024-H2', roadmap.asOfPeriod]) {
      const model = build(indicator, period);
      for (const row of model.tables[1]!.rows) {
        const standing = indicatorProgressAt(indicator, row.key as 'AL', period)!;
        expect(row.cells.progress).toMatchObject({ value: standing.progress.category, category: standing.progress.category });
        expect(row.cells.latest!.value).toBe(standing.latest?.value ?? null);
      }
    }
  });

  it('draws the baseline and target of a single compared jurisdiction, and the value axis reaches both', () => {
    const withBoth = indicators.find((i) => i.series.some((s) => s.baseline && s.target && s.baseline.year <= 2025))!;
    const series = withBoth.series.find((s) => s.baseline && s.target && s.baseline.year <= 2025)!;
    const model = build(withBoth, '2025-H2', series.jurisdiction);
    if (model.drawing.kind !== 'lines') throw new Error('not lines');
    expect(model.drawing.references.map((r) => r.y)).toEqual([series.baseline!.value, series.target!.value]);
    expect(model.drawing.references[1]!.label).toBe(`Target ${series.target!.year}: ${formatNumber(series.target!.value, withBoth.unit)}`);
    const [lo, hi] = model.drawing.yDomain!;
    for (const y of [series.baseline!.value, series.target!.value]) expect(y >= lo && y <= hi).toBe(true);
    const latest = latestValue(seriesAt(series, '2025-H2'))!;
    expect(model.takeaway).toBe(
      `${name(series.jurisdiction)} reported ${formatNumber(latest.value, withBoth.unit)} in ${latest.year}, against a baseline of ${formatNumber(series.baseline!.value, withBoth.unit)} in ${series.baseline!.year}; the target is ${formatNumber(series.target!.value, withBoth.unit)} by ${series.target!.year}.`,
    );
  });

  it('falls back to every jurisdiction when ?compare= names none', () => {
    expect(build(indicator, '2025-H2', 'ZZ').tables[0]!.columns).toHaveLength(comparableCodes(indicator, jurisdictions).length + 1);
  });
});

describe('indicator-values takeaway: spread, ties, level, single value, empty', () => {
  it('names the best and weakest latest values by direction; ties keep the earlier jurisdiction', () => {
    const series = [
      { jurisdiction: 'AL' as const, baseline: null, target: null, observations: [obs(2020, 10), obs(2021, 30)] },
      { jurisdiction: 'BA' as const, baseline: null, target: null, observations: [obs(2021, 30)] },
      { jurisdiction: 'RS' as const, baseline: null, target: null, observations: [obs(2020, 5), obs(2021, null)] },
    ];
    expect(build(literal(series), '2021-H2').takeaway).toBe(
      'Among the compared jurisdictions, Albania has the best latest value (30 cases in 2021) and Serbia the weakest (5 cases in 2020).',
    );
    expect(build(literal(series, 'lower'), '2021-H2').takeaway).toBe(
      'Among the compared jurisdictions, Serbia has the best latest value (5 cases in 2020) and Albania the weakest (30 cases in 2021).',
    );
  });

  it('says when the compared values are level, when only one has a value, and when none has', () => {
    const level = [
      { jurisdiction: 'AL' as const, baseline: null, target: null, observations: [obs(2021, 7)] },
      { jurisdiction: 'ME' as const, baseline: null, target: null, observations: [obs(2020, 7)] },
    ];
    expect(build(literal(level), '2021-H2').takeaway).toBe('The compared jurisdictions have the same latest value (7 cases).');
    const one = [level[0]!, { ...level[1]!, observations: [obs(2020, null)] }];
    expect(build(literal(one), '2021-H2').takeaway).toBe('Albania is the only compared jurisdiction with a value: 7 cases in 2021.');
    const model = build(literal(one), '2020-H2');
    expect(model.takeaway).toBe('No values have been reported for the compared jurisdictions.');
    expect(build(literal(level), '2020-H1').period).toBe('H1 2020, no years yet; values in cases');
  });

  it('a single compared jurisdiction without values says so', () => {
    const none = [{ jurisdiction: 'MK' as const, baseline: null, target: { year: 2026, value: 3 }, observations: [obs(2020, null)] }];
    expect(build(literal(none), '2021-H2').takeaway).toBe('No values have been reported for the compared jurisdictions.');
  });
});
