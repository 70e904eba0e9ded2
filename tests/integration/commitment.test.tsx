import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { commitmentAsAt } from '../../src/api/as-at';
import {
  CommitmentDetailSchema,
  CommitmentListSchema,
  JurisdictionListSchema,
  RoadmapSchema,
  type CommitmentDetail,
} from '../../src/api/schemas';
import { periodLabel } from '../../src/domain/format';
import { statusAt } from '../../src/domain/progress';
import { comparePeriods } from '../../src/domain/periods';
import { currentUrl, renderApp } from '../utils';

// Whole screens render here, several test files at a time: give findBy queries room on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const STATUS_TEXT = { not_started: 'Not started', in_progress: 'In progress', completed: 'Completed', discontinued: 'Discontinued' } as const;

beforeAll(async () => {
  // Compile the lazily loaded route once, so that the first test does not wait for it.
  await import('../../src/features/commitment/route');
}, 60_000);

async function facts() {
  const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
  const jurisdictions = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items;
  return { roadmap, jurisdictions };
}

/** The first commitment of a jurisdiction that satisfies `test`, in the API's detail form. */
async function findCommitment(jurisdiction: string, test: (c: CommitmentDetail) => boolean): Promise<CommitmentDetail> {
  const list = await apiGet(`/jurisdictions/${jurisdiction}/commitments.json`, CommitmentListSchema);
  for (const item of list.items) {
    const detail = await apiGet(`/commitments/${item.id}.json`, CommitmentDetailSchema);
    if (test(detail)) return detail;
  }
  throw new Error(`No commitment of ${jurisdiction} matches`);
}

