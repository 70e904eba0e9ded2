/**
 * One answer everywhere: for a jurisdiction, an indicator and a period, the progress category and the
 * latest value read the same on the indicator screen, the jurisdiction screen, the pillar screen, the
 * indicator slide and the embed. And the "Values over time" chart shows the same takeaway and rows on
 * its screen, as a slide and as an embed. Everything renders the whole app against the msw handlers.
 */
import { cleanup, configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { IndicatorListSchema, IndicatorSchema, JurisdictionListSchema, RoadmapSchema, type Indicator, type JurisdictionCode } from '../../src/api/schemas';
import { indicatorValuesModel } from '../../src/domain/charts/indicator-values';
import type { ChartModel, Translate } from '../../src/domain/charts/model';
import { indicatorProgressAt } from '../../src/domain/indicator-progress';
import { en } from '../../src/i18n/en';
import { charts } from '../../src/i18n/en/charts';
import { addMessages, i18n } from '../../src/i18n/i18n';
import { renderApp } from '../utils';

configure({ asyncUtilTimeout: 10_000 });
const SLOW = { timeout: 90_000 };
addMessages({ charts });

async function facts() {
  const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
  const jurisdictions = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items;
  const listed = (await apiGet('/indicators.json', IndicatorListSchema)).items;
  return { roadmap, jurisdictions, listed };
}

/** "54.7% (2024)", "54.7 (2024)" and "54.7 (estimated)" in the 2024 row all read as "54.7 (2024)"; no value reads as null. */
function latestText(text: string | null | undefined, year?: string): string | null {
  const clean = (text ?? '').trim();
  if (clean === '' || clean === '—' || clean === 'no value' || clean === 'missing') return null;
  const value = clean.replace(/ \((estimated|provisional)\)$/, '').replace(/%/g, '');
  return year === undefined ? value : `${value} (${year})`;
}

function rowOf(table: HTMLElement, name: string): string[] {
  const row = within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

function columnIndex(table: HTMLElement, header: string): number {
  return within(table).getAllByRole('columnheader').findIndex((h) => h.textContent === header) - 1;
}

/** The latest non-missing value of a jurisdiction's column in a years x jurisdictions table, as "value (year)". */
function latestInYearTable(table: HTMLElement, name: string): string | null {
  const column = columnIndex(table, name);
  const rows = within(table).getAllByRole('row').slice(1).reverse();
  for (const row of rows) {
    const year = within(row).getByRole('rowheader').textContent ?? '';
    const text = latestText(within(row).getAllByRole('cell')[column]?.textContent, year);
    if (text !== null) return text;
  }
  return null;
}

interface Seen {
  category: string;
  latest: string | null;
}

async function onIndicatorScreen(indicator: Indicator, name: string, period: string): Promise<Seen> {
  renderApp(`/indicators/${indicator.id}?period=${period}`);
  const table = await screen.findByRole('table', { name: /Progress category of each compared jurisdiction/ });
  const [category, latest] = rowOf(table, name);
  cleanup();
  return { category: category!, latest: latestText(latest) };
}

async function onJurisdictionScreen(indicator: Indicator, code: JurisdictionCode, period: string): Promise<Seen> {
  renderApp(`/jurisdictions/${code}?period=${period}&tables=indicators`);
  const frame = await screen.findByRole('figure', { name: 'Indicators' }, { timeout: 30_000 });
  const table = await within(frame).findByRole('table');
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const cells = rowOf(table, indicator.name);
  const at = (header: string) => cells[headers.indexOf(header) - 1];
  cleanup();
  return { category: at('Progress')!, latest: latestText(at('Latest value')) };
}

async function onPillarScreen(indicator: Indicator, name: string, period: string): Promise<Seen> {
  renderApp(`/pillars/${indicator.pillar}?period=${period}`);
  const table = await screen.findByRole('table', { name: `Progress category of each jurisdiction: ${indicator.name} (values in ${indicator.unit})` });
  const [category, latest] = rowOf(table, name);
  cleanup();
  return { category: category!, latest: latestText(latest) };
}

async function onEmbed(indicator: Indicator, code: JurisdictionCode, name: string, period: string): Promise<Seen & { takeaway: string }> {
  renderApp(`/embed/indicator-values/${indicator.id}?period=${period}&compare=${code}&tables=values`);
  const table = await screen.findByRole('table', { name: /^Baseline and target of each compared jurisdiction/ });
  const [, latest, , category] = rowOf(table, name);
  const takeaway = document.querySelector('.takeaway')?.textContent ?? '';
  cleanup();
  return { category: category!, latest: latestText(latest), takeaway };
}

async function onSlide(indicator: Indicator, name: string, period: string): Promise<string | null> {
  renderApp(`/present?slides=indicator~${indicator.id}&slide=1&period=${period}`);
  const table = await screen.findByRole('table', { name: `${indicator.name} (${indicator.unit}) by year and jurisdiction` });
  const latest = latestInYearTable(table, name);
  cleanup();
  return latest;
}

describe('the same category and latest value on every screen, the slide and the embed', () => {
  const triples: { code: JurisdictionCode; pick: (items: readonly Indicator[]) => Indicator; period: string }[] = [
    { code: 'AL', pick: (items) => items[0]!, period: '2026-H1' },
    { code: 'XK', pick: (items) => items.find((i) => i.direction === 'lower')!, period: '2024-H2' },
    { code: 'RS', pick: (items) => items[2]!, period: '2023-H1' },
    { code: 'ME', pick: (items) => items.find((i) => i.series.some((s) => s.jurisdiction === 'ME' && s.baseline && s.target))!, period: '2021-H2' },
  ];

  for (const { code, pick, period } of triples) {
    it(`${code}, ${period}`, SLOW, async () => {
      const { jurisdictions, listed } = await facts();
      const indicator = await apiGet(`/indicators/${pick(listed).id}.json`, IndicatorSchema);
      const name = jurisdictions.find((j) => j.code === code)!.name;
      const standing = indicatorProgressAt(indicator, code, period)!;
      const category = en.indicatorCategory[standing.progress.category];
      const latest = standing.latest ? latestText(`${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(standing.latest.value)} (${standing.latest.year})`) : null;

      const indicatorScreen = await onIndicatorScreen(indicator, name, period);
      const jurisdictionScreen = await onJurisdictionScreen(indicator, code, period);
      const pillarScreen = await onPillarScreen(indicator, name, period);
      const embed = await onEmbed(indicator, code, name, period);
      const slide = await onSlide(indicator, name, period);

      for (const seen of [indicatorScreen, jurisdictionScreen, pillarScreen, embed]) {
        // The category reads as its word (after a shape marker), the same on every view.
        expect(seen.category.replace(/^\W+\s/, '')).toBe(category);
        expect(seen.latest).toBe(latest);
      }
      expect(slide).toBe(latest);
      if (standing.latest) expect(embed.takeaway).toContain(`in ${standing.latest.year}`);
    });
  }
});

/** A table's rows as text: [row header, cells...]. */
function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent ?? '', ...within(row).getAllByRole('cell').map((c) => c.textContent ?? '')]);
}

