import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/paths';
import { resetScenario, server, useScenario } from '../../mocks/node';
import { apiGet } from '../../src/api/client';
import { commitmentListAt } from '../../src/api/as-at';
import { CommitmentListSchema, JurisdictionListSchema, ProgressSchema, RoadmapSchema } from '../../src/api/schemas';
import { formatShare, periodLabel } from '../../src/domain/format';
import { isDueNextPeriod } from '../../src/domain/progress';
import { currentUrl, renderApp, captureDownloads } from '../utils';

// Whole screens render here, several test files at a time: give findBy queries room on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// The routes load lazily; compiling them once up front keeps the first visit to each from
// running into the default one-second wait of findBy queries.
beforeAll(async () => {
  await Promise.all([
    import('../../src/features/overview/route'),
    import('../../src/features/jurisdiction/route'),
    import('../../src/features/about/route'),
    import('../../src/features/pillar/route'),
    import('../../src/components/status-bar-chart'),
    import('../../src/components/line-chart'),
  ]);
}, 60_000);

/** What the API says, fetched through the same handlers the screen uses. */
async function apiFacts(period?: string) {
  const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
  const jurisdictions = await apiGet('/jurisdictions.json', JurisdictionListSchema);
  const progress = await apiGet(`/progress/${period ?? roadmap.asOfPeriod}.json`, ProgressSchema);
  return { roadmap, jurisdictions: jurisdictions.items, progress };
}