function fact(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

describe('commitment page', () => {
  it('shows the commitment as the API describes it', async () => {
    const { roadmap, jurisdictions } = await facts();
    const c = await findCommitment('AL', (d) => d.evidence.length > 0 && d.history.some((h) => h.status !== d.history[0]?.status));
    renderApp(`/commitments/${c.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: c.title })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${c.title} · Roadmap Monitor`));
    expect(screen.getByText(`Commitment ${c.id}`)).toBeInTheDocument();
    expect(screen.getByText(c.description)).toBeInTheDocument();

    const jurisdiction = jurisdictions.find((j) => j.code === c.jurisdiction)!;
    const pillar = roadmap.pillars.find((p) => p.id === c.pillar)!;
    await waitFor(() => expect(within(fact('Jurisdiction')).getByRole('link', { name: jurisdiction.name })).toHaveAttribute('href', `/jurisdictions/${c.jurisdiction}`));
    expect(within(fact('Pillar')).getByRole('link', { name: pillar.name })).toHaveAttribute('href', `/pillars/${pillar.id}`);
    expect(fact('Responsible institution')).toHaveTextContent(c.institution);
    expect(fact('Deadline')).toHaveTextContent(formatDate(c.deadline));
    expect(within(fact('Deadline')).getByText(formatDate(c.deadline))).toHaveAttribute('datetime', c.deadline);
    expect(fact('Status')).toHaveTextContent(STATUS_TEXT[c.status]);
    expect(fact('Status')).toHaveTextContent(`since ${periodLabel(c.lastUpdate)}`);
    expect(fact('Overdue')).toHaveTextContent(/^(Yes|No)/);

    const evidence = screen.getByRole('region', { name: 'Evidence and sources' });
    const items = within(evidence).getAllByRole('listitem');
    expect(items).toHaveLength(c.evidence.length);
    for (const [index, item] of c.evidence.entries()) {
      const li = items[index]!;
      expect(li).toHaveTextContent(item.title);
      expect(li).toHaveTextContent(item.publisher);
      expect(li).toHaveTextContent(formatDate(item.date));
    }
  });

  it('lists the status at the end of every period from the first report to the selected period, marking changes', async () => {
    const { roadmap } = await facts();
    const c = await findCommitment('BA', (d) => d.history.filter((h, i, all) => i > 0 && all[i - 1]?.status !== h.status).length >= 1);
    renderApp(`/commitments/${c.id}`);
    const table = await screen.findByRole('table', { name: /Status at the end of each period/ });
    const first = c.history[0]!.period;
    const periods = roadmap.periods.filter((p) => comparePeriods(p, first) >= 0);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(periods.map((p) => periodLabel(p)));
    const rows = within(table).getAllByRole('row').slice(1);
    let previous: string | null = null;
    let changes = 0;
    for (const [index, period] of periods.entries()) {
      const entry = statusAt(c.history, period)!;
      const cells = within(rows[index]!).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(STATUS_TEXT[entry.status]);
      if (previous === null) expect(cells[1]).toHaveTextContent('Added to the roadmap');
      else if (previous !== entry.status) {
        changes += 1;
        expect(cells[1]).toHaveTextContent(`Changed from ${STATUS_TEXT[previous as keyof typeof STATUS_TEXT]}`);
      } else expect(cells[1]).toHaveTextContent('No change');
      const own = c.history.find((h) => h.period === period);
      if (own?.note) expect(cells[2]).toHaveTextContent(own.note);
      previous = entry.status;
    }
    expect(screen.getByText(changes === 1 ? /The status changed once/ : new RegExp(`The status changed ${changes} times`))).toBeInTheDocument();
  });

  it('shows the commitment as it stood at an earlier period, with the timeline ending there', async () => {
    const { roadmap } = await facts();
    const c = await findCommitment('RS', (d) => comparePeriods(d.history[0]!.period, roadmap.periods[4]!) <= 0);
    const earlier = roadmap.periods[roadmap.periods.length - 5]!;
    const then = await apiGet(`/commitments/${c.id}.json`, CommitmentDetailSchema).then((detail) => commitmentAsAt(detail, earlier)!);
    const { user, router } = renderApp(`/commitments/${c.id}?period=${earlier}`);
    expect(await screen.findByRole('combobox', { name: 'Period' })).toHaveValue(earlier);
    const table = await screen.findByRole('table', { name: /Status at the end of each period/ });
    expect(within(table).getAllByRole('rowheader').at(-1)?.textContent).toBe(periodLabel(earlier));
    expect(fact('Status')).toHaveTextContent(STATUS_TEXT[then.status]);
    const evidence = screen.getByRole('region', { name: 'Evidence and sources' });
    expect(within(evidence).queryAllByRole('listitem')).toHaveLength(then.evidence.length);
    // Links keep the period.
    expect(within(fact('Jurisdiction')).getByRole('link')).toHaveAttribute('href', `/jurisdictions/${c.jurisdiction}?period=${earlier}`);
    // Choosing the latest period removes the parameter.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), roadmap.asOfPeriod);
    expect(currentUrl(router)).toBe(`/commitments/${c.id}`);
  });

  it('says so when the commitment was not yet on the roadmap at the selected period', async () => {
    const { roadmap } = await facts();
    const c = await findCommitment('ME', (d) => comparePeriods(d.history[0]!.period, roadmap.periods[0]!) > 0);
    const before = roadmap.periods[0]!;
    renderApp(`/commitments/${c.id}?period=${before}`);
    expect(await screen.findByText(`Commitment ${c.id} was not yet part of the roadmap at the end of ${periodLabel(before)}.`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: c.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show the commitment as of the latest period' })).toHaveAttribute('href', `/commitments/${c.id}`);
  });

  it('links only http and https evidence addresses; a javascript: address stays plain text', async () => {
    const c = await findCommitment('ME', (d) => d.evidence.some((e) => e.url?.startsWith('javascript:')));
    renderApp(`/commitments/${c.id}`);
    const evidence = await screen.findByRole('region', { name: 'Evidence and sources' });
    const items = within(evidence).getAllByRole('listitem');
    for (const [index, item] of c.evidence.entries()) {
      const li = items[index]!;
      if (item.url !== null && /^https?:\/\//.test(item.url)) {
        const link = within(li).getByRole('link', { name: new RegExp(item.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
        expect(link).toHaveAttribute('href', item.url);
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      } else {
        expect(within(li).queryByRole('link')).toBeNull();
        expect(li).toHaveTextContent(item.title);
        expect(li).toHaveTextContent(/Link not shown/);
      }
    }
    const unsafe = items[c.evidence.findIndex((e) => e.url?.startsWith('javascript:'))]!;
    expect(within(unsafe).queryByRole('link')).toBeNull();
    expect(within(unsafe).getByText('javascript:alert(1)').tagName).toBe('CODE');
    expect(evidence.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('links the other evidence of the dataset when its address is https', async () => {
    const c = await findCommitment('AL', (d) => d.evidence.some((e) => e.url?.startsWith('https://')));
    renderApp(`/commitments/${c.id}`);
    const evidence = await screen.findByRole('region', { name: 'Evidence and sources' });
    const https = c.evidence.filter((e) => e.url?.startsWith('https://'));
    const hrefs = within(evidence)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    for (const item of https) expect(hrefs).toContain(item.url);
  });

  it('carries the Kosovo* designation footnote for a commitment of Kosovo*', async () => {
    const { jurisdictions } = await facts();
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    const list = await apiGet('/jurisdictions/XK/commitments.json', CommitmentListSchema);
    renderApp(`/commitments/${list.items[0]!.id}`);
    await screen.findByRole('heading', { level: 1, name: list.items[0]!.title });
    expect(await screen.findByText(new RegExp(kosovo.designationFootnote!.slice(0, 40)))).toBeInTheDocument();
  });

  it('shows not-found with a way back for an unknown id', async () => {
    const { user, router } = renderApp('/commitments/AL-99-99');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no commitment with the id “AL-99-99”.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the regional overview' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
  });

  it('shows not-found for an id that is not a commitment id at all', async () => {
    renderApp('/commitments/not-an-id');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/“not-an-id” is not a commitment id/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the regional overview' })).toBeInTheDocument();
  });

  it('falls back to the latest period with a notice when ?period= is not a period', async () => {
    const { roadmap } = await facts();
    const list = await apiGet('/jurisdictions/MK/commitments.json', CommitmentListSchema);
    const c = list.items[0]!;
    renderApp(`/commitments/${c.id}?period=1999-H9`);
    expect(await screen.findByText(/“1999-H9” is not a reporting period/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue(roadmap.asOfPeriod);
    expect(screen.getByRole('heading', { level: 1, name: c.title })).toBeInTheDocument();
  });
});