function expectedRows(model: ChartModel): string[][] {
  const table = model.tables[0]!;
  return table.rows.map((row) => table.columns.map((c) => row.cells[c.id]?.text ?? ''));
}

describe('“Values over time”: the same takeaway and rows on the screen, the slide and the embed', () => {
  it('at the latest period with every jurisdiction compared, and at an H2 period with one', SLOW, async () => {
    const { roadmap, jurisdictions, listed } = await facts();
    const indicator = await apiGet(`/indicators/${listed[1]!.id}.json`, IndicatorSchema);
    const ctx = { t: i18n.t.bind(i18n) as unknown as Translate, locale: 'en' };
    const caption = `${indicator.name} (${indicator.unit}) by year and jurisdiction`;

    const all = indicatorValuesModel({ indicator, jurisdictions, period: roadmap.asOfPeriod, compare: null }, ctx);
    renderApp(`/indicators/${indicator.id}?tables=values`);
    const figure = await screen.findByRole('figure', { name: `${indicator.name}: values over time` });
    expect(within(figure).getByText(all.takeaway)).toHaveClass('takeaway');
    expect(tableRows(await within(figure).findByRole('table', { name: caption }))).toEqual(expectedRows(all));
    cleanup();

    renderApp(`/present?slides=indicator~${indicator.id}&slide=1`);
    expect(await screen.findByText(all.takeaway)).toHaveClass('slide-takeaway');
    expect(screen.getByText(all.period)).toHaveClass('slide-period');
    expect(tableRows(await screen.findByRole('table', { name: caption }))).toEqual(expectedRows(all));
    cleanup();

    renderApp(`/embed/indicator-values/${indicator.id}?tables=values`);
    expect(await screen.findByText(all.takeaway)).toHaveClass('takeaway');
    expect(tableRows(await screen.findByRole('table', { name: caption }))).toEqual(expectedRows(all));
    cleanup();

    const one = indicatorValuesModel({ indicator, jurisdictions, period: '2024-H2', compare: 'AL' }, ctx);
    expect(one.tables[0]!.columns.map((c) => c.header)).toEqual(['Year', 'Albania']);
    for (const path of [`/indicators/${indicator.id}`, `/embed/indicator-values/${indicator.id}`]) {
      renderApp(`${path}?period=2024-H2&compare=AL&tables=values`);
      const frame = await screen.findByRole('figure', { name: `${indicator.name}: values over time` });
      expect(within(frame).getByText(one.takeaway)).toHaveClass('takeaway');
      expect(tableRows(await within(frame).findByRole('table', { name: caption }))).toEqual(expectedRows(one));
      expect(within(frame).getByText(new RegExp(one.period.replace(/[()]/g, '.')))).toBeInTheDocument();
      cleanup();
    }
  });
});
