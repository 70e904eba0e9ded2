import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { commitmentListAt } from '../../src/api/as-at';
import {
  CommitmentListSchema,
  IndicatorListSchema,
  JurisdictionListSchema,
  ProgressSchema,
  RoadmapSchema,
  type Pillar,
} from '../../src/api/schemas';
import { formatNumber, formatShare } from '../../src/domain/format';
import { indicatorProgress } from '../../src/domain/indicator-progress';
import { en } from '../../src/i18n/en';
import { useScenario } from '../../mocks/node';
import { currentUrl, renderApp, captureDownloads } from '../utils';

// The route modules and charts load lazily; a cold first load can take more than a second.
configure({ asyncUtilTimeout: 5000 });

/** What the API says about a pillar, fetched through the same handlers the screen uses. */
async function apiFacts(pick: (pillars: Pillar[]) => Pillar = (p) => p[1] ?? p[0]!, period?: string) {
  const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
  const pillar = pick(roadmap.pillars);
  const at = period ?? roadmap.asOfPeriod;
  const jurisdictions = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items;
  const progress = await apiGet(`/progress/${at}.json`, ProgressSchema);
  const cells = progress.byJurisdictionAndPillar.filter((c) => c.pillar === pillar.id);
  const indicators = (await apiGet(`/pillars/${pillar.id}/indicators.json`, IndicatorListSchema)).items;
  const commitments = await apiGet(`/pillars/${pillar.id}/commitments.json`, CommitmentListSchema).then((list) => commitmentListAt(list, at));
  return { roadmap, pillar, jurisdictions, cells, indicators, commitments, period: at };
}

function searchOf(router: Parameters<typeof currentUrl>[0]): URLSearchParams {
  return new URLSearchParams(router.state.location.search);
}

const statusTable = () => screen.findByRole('table', { name: /Commitments by status in each jurisdiction/ });

