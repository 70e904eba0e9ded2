import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { JurisdictionListSchema, ProgressSchema, RoadmapSchema } from '../../src/api/schemas';
import { formatShare } from '../../src/domain/format';
import { resetScenario, useScenario } from '../../mocks/node';
import { currentUrl, renderApp } from '../utils';

/** What the API says, fetched through the same handlers the screen uses. */
async function apiFacts(period?: string) {
  const roadmap = await apiGet('/roadmap', RoadmapSchema);
  const jurisdictions = await apiGet('/jurisdictions', JurisdictionListSchema);
  const progress = await apiGet(`/progress?period=${period ?? roadmap.asOfPeriod}`, ProgressSchema);
  return { roadmap, jurisdictions: jurisdictions.items, progress };
}

describe('regional overview', () => {
  it('shows each jurisdiction’s completion and status counts in the table twin', async () => {
    const facts = await apiFacts();
    const { user, router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Regional overview' })).toBeInTheDocument();
    await user.click(await screen.findByRole('tab', { name: 'Table' }));
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
    expect(await screen.findByText(new RegExp(kosovo!.designationFootnote!.slice(0, 40)))).toBeInTheDocument();
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
  });
});
