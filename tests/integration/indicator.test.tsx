import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { IndicatorListSchema, IndicatorSchema, JurisdictionListSchema, RoadmapSchema, type Indicator, type Observation } from '../../src/api/schemas';
import { formatGrowth, formatNumber } from '../../src/domain/format';
import { indicatorProgressAt } from '../../src/domain/indicator-progress';
import { lastYearEndedBy } from '../../src/domain/indicator-series';
import { en } from '../../src/i18n/en';
import { useScenario } from '../../mocks/node';
import { currentUrl, renderApp, captureDownloads } from '../utils';

// The route modules and charts load lazily; a cold first load can take more than a second.
configure({ asyncUtilTimeout: 5000 });

/** What the API says, fetched through the same handlers the screen uses. */
async function apiFacts() {
  const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
  const jurisdictions = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items;
  const indicators = (await apiGet('/indicators.json', IndicatorListSchema)).items;
  return { roadmap, jurisdictions, indicators };
}

/** An indicator whose series have a missing value and a value marked estimated or provisional. */
function indicatorWithGaps(indicators: readonly Indicator[]): Indicator {
  const found = indicators.find(
    (i) =>
      i.series.some((s) => s.observations.some((o) => o.value === null)) &&
      i.series.some((s) => s.observations.some((o) => o.quality === 'estimated' || o.quality === 'provisional')),
  );
  if (!found) throw new Error('The dataset has no indicator with gaps and flagged values');
  return found;
}

/** How the table shows one observation. */
function expectedCell(o: Observation | undefined): string {
  if (!o || o.value === null) return 'missing';
  const value = formatNumber(o.value);
  return o.quality === 'estimated' || o.quality === 'provisional' ? `${value} (${o.quality})` : value;
}

function searchOf(router: Parameters<typeof currentUrl>[0]): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
}

const valuesTable = () => screen.findByRole('table', { name: /by year and jurisdiction/ });