describe('pillar screen', () => {
  it('shows the pillar’s name, number, reference and description from the roadmap', async () => {
    const { pillar, roadmap } = await apiFacts();
    renderApp(`/pillars/${pillar.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: pillar.name })).toBeInTheDocument();
    expect(screen.getByText(`Pillar ${pillar.number} of ${roadmap.pillars.length}`, { exact: false })).toHaveTextContent(
      `Reference: ${pillar.reference}`,
    );
    expect(screen.getByText(pillar.description)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${pillar.name} · Roadmap Monitor`));
    // The other pillars are one link away.
    const others = screen.getByRole('navigation', { name: 'Other pillars' });
    expect(within(others).getAllByRole('link')).toHaveLength(roadmap.pillars.length - 1);
  });

  it('holds the API’s status counts for the pillar in the table twin, with links to each jurisdiction', async () => {
    const { pillar, jurisdictions, cells } = await apiFacts();
    const { user, router } = renderApp(`/pillars/${pillar.id}`);
    await user.click(await screen.findByRole('tab', { name: 'Table' }));
    expect(currentUrl(router)).toBe(`/pillars/${pillar.id}?tables=status`);
    const table = await statusTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(jurisdictions.map((j) => j.name));
    for (const [index, jurisdiction] of jurisdictions.entries()) {
      const cell = cells.find((c) => c.jurisdiction === jurisdiction.code)!;
      expect(within(rows[index]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
        formatShare(cell.completion),
        String(cell.counts.not_started),
        String(cell.counts.in_progress),
        String(cell.counts.completed),
        String(cell.counts.discontinued),
        String(cell.overdue),
        String(cell.total),
      ]);
      expect(within(rows[index]!).getByRole('link', { name: jurisdiction.name })).toHaveAttribute('href', `/jurisdictions/${jurisdiction.code}`);
    }
    // Headline totals add up the same cells.
    const total = cells.reduce((sum, c) => sum + c.total, 0);
    expect(screen.getByText('Commitments').closest('div')).toHaveTextContent(total.toLocaleString('en'));
  });

  it('computes its takeaway from the data: leader and laggard by completed share', async () => {
    const { pillar, jurisdictions, cells } = await apiFacts();
    const counted = jurisdictions
      .map((j) => ({ name: j.name, completion: cells.find((c) => c.jurisdiction === j.code)!.completion }))
      .filter((r): r is { name: string; completion: number } => r.completion !== null);
    const leader = counted.reduce((a, b) => (b.completion > a.completion ? b : a));
    const laggard = counted.reduce((a, b) => (b.completion < a.completion ? b : a));
    renderApp(`/pillars/${pillar.id}`);
    expect(
      await screen.findByText(
        `${leader.name} has completed the largest share of its commitments in this pillar (${formatShare(leader.completion)}); ${laggard.name} the smallest (${formatShare(laggard.completion)}).`,
      ),
    ).toBeInTheDocument();
  });

  it('sorts the status table by a column and keeps the sort in the URL; a bad sort gets a notice', async () => {
    const { pillar, jurisdictions, cells } = await apiFacts();
    const { user, router } = renderApp(`/pillars/${pillar.id}?tables=status`);
    await user.click(within(await statusTable()).getByRole('button', { name: /Total/ }));
    expect(searchOf(router).get('sort')).toBe('total');
    const expected = jurisdictions
      .map((j) => ({ name: j.name, total: cells.find((c) => c.jurisdiction === j.code)!.total }))
      .sort((a, b) => a.total - b.total)
      .map((r) => r.total);
    await waitFor(async () =>
      expect(
        within(await statusTable())
          .getAllByRole('row')
          .slice(1)
          .map((r) => Number(within(r).getAllByRole('cell').at(-1)!.textContent)),
      ).toEqual(expected),
    );

    renderApp(`/pillars/${pillar.id}?tables=status&sort=nonsense`);
    expect(await screen.findByText('The table cannot be sorted by “nonsense”; showing it in its usual order.')).toBeInTheDocument();
  });

  it('downloads a CSV with the BOM, the counts, the period, the source and the Kosovo* footnote', async () => {
    const { pillar, jurisdictions, cells, roadmap } = await apiFacts();
    const { blobs } = captureDownloads();
    const { user } = renderApp(`/pillars/${pillar.id}`);
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
    expect(lines[0]).toBe('Jurisdiction,Code,Completed share (%),Not started,In progress,Completed,Discontinued,Overdue,Total');
    for (const [index, j] of jurisdictions.entries()) {
      const c = cells.find((x) => x.jurisdiction === j.code)!;
      const share = c.completion === null ? '' : String(Math.round(c.completion * 1000) / 10);
      expect(lines[index + 1]).toBe(
        [j.name, j.code, share, c.counts.not_started, c.counts.in_progress, c.counts.completed, c.counts.discontinued, c.overdue, c.total].join(','),
      );
    }
    const text = lines.join('\n');
    expect(text).toContain(`Pillar: ${pillar.number}. ${pillar.name}`);
    expect(text).toContain(`(${roadmap.asOfPeriod})`);
    expect(text).toContain(`Source: ${roadmap.source}`);
    expect(text).toContain(jurisdictions.find((j) => j.code === 'XK')!.designationFootnote!);
  });

  it('lists the pillar’s indicators with unit, direction and each jurisdiction’s progress category', async () => {
    const { pillar, jurisdictions, indicators } = await apiFacts();
    expect(indicators.length).toBeGreaterThan(0);
    renderApp(`/pillars/${pillar.id}`);
    for (const indicator of indicators) {
      const link = await screen.findByRole('link', { name: indicator.name });
      expect(link).toHaveAttribute('href', `/indicators/${indicator.id}`);
      const card = link.closest('article') as HTMLElement;
      const facts = within(card).getAllByRole('definition').map((d) => d.textContent);
      expect(facts).toEqual([indicator.unit, indicator.direction === 'higher' ? 'Higher is better' : 'Lower is better']);
      const table = within(card).getByRole('table', { name: `Progress category of each jurisdiction: ${indicator.name} (values in ${indicator.unit})` });
      for (const j of jurisdictions) {
        const series = indicator.series.find((s) => s.jurisdiction === j.code)!;
        const result = indicatorProgress({ direction: indicator.direction, baseline: series.baseline, target: series.target, observations: series.observations });
        const row = within(table).getByRole('rowheader', { name: j.name }).closest('tr') as HTMLElement;
        const [category, latest] = within(row).getAllByRole('cell');
        expect(category).toHaveTextContent(en.indicatorCategory[result.category]);
        expect(latest!.textContent).toBe(
          result.inputs.latestValue === null
            ? 'no value'
            : `${formatNumber(result.inputs.latestValue, indicator.unit === '%' ? '%' : undefined)} (${result.inputs.latestYear})`,
        );
      }
    }
  });

  it('lists the pillar’s commitments, and the jurisdiction filter changes rows and URL together', async () => {
    const { pillar, jurisdictions, commitments } = await apiFacts();
    const { user, router } = renderApp(`/pillars/${pillar.id}`);
    const table = await screen.findByRole('table', { name: /Commitments of this pillar at the end of .*: All jurisdictions/ });
    const shown = within(table).getAllByRole('row').slice(1);
    expect(shown).toHaveLength(Math.min(25, commitments.total));
    const first = commitments.items[0]!;
    expect(within(shown[0]!).getByRole('link', { name: first.id })).toHaveAttribute('href', `/commitments/${first.id}`);
    expect(shown[0]).toHaveTextContent(first.title);

    const serbia = jurisdictions.find((j) => j.code === 'RS')!;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jurisdiction' }), serbia.code);
    expect(searchOf(router).get('jurisdiction')).toBe('RS');
    const expected = commitments.items.filter((c) => c.jurisdiction === 'RS');
    const filtered = await screen.findByRole('table', { name: new RegExp(`Commitments of this pillar .*: ${serbia.name}`) });
    await waitFor(() => expect(within(filtered).getAllByRole('row').slice(1)).toHaveLength(Math.min(25, expected.length)));
    const ids = within(filtered)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(ids).toEqual(expected.slice(0, 25).map((c) => c.id));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Jurisdiction' }), '');
    expect(searchOf(router).has('jurisdiction')).toBe(false);
  });

  it('pages through a long commitments list with ?page= in the URL', async () => {
    useScenario('large');
    const { pillar, commitments } = await apiFacts();
    const { user, router } = renderApp(`/pillars/${pillar.id}`);
    const table = await screen.findByRole('table', { name: /Commitments of this pillar/ });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(searchOf(router).get('page')).toBe('2');
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: /Commitments of this pillar/ })).getAllByRole('rowheader')[0]).toHaveTextContent(
        commitments.items[25]!.id,
      ),
    );
  });

  it('falls back with a notice on an unknown ?jurisdiction= or ?page=', async () => {
    const { pillar } = await apiFacts();
    renderApp(`/pillars/${pillar.id}?jurisdiction=ZZ&page=abc`);
    expect(await screen.findByText('“ZZ” is not one of the six jurisdiction codes; showing all jurisdictions.')).toBeInTheDocument();
    expect(screen.getByText('There is no page “abc”; showing the first page.')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /: All jurisdictions/ })).toBeInTheDocument();
  });

  it('shows the figures of a period chosen in the URL', async () => {
    const { roadmap } = await apiFacts();
    const earlier = roadmap.periods[roadmap.periods.length - 5]!;
    const { pillar, cells, jurisdictions } = await apiFacts(undefined, earlier);
    renderApp(`/pillars/${pillar.id}?period=${earlier}&tables=status`);
    expect(await screen.findByRole('combobox', { name: 'Period' })).toHaveValue(earlier);
    const rows = within(await statusTable()).getAllByRole('row').slice(1);
    for (const [index, j] of jurisdictions.entries()) {
      expect(within(rows[index]!).getAllByRole('cell').at(-1)!.textContent).toBe(String(cells.find((c) => c.jurisdiction === j.code)!.total));
    }
    // Links carry the period on.
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', `/jurisdictions/${jurisdictions[0]!.code}?period=${earlier}`);
  });

  it('falls back to the latest period with a notice when ?period= is not a period', async () => {
    const { pillar, roadmap } = await apiFacts();
    renderApp(`/pillars/${pillar.id}?period=1999-H9`);
    expect(await screen.findByText(/“1999-H9” is not a reporting period/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue(roadmap.asOfPeriod);
  });

  it('says so calmly when the pillar has no commitments', async () => {
    useScenario('empty');
    const { pillar } = await apiFacts();
    renderApp(`/pillars/${pillar.id}`);
    expect(await screen.findByText('No jurisdiction has commitments counted in this pillar in this period.')).toBeInTheDocument();
    expect(await screen.findByText('This pillar has no indicators.')).toBeInTheDocument();
  });

  it('keeps the rest of the screen when the indicators fail, with Retry', async () => {
    useScenario('partial');
    const { roadmap } = await apiFacts().catch(async () => ({ roadmap: await apiGet('/roadmap.json', RoadmapSchema) }));
    renderApp(`/pillars/${roadmap.pillars[0]!.id}`);
    const alert = (await screen.findAllByRole('alert')).find((a) => /Could not load indicators/.test(a.textContent ?? ''));
    expect(alert).toBeDefined();
    expect(within(alert!).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Commitments by status in each jurisdiction' })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown pillar, with a way back', async () => {
    const { user, router } = renderApp('/pillars/no-such-pillar');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no pillar “no-such-pillar” in the roadmap.')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · Roadmap Monitor'));
    await user.click(screen.getByRole('link', { name: 'Go to the regional overview' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
  });

  it('shows a not-found page for an id that cannot name a pillar', async () => {
    renderApp('/pillars/Bad_Pillar');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/is not a pillar identifier/)).toBeInTheDocument();
  });
});