describe('regional overview', () => {
  it('shows each jurisdiction’s completion and status counts in the table twin', async () => {
    const facts = await apiFacts();
    const { user, router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Regional overview' })).toBeInTheDocument();
    const figure = await screen.findByRole('figure', { name: 'Commitments by status' });
    await user.click(within(figure).getByRole('tab', { name: 'Table' }));
    expect(currentUrl(router)).toBe('/?tables=status');

    const table = await screen.findByRole('table', { name: /Commitments by status/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(facts.jurisdictions.map((j) => j.name));

    for (const [index, jurisdiction] of facts.jurisdictions.entries()) {
      const cell = facts.progress.byJurisdiction.find((c) => c.jurisdiction === jurisdiction.code);
      expect(cell).toBeDefined();
      const cells = within(rows[index] as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
      expect(cells).toEqual([
        formatShare(cell!.completion),
        String(cell!.counts.not_started),
        String(cell!.counts.in_progress),
        String(cell!.counts.completed),
        String(cell!.counts.discontinued),
        String(cell!.overdue),
        String(cell!.total),
      ]);
    }
    // Each jurisdiction links to its page.
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: facts.jurisdictions[0]!.name })).toHaveAttribute(
      'href',
      `/jurisdictions/${facts.jurisdictions[0]!.code}`,
    );
  });

  it('sorts the table by a column and keeps the sort in the URL', async () => {
    const facts = await apiFacts();
    const { user, router } = renderApp('/?tables=status');
    const table = await screen.findByRole('table', { name: /Commitments by status/ });
    await user.click(within(table).getByRole('button', { name: /Completed share/ }));
    expect(currentUrl(router)).toBe('/?tables=status&sort=completion');
    const ascending = [...facts.progress.byJurisdiction]
      .sort((a, b) => (a.completion ?? 2) - (b.completion ?? 2))
      .map((c) => facts.jurisdictions.find((j) => j.code === c.jurisdiction)!.name);
    const current = () => screen.getByRole('table', { name: /Commitments by status/ });
    const names = () => within(current()).getAllByRole('rowheader').map((h) => h.textContent);
    await waitFor(() => expect(names()).toEqual(ascending));
    expect(within(current()).getByRole('columnheader', { name: /Completed share/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(current()).getByRole('button', { name: /Completed share/ }));
    expect(currentUrl(router)).toBe('/?tables=status&sort=-completion');
    await waitFor(() => expect(names()).toEqual([...ascending].reverse()));
  });

  it('says the data is illustrative and carries the Kosovo* footnote', async () => {
    const facts = await apiFacts();
    renderApp('/');
    expect(await screen.findAllByText('Illustrative data')).not.toHaveLength(0);
    const kosovo = facts.jurisdictions.find((j) => j.code === 'XK');
    expect(kosovo?.designationFootnote).toBeTruthy();
    // Every chart that names Kosovo* carries the footnote.
    const notes = await screen.findAllByText(new RegExp(kosovo!.designationFootnote!.slice(0, 40)));
    expect(notes.length).toBeGreaterThanOrEqual(3);
  });

  it('shows the selected period from the URL and its figures', async () => {
    const { roadmap } = await apiFacts();
    const earlier = roadmap.periods[roadmap.periods.length - 4]!;
    const facts = await apiFacts(earlier);
    renderApp(`/?period=${earlier}&tables=status`);
    const select = await screen.findByRole('combobox', { name: 'Period' });
    expect(select).toHaveValue(earlier);
    const table = await screen.findByRole('table', { name: /Commitments by status/ });
    const first = facts.progress.byJurisdiction.find((c) => c.jurisdiction === facts.jurisdictions[0]!.code)!;
    const firstRow = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(firstRow).getAllByRole('cell').at(-1)?.textContent).toBe(String(first.total));
  });

  it('falls back to the latest period with a notice when ?period= is not a period', async () => {
    const { roadmap } = await apiFacts();
    renderApp('/?period=1999-H9');
    expect(await screen.findByText(/“1999-H9” is not a reporting period/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue(roadmap.asOfPeriod);
  });

  it('shows an alert when the API fails, and Retry recovers once it works again', async () => {
    useScenario('server-error');
    const { user } = renderApp('/');
    const alerts = await screen.findAllByRole('alert');
    const alert = alerts.find((a) => /Could not load the roadmap/.test(a.textContent ?? ''));
    expect(alert).toBeDefined();
    expect(alert).toHaveTextContent(/500/);

    resetScenario();
    await user.click(within(alert!).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Commitments by status' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Could not load the roadmap/)).not.toBeInTheDocument());
  });

  it('names the endpoint and field when the API breaks the contract', async () => {
    useScenario('contract-violation');
    const { user } = renderApp('/');
    const alert = (await screen.findAllByRole('alert')).find((a) => /does not match/.test(a.textContent ?? ''));
    expect(alert).toBeDefined();
    await user.click(within(alert!).getByText('Technical details'));
    expect(within(alert!).getByText(/Endpoint \/api\/v1\/\w+/)).toBeInTheDocument();
  });

  it('shows a calm empty state when no commitments exist yet', async () => {
    useScenario('empty');
    renderApp('/');
    expect(await screen.findByText('No commitments have been reported yet.')).toBeInTheDocument();
  });
});

describe('routing', () => {
  it('shows a not-found page for an unknown path, with a way back', async () => {
    const { user, router } = renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at /no/such/page.')).toBeInTheDocument();
    // The header stays, so the user can go on.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the regional overview' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Regional overview' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/');
  });

  it('shows a not-found page for an unknown jurisdiction code', async () => {
    renderApp('/jurisdictions/ZZ');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no jurisdiction with the code “ZZ”/)).toBeInTheDocument();
  });

  it('reaches every jurisdiction and About from the header', async () => {
    const facts = await apiFacts();
    const { user } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    for (const jurisdiction of facts.jurisdictions) {
      await user.click(await within(nav).findByRole('link', { name: new RegExp(jurisdiction.code) }));
      expect(await screen.findByRole('heading', { level: 1, name: new RegExp(jurisdiction.name.replace('*', '\\*')) })).toBeInTheDocument();
      await waitFor(() => expect(document.title).toBe(`${jurisdiction.name} · Roadmap Monitor`));
    }
    await user.click(within(nav).getByRole('link', { name: 'About' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'About this dashboard' })).toBeInTheDocument();
    expect(screen.getByText(/deadline falls on or before the last day/)).toBeInTheDocument();
  }, 30_000);
});

/** The figures the API gives for a period, plus the commitments as they stood then. */
async function gridFacts(period?: string) {
  const base = await apiFacts(period);
  const selected = period ?? base.roadmap.asOfPeriod;
  const commitments = await apiGet('/commitments.json', CommitmentListSchema).then((list) => commitmentListAt(list, selected));
  return { ...base, period: selected, commitments: commitments.items };
}

function figure(name: string) {
  return screen.findByRole('figure', { name });
}

/** Cell texts of each body row, after the row header. */
function bodyCells(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

/** The raw bytes of a Blob (FileReader: jsdom's Blob has no stream()). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the download'));
    reader.readAsArrayBuffer(blob);
  });
}

/** The CSV text of a captured Blob, checking that it starts with the UTF-8 byte-order mark. */
async function csvRows(blob: Blob): Promise<string[][]> {
  const bytes = await blobBytes(blob);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: false }).data;
}

function percentText(share: number | null): string {
  return share === null ? '' : String(Math.round(share * 1000) / 10);
}

describe('overview headline figures', () => {
  it('counts completed, overdue, due in the next six months and all commitments as the API reports them', async () => {
    const facts = await gridFacts();
    renderApp('/');
    const figureValue = async (label: string) => {
      const term = await screen.findByText(label, { selector: 'dt' });
      return term.nextElementSibling as HTMLElement;
    };
    const sum = (pick: (c: (typeof facts.progress.byJurisdiction)[number]) => number) =>
      facts.progress.byJurisdiction.reduce((total, c) => total + pick(c), 0);
    const dueNext = facts.commitments.filter((c) => isDueNextPeriod(c.deadline, c.status, facts.period)).length;
    expect(dueNext).toBeGreaterThan(0);

    await waitFor(async () => expect((await figureValue('Due in the next six months')).textContent).toBe(dueNext.toLocaleString('en')));
    expect((await figureValue('Commitments')).textContent).toBe(sum((c) => c.total).toLocaleString('en'));
    expect((await figureValue('Completed')).textContent).toBe(sum((c) => c.counts.completed).toLocaleString('en'));
    expect((await figureValue('Overdue')).textContent).toBe(sum((c) => c.overdue).toLocaleString('en'));
  });

  it('counts the commitments due next from the selected period', async () => {
    const { roadmap } = await apiFacts();
    const earlier = roadmap.periods[roadmap.periods.length - 5]!;
    const facts = await gridFacts(earlier);
    const dueNext = facts.commitments.filter((c) => isDueNextPeriod(c.deadline, c.status, earlier)).length;
    renderApp(`/?period=${earlier}`);
    const term = await screen.findByText('Due in the next six months', { selector: 'dt' });
    await waitFor(() => expect(term.nextElementSibling?.textContent).toBe(dueNext.toLocaleString('en')));
  });
});

describe('overview completion grid', () => {
  it('prints each jurisdiction x pillar share from the API, with links to jurisdictions and pillars', async () => {
    const facts = await gridFacts();
    renderApp('/');
    const frame = await figure('Completed share by pillar');
    const grid = within(frame).getByRole('table', { name: /Completed share by jurisdiction and pillar/ });

    const pillarHeaders = within(grid).getAllByRole('columnheader').slice(1);
    expect(pillarHeaders.map((h) => h.textContent)).toEqual(facts.roadmap.pillars.map((p) => p.shortName));
    for (const [index, pillar] of facts.roadmap.pillars.entries()) {
      expect(within(pillarHeaders[index]!).getByRole('link')).toHaveAttribute('href', `/pillars/${pillar.id}`);
    }
    const rowHeaders = within(grid).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.textContent)).toEqual(facts.jurisdictions.map((j) => j.name));
    for (const [index, jurisdiction] of facts.jurisdictions.entries()) {
      expect(within(rowHeaders[index]!).getByRole('link')).toHaveAttribute('href', `/jurisdictions/${jurisdiction.code}`);
    }

    const expected = facts.jurisdictions.map((j) =>
      facts.roadmap.pillars.map((p) =>
        formatShare(facts.progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === j.code && c.pillar === p.id)?.completion ?? null),
      ),
    );
    expect(bodyCells(grid)).toEqual(expected);
    // Figures are printed, never left to the shading alone.
    expect(expected.flat().every((text) => /^\d+%$|^—$/.test(text))).toBe(true);
  });

  it('holds the same figures in its table twin, in the URL', async () => {
    const facts = await gridFacts();
    const { user, router } = renderApp('/');
    const frame = await figure('Completed share by pillar');
    await user.click(within(frame).getByRole('tab', { name: 'Table' }));
    expect(currentUrl(router)).toBe('/?tables=grid');
    // The table twin (the shared data table, in its scrolling region), not the shaded grid of the chart view.
    const region = await within(frame).findByRole('region', { name: /Completed share by jurisdiction and pillar/ });
    const table = within(region).getByRole('table');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(facts.jurisdictions.map((j) => j.name));
    // Its pillar headers sort the table; they hold no second control (the chart view links the pillars).
    for (const pillar of facts.roadmap.pillars) {
      const header = within(table).getByRole('columnheader', { name: new RegExp(pillar.shortName.replace(/[()]/g, '.')) });
      expect(within(header).getByRole('button')).toBeInTheDocument();
      expect(within(header).queryByRole('link')).toBeNull();
    }
    expect(bodyCells(table)).toEqual(
      facts.jurisdictions.map((j) =>
        facts.roadmap.pillars.map((p) =>
          formatShare(facts.progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === j.code && c.pillar === p.id)?.completion ?? null),
        ),
      ),
    );
  });

  it('follows the selected period and keeps it on its links', async () => {
    const { roadmap } = await apiFacts();
    const earlier = roadmap.periods[roadmap.periods.length - 6]!;
    const facts = await gridFacts(earlier);
    const { user, router } = renderApp('/');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Period' }), earlier);
    expect(currentUrl(router)).toBe(`/?period=${earlier}`);
    const frame = await figure('Completed share by pillar');
    const grid = await within(frame).findByRole('table', { name: new RegExp(periodLabel(earlier)) });
    expect(bodyCells(grid)[0]).toEqual(
      facts.roadmap.pillars.map((p) =>
        formatShare(
          facts.progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === facts.jurisdictions[0]!.code && c.pillar === p.id)
            ?.completion ?? null,
        ),
      ),
    );
    const firstPillar = facts.roadmap.pillars[0]!;
    const link = within(grid).getByRole('link', { name: firstPillar.shortName });
    expect(link).toHaveAttribute('href', `/pillars/${firstPillar.id}?period=${earlier}`);
    await user.click(link);
    await waitFor(() => expect(currentUrl(router)).toBe(`/pillars/${firstPillar.id}?period=${earlier}`));
  });

  it('downloads a CSV with BOM, unit, period, source and the Kosovo* footnote', async () => {
    const facts = await gridFacts();
    const blobs = captureDownloads().blobs;
    const { user } = renderApp('/');
    const frame = await figure('Completed share by pillar');
    await user.click(within(frame).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const rows = await csvRows(blobs[0]!);
    expect(rows[0]).toEqual(['Jurisdiction', ...facts.roadmap.pillars.map((p) => `${p.shortName} (%)`)]);
    const body = rows.slice(1, 1 + facts.jurisdictions.length);
    expect(body).toEqual(
      facts.jurisdictions.map((j) => [
        j.name,
        ...facts.roadmap.pillars.map((p) =>
          percentText(facts.progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === j.code && c.pillar === p.id)?.completion ?? null),
        ),
      ]),
    );
    const notes = rows.slice(2 + facts.jurisdictions.length).map((r) => r[0]);
    expect(notes).toEqual(expect.arrayContaining([`Period: ${periodLabel(facts.period)} (${facts.period})`, `Source: ${facts.roadmap.source}`]));
    expect(notes.some((n) => /^Unit: per cent/.test(n ?? ''))).toBe(true);
    const kosovo = facts.jurisdictions.find((j) => j.designationFootnote)!;
    expect(notes).toContain(`${kosovo.name} ${kosovo.designationFootnote}`);
  });

  it('sorts its table by a pillar from ?gridSort=, and the CSV lists the rows in that order', async () => {
    const facts = await gridFacts();
    const pillar = facts.roadmap.pillars[2]!;
    const share = (code: string) => facts.progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === code && c.pillar === pillar.id)?.completion ?? null;
    // Descending, missing shares last, ties in the API's order.
    const expected = facts.jurisdictions
      .map((j, index) => ({ name: j.name, index, share: share(j.code) }))
      .sort((a, b) => (a.share === null ? 1 : b.share === null ? -1 : b.share - a.share || a.index - b.index))
      .map((r) => r.name);
    expect(expected).not.toEqual(facts.jurisdictions.map((j) => j.name));
    const blobs = captureDownloads().blobs;
    const { user } = renderApp(`/?tables=grid&gridSort=-${pillar.id}`);
    const frame = await figure('Completed share by pillar');
    const table = await within(frame).findByRole('table', { name: /Completed share by jurisdiction and pillar/ });
    await waitFor(() => expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(expected));
    await user.click(within(frame).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const rows = await csvRows(blobs[0]!);
    expect(rows.slice(1, 1 + expected.length).map((r) => r[0])).toEqual(expected);
  });

  it('neutralises names that a spreadsheet would run as formulas', async () => {
    const { jurisdictions } = await apiFacts();
    const renamed = jurisdictions.map((j, index) =>
      index === 0 ? { ...j, name: '=HYPERLINK("http://example.org","x")' } : index === 1 ? { ...j, name: '-2+3' } : j,
    );
    server.use(http.get(apiPath('/jurisdictions.json'), () => HttpResponse.json({ items: renamed })));
    const blobs = captureDownloads().blobs;
    const { user } = renderApp('/');
    const frame = await figure('Completed share by pillar');
    await within(frame).findByRole('rowheader', { name: '=HYPERLINK("http://example.org","x")' });
    await user.click(within(frame).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const rows = await csvRows(blobs[0]!);
    expect(rows[1]?.[0]).toBe(`'=HYPERLINK("http://example.org","x")`);
    expect(rows[2]?.[0]).toBe(`'-2+3`);
  });

  it('says when a sort parameter names no column, and keeps the usual order', async () => {
    const facts = await gridFacts();
    renderApp('/?tables=grid&gridSort=bogus');
    expect(await screen.findByText(/cannot be sorted by “bogus”/)).toBeInTheDocument();
    const frame = await figure('Completed share by pillar');
    const table = within(frame).getByRole('table');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(facts.jurisdictions.map((j) => j.name));
  });
});