describe('indicator screen', () => {
  it('shows the definition, unit, direction and source from the API', async () => {
    const { indicators, roadmap } = await apiFacts();
    const indicator = indicators[0]!;
    renderApp(`/indicators/${indicator.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: indicator.name })).toBeInTheDocument();
    expect(screen.getByText(indicator.description)).toBeInTheDocument();
    const facts = screen.getByText('Unit').closest('dl') as HTMLElement;
    expect(within(facts).getByText(indicator.unit)).toBeInTheDocument();
    expect(within(facts).getByText(indicator.direction === 'higher' ? 'Higher is better' : 'Lower is better')).toBeInTheDocument();
    expect(within(facts).getByText(indicator.source)).toBeInTheDocument();
    const pillar = roadmap.pillars.find((p) => p.id === indicator.pillar)!;
    expect(screen.getByRole('link', { name: new RegExp(pillar.name) })).toHaveAttribute('href', `/pillars/${pillar.id}`);
    await waitFor(() => expect(document.title).toBe(`${indicator.name} · Roadmap Monitor`));
  });

  it('holds the API’s observations in the table twin: years by jurisdictions, missing values as “missing”, never 0', async () => {
    const { indicators, jurisdictions, roadmap } = await apiFacts();
    const indicator = await apiGet(`/indicators/${indicatorWithGaps(indicators).id}.json`, IndicatorSchema);
    const { user, router } = renderApp(`/indicators/${indicator.id}`);
    await user.click(await screen.findByRole('tab', { name: 'Table' }));
    // The router commits a navigation once the route's loader has run: wait for it.
    await waitFor(() => expect(currentUrl(router)).toBe(`/indicators/${indicator.id}?tables=values`));

    const table = await valuesTable();
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Year', ...jurisdictions.map((j) => j.name)]);
    const years = [...new Set(indicator.series.flatMap((s) => s.observations.map((o) => o.year)))].sort((a, b) => a - b);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(years.map(String));

    let missing = 0;
    for (const [index, year] of years.entries()) {
      const cells = within(rows[index]!).getAllByRole('cell').map((c) => c.textContent);
      const expected = jurisdictions.map((j) => {
        const o = indicator.series.find((s) => s.jurisdiction === j.code)?.observations.find((x) => x.year === year);
        if (!o || o.value === null) missing += 1;
        return expectedCell(o);
      });
      expect(cells).toEqual(expected);
    }
    expect(missing).toBeGreaterThan(0);
    expect(within(table).getAllByText('missing')).toHaveLength(missing);
    expect(within(table).queryByText(/^0$/)).not.toBeInTheDocument();

    // Baselines, latest values, targets and progress travel with the table (values in the caption's unit; a % sign stays).
    const refs = screen.getByRole('table', { name: /Baseline and target/ });
    const shown = (value: number) => formatNumber(value, indicator.unit === '%' ? '%' : undefined);
    for (const series of indicator.series) {
      const name = jurisdictions.find((j) => j.code === series.jurisdiction)!.name;
      const standing = indicatorProgressAt(indicator, series.jurisdiction, roadmap.asOfPeriod)!;
      const row = within(refs).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
      const [baseline, latest, target, progress] = within(row).getAllByRole('cell').map((c) => c.textContent);
      const known = standing.series.baseline;
      expect(baseline).toBe(known ? `${shown(known.value)} (${known.year})` : 'none set');
      expect(latest).toBe(standing.latest ? `${shown(standing.latest.value)} (${standing.latest.year})` : 'no value');
      expect(target).toBe(series.target ? `${shown(series.target.value)} (${series.target.year})` : 'none set');
      expect(progress).toContain(en.indicatorCategory[standing.progress.category]);
    }
  });

  it('changes the compared jurisdictions, the table columns and the URL together', async () => {
    const { indicators, jurisdictions } = await apiFacts();
    const indicator = indicators[0]!;
    const { user, router } = renderApp(`/indicators/${indicator.id}?tables=values`);
    const group = await screen.findByRole('group', { name: 'Jurisdictions compared' });
    const names = jurisdictions.map((j) => j.name);
    for (const name of names) expect(within(group).getByRole('checkbox', { name })).toBeChecked();
    expect(searchOf(router).has('compare')).toBe(false);

    await user.click(within(group).getByRole('checkbox', { name: names[0]! }));
    expect(searchOf(router).get('compare')).toBe(jurisdictions.slice(1).map((j) => j.code).join(','));
    await waitFor(async () =>
      expect(within(await valuesTable()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', ...names.slice(1)]),
    );

    // Down to one: the last one cannot be unticked.
    for (const name of names.slice(1, -1)) {
      await user.click(within(group).getByRole('checkbox', { name }));
      await waitFor(() => expect(within(group).getByRole('checkbox', { name })).not.toBeChecked());
    }
    const last = jurisdictions[jurisdictions.length - 1]!;
    expect(searchOf(router).get('compare')).toBe(last.code);
    await waitFor(() => expect(within(group).getByRole('checkbox', { name: last.name })).toBeDisabled());
    expect(screen.getByText('At least one jurisdiction stays selected.')).toBeInTheDocument();
    expect(within(await valuesTable()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', last.name]);

    // Back to all six: the parameter goes away.
    await user.click(within(group).getByRole('button', { name: 'Compare all six' }));
    expect(searchOf(router).has('compare')).toBe(false);
    expect(currentUrl(router)).toBe(`/indicators/${indicator.id}?tables=values`);
    await waitFor(async () => expect(within(await valuesTable()).getAllByRole('columnheader')).toHaveLength(names.length + 1));
  });

  it('reads ?compare= from the URL and drops unknown codes with a notice', async () => {
    const { indicators, jurisdictions } = await apiFacts();
    const indicator = indicators[0]!;
    const { user, router } = renderApp(`/indicators/${indicator.id}?tables=values&compare=rs,ZZ,AL`);
    expect(await screen.findByText('Ignored in the comparison, not a jurisdiction code: ZZ.')).toHaveAttribute('role', 'status');
    const byCode = (code: string) => jurisdictions.find((j) => j.code === code)!.name;
    expect(within(await valuesTable()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', byCode('AL'), byCode('RS')]);
    // The next change writes a clean parameter.
    await user.click(screen.getByRole('checkbox', { name: byCode('BA') }));
    expect(searchOf(router).get('compare')).toBe('AL,BA,RS');
    await waitFor(() => expect(screen.queryByText(/Ignored in the comparison/)).not.toBeInTheDocument());
  });

  it('shows all jurisdictions with a notice when ?compare= names none', async () => {
    const { indicators, jurisdictions } = await apiFacts();
    renderApp(`/indicators/${indicators[0]!.id}?tables=values&compare=XX,<b>`);
    expect(await screen.findByText('Ignored in the comparison, not a jurisdiction code: XX, <b>. Showing all jurisdictions.')).toBeInTheDocument();
    expect(within(await valuesTable()).getAllByRole('columnheader')).toHaveLength(jurisdictions.length + 1);
  });

  it('shows one jurisdiction’s baseline and target in the takeaway when it is compared alone', async () => {
    const { indicators, jurisdictions } = await apiFacts();
    const indicator = indicators.find((i) => i.series.some((s) => s.baseline && s.target))!;
    const series = indicator.series.find((s) => s.baseline && s.target)!;
    const name = jurisdictions.find((j) => j.code === series.jurisdiction)!.name;
    renderApp(`/indicators/${indicator.id}?compare=${series.jurisdiction}`);
    const takeaway = await screen.findByText(new RegExp(`^${name.replace('*', '\\*')} reported`));
    expect(takeaway).toHaveTextContent(`against a baseline of ${formatNumber(series.baseline!.value, indicator.unit)} in ${series.baseline!.year}`);
    expect(takeaway).toHaveTextContent(`the target is ${formatNumber(series.target!.value, indicator.unit)} by ${series.target!.year}`);
  });

  it('shows each jurisdiction’s progress category as computed from the API’s series, and the inputs behind it', async () => {
    const { indicators, jurisdictions, roadmap } = await apiFacts();
    for (const listed of [indicators[0]!, indicators.find((i) => i.direction === 'lower')!]) {
      const indicator = await apiGet(`/indicators/${listed.id}.json`, IndicatorSchema);
      const { user, unmount } = renderApp(`/indicators/${indicator.id}`);
      const table = await screen.findByRole('table', { name: /Progress category of each compared jurisdiction/ });
      const details = screen.getByText('How is this calculated?').closest('details') as HTMLElement;
      expect(details).not.toHaveAttribute('open');
      await user.click(screen.getByText('How is this calculated?'));
      expect(details).toHaveAttribute('open');
      expect(within(details).getByText(/R = d × observed growth ÷ \|required growth\|/)).toBeInTheDocument();
      expect(within(details).getByText(/R ≥ 95% is on track, 60% ≤ R < 95%/)).toBeInTheDocument();
      expect(within(details).getByText(/1\.5% or more is on track, 0\.5% to 1\.5% acceleration needed/)).toBeInTheDocument();
      expect(within(details).getByText(indicator.direction === 'higher' ? /higher is better, so d = \+1/ : /lower is better, so d = −1/)).toBeInTheDocument();
      const inputs = within(details).getByRole('table', { name: `Figures used for each compared jurisdiction (values in ${indicator.unit})` });

      for (const series of indicator.series) {
        const name = jurisdictions.find((j) => j.code === series.jurisdiction)!.name;
        const result = indicatorProgressAt(indicator, series.jurisdiction, roadmap.asOfPeriod)!.progress;
        const row = within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
        expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(en.indicatorCategory[result.category]);

        const figures = within(within(inputs).getByRole('rowheader', { name }).closest('tr') as HTMLElement)
          .getAllByRole('cell')
          .map((c) => c.textContent);
        const { inputs: i } = result;
        const shown = (value: number) => formatNumber(value, indicator.unit === '%' ? '%' : undefined);
        const inYear = (value: number | null, year: number | null) => (value === null || year === null ? 'none' : `${shown(value)} (${year})`);
        expect(figures[0]).toBe(
          i.baseValue === null ? 'none' : `${shown(i.baseValue)} (${i.baseYear}, ${i.baseSource === 'baseline' ? 'baseline' : 'first value'})`,
        );
        expect(figures[1]).toBe(inYear(i.latestValue, i.latestYear));
        expect(figures[2]).toBe(inYear(i.targetValue, i.targetYear));
        expect(figures[3]).toBe(formatGrowth(i.actualGrowth));
        expect(figures[4]).toBe(formatGrowth(i.requiredGrowth));
        expect(figures[5]).toBe(
          i.ratio === null ? '—' : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(i.ratio),
        );
        expect(figures[6]).toContain(
          result.category === 'not_available' ? 'Not available' : en.indicatorCategory[result.category],
        );
      }
      unmount();
    }
  });

  it('downloads a CSV with the BOM, unit, years, source, quality and the Kosovo* footnote; missing values are empty', async () => {
    const { indicators, jurisdictions, roadmap } = await apiFacts();
    const indicator = await apiGet(`/indicators/${indicatorWithGaps(indicators).id}.json`, IndicatorSchema);
    const blobs = captureDownloads().blobs;
    const { user } = renderApp(`/indicators/${indicator.id}`);
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Jurisdiction,Code,Year,Value,Unit,Quality,Source');

    const observations = indicator.series.flatMap((s) => s.observations.map((o) => ({ s, o })));
    expect(lines.slice(1, 1 + observations.length).length).toBe(observations.length);
    const gap = observations.find(({ o }) => o.value === null)!;
    const gapName = jurisdictions.find((j) => j.code === gap.s.jurisdiction)!.name;
    expect(lines).toContain(`${gapName},${gap.s.jurisdiction},${gap.o.year},,${indicator.unit},missing,`);
    const flagged = observations.find(({ o }) => o.quality === 'estimated' || o.quality === 'provisional')!;
    expect(text).toContain(`,${flagged.s.jurisdiction},${flagged.o.year},${flagged.o.value},`);
    expect(text).toContain(`,${flagged.o.quality},`);
    expect(text).toContain(`Unit: ${indicator.unit}`);
    expect(text).toContain(`Source: ${indicator.source}`);
    expect(text).toContain(`(values known at the end of H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`);
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    expect(text).toContain(kosovo.designationFootnote!);
  });

  it('shows the values known at the end of an earlier period', async () => {
    const { indicators, roadmap } = await apiFacts();
    const indicator = indicators[0]!;
    const earlier = roadmap.periods.find((p) => p.endsWith('H2') && Number(p.slice(0, 4)) >= 2021)!;
    renderApp(`/indicators/${indicator.id}?period=${earlier}&tables=values`);
    expect(await screen.findByRole('combobox', { name: 'Period' })).toHaveValue(earlier);
    const table = await valuesTable();
    const years = within(table).getAllByRole('rowheader').map((h) => Number(h.textContent));
    expect(Math.max(...years)).toBe(lastYearEndedBy(earlier));
  });

  it('shows every year of a long history (large scenario), gaps included', async () => {
    useScenario('large');
    const indicator = (await apiGet('/indicators.json', IndicatorListSchema)).items[0]!;
    const years = [...new Set(indicator.series.flatMap((s) => s.observations.map((o) => o.year)))].sort((a, b) => a - b);
    expect(years.length).toBeGreaterThanOrEqual(20);
    renderApp(`/indicators/${indicator.id}?tables=values`);
    const table = await valuesTable();
    expect(within(table).getAllByRole('rowheader').map((h) => Number(h.textContent))).toEqual(years);
    const kosovo = indicator.series.find((s) => s.jurisdiction === 'XK')!;
    const firstRow = within(table).getAllByRole('row')[1]!;
    const xkIndex = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent === 'Kosovo*') - 1;
    expect(within(firstRow).getAllByRole('cell')[xkIndex]!.textContent).toBe(expectedCell(kosovo.observations[0]));
  });

  it('falls back to the latest period with a notice when ?period= is not a period', async () => {
    const { indicators, roadmap } = await apiFacts();
    renderApp(`/indicators/${indicators[0]!.id}?period=1999-H9`);
    expect(await screen.findByText(/“1999-H9” is not a reporting period/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue(roadmap.asOfPeriod);
  });

  it('shows a not-found page for an unknown indicator id, with a way back', async () => {
    const { user, router } = renderApp('/indicators/no-such-indicator');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no indicator “no-such-indicator” in the roadmap.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the regional overview' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
  });

  it('shows a not-found page for an id that cannot name an indicator', async () => {
    renderApp('/indicators/Not%20An%20Id!');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/is not an indicator identifier/)).toBeInTheDocument();
  });

  it('shows an alert with Retry when the indicator cannot be loaded', async () => {
    useScenario('partial');
    renderApp('/indicators/str-received');
    const alert = (await screen.findAllByRole('alert')).find((a) => /Could not load the indicator/.test(a.textContent ?? ''));
    expect(alert).toBeDefined();
    expect(within(alert!).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