describe('overview completion over time', () => {
  it('holds progress.trend in its table twin: rows are periods, columns jurisdictions', async () => {
    const facts = await gridFacts();
    const { user, router } = renderApp('/');
    const frame = await figure('Completed share over time');
    await user.click(within(frame).getByRole('tab', { name: 'Table' }));
    expect(currentUrl(router)).toBe('/?tables=trend');
    const table = await within(frame).findByRole('table');
    const periods = [...new Set(facts.progress.trend.map((p) => p.period))];
    expect(periods.at(-1)).toBe(facts.period);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(periods.map((p) => periodLabel(p)));
    expect(
      within(table)
        .getAllByRole('columnheader')
        .slice(1)
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim()),
    ).toEqual(facts.jurisdictions.map((j) => j.name));
    expect(bodyCells(table)).toEqual(
      periods.map((period) =>
        facts.jurisdictions.map((j) =>
          formatShare(facts.progress.trend.find((p) => p.period === period && p.jurisdiction === j.code)?.completion ?? null),
        ),
      ),
    );
  });

  it('states the largest gain as its takeaway and downloads the series as CSV', async () => {
    const facts = await gridFacts();
    const blobs = captureDownloads().blobs;
    const { user } = renderApp('/');
    const frame = await figure('Completed share over time');
    expect(within(frame).getByText(/completed share rose the most|No jurisdiction’s completed share rose/)).toBeInTheDocument();
    await user.click(within(frame).getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const rows = await csvRows(blobs[0]!);
    expect(rows[0]).toEqual(['Period', ...facts.jurisdictions.map((j) => `${j.name} (%)`)]);
    const periods = [...new Set(facts.progress.trend.map((p) => p.period))];
    expect(rows.slice(1, 1 + periods.length)).toEqual(
      periods.map((period) => [
        period,
        ...facts.jurisdictions.map((j) =>
          percentText(facts.progress.trend.find((p) => p.period === period && p.jurisdiction === j.code)?.completion ?? null),
        ),
      ]),
    );
  });
});
