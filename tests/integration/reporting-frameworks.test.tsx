/**
 * /reporting and /frameworks, and the commitment page's deadline history and references, rendered
 * whole against the msw handlers; the expected figures come from the API's own payloads.
 */
import { commitmentListAt } from '../../src/api/as-at';
import { configure, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { CommitmentListSchema, IndicatorListSchema, RoadmapSchema } from '../../src/api/schemas';
import { completenessTable } from '../../src/domain/completeness';
import { filterByRef } from '../../src/domain/crosswalk';
import { useScenario } from '../../mocks/node';
import { captureDownloads, currentUrl, renderApp } from '../utils';

configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await Promise.all([
    import('../../src/features/reporting/route'),
    import('../../src/features/frameworks/route'),
    import('../../src/features/commitment/route'),
    import('../../src/components/data-table'),
  ]);
}, 60_000);

async function facts(period?: string) {
  const [full, indicators, roadmap] = await Promise.all([
    apiGet('/commitments.json', CommitmentListSchema),
    apiGet('/indicators.json', IndicatorListSchema),
    apiGet('/roadmap.json', RoadmapSchema),
  ]);
  // The static API serves the as-of period; the client applies another period.
  return { list: commitmentListAt(full, period), indicators, roadmap };
}

describe('reporting completeness', () => {
  it('shows the counts per jurisdiction, says plainly who reported nothing, and drills down to the missing items', async () => {
    const { list, indicators } = await facts();
    const rows = completenessTable(['AL', 'BA', 'XK', 'ME', 'MK', 'RS'], list.items, indicators.items, list.period);
    const { user, router } = renderApp('/reporting');
    const table = await screen.findByRole('table', { name: /Reporting completeness per jurisdiction, H1 2026/ });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

    const serbia = rows.find((r) => r.jurisdiction === 'RS')!;
    expect(within(row('Serbia')).getAllByRole('cell')[0]).toHaveTextContent(`${serbia.updates.done} of ${serbia.updates.due}`);
    const bosnia = rows.find((r) => r.jurisdiction === 'BA')!;
    expect(bosnia.reportedNothing).toBe(true);
    expect(row('Bosnia and Herzegovina')).toHaveTextContent(`None of ${bosnia.updates.due}`);
    expect(row('Bosnia and Herzegovina')).toHaveTextContent('Reported nothing for this period');
    expect(row('Serbia')).not.toHaveTextContent('Reported nothing');

    await user.click(within(row('Serbia')).getByRole('link', { name: 'Show what is missing for Serbia' }));
    expect(currentUrl(router)).toBe('/reporting?jurisdiction=RS');
    const drill = await screen.findByRole('region', { name: 'What is missing: Serbia, H1 2026' });
    const updates = within(drill).getByRole('region', { name: /Commitments without a status update/ });
    const missing = serbia.missingUpdates[0]!;
    expect(within(updates).getByRole('link', { name: `${missing.id}: ${missing.title}` })).toHaveAttribute('href', `/commitments/${missing.id}`);
    expect(within(updates).getAllByRole('listitem')).toHaveLength(serbia.missingUpdates.length);
  });

  it('drills down to a jurisdiction that reported nothing and says so', async () => {
    renderApp('/reporting?jurisdiction=BA');
    const drill = await screen.findByRole('region', { name: 'What is missing: Bosnia and Herzegovina, H1 2026' });
    expect(drill).toHaveTextContent(/Bosnia and Herzegovina reported no status update for H1 2026: none of the \d+ commitments/);
  });

  it('in the first period, when nothing had been completed yet, shows evidence as nothing due and not as zero', async () => {
    renderApp('/reporting?period=2019-H2');
    const table = await screen.findByRole('table', { name: /H2 2019/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(/^Nothing due$/);
    expect(table).not.toHaveTextContent(/(^|[^0-9])0%/);
  });

  it('downloads the table as CSV', async () => {
    const downloads = captureDownloads();
    const { user } = renderApp('/reporting');
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await vi_waitFor(() => expect(downloads.names).toEqual(['roadmap-reporting-completeness-2026-H1.csv']));
    const text = await downloads.blobs[0]!.text();
    expect(text).toContain('BA,Bosnia and Herzegovina,0,');
  });

  it('notices an unknown jurisdiction and shows them all', async () => {
    renderApp('/reporting?jurisdiction=ZZ');
    expect(await screen.findByText('There is no jurisdiction “ZZ”; showing all jurisdictions.')).toBeInTheDocument();
  });

  it('shows calm empty states in the empty scenario', async () => {
    useScenario('empty');
    renderApp('/reporting');
    const table = await screen.findByRole('table', { name: /Reporting completeness per jurisdiction/ });
    expect(within(table).getAllByText('Nothing due').length).toBeGreaterThan(0);
    expect(table).not.toHaveTextContent('%');
  });
});

describe('framework crosswalk', () => {
  it('lists the references with tagged commitments per jurisdiction and opens one reference', async () => {
    const { list } = await facts();
    const tagged = filterByRef(list.items, 'FATF-R24');
    const { user, router } = renderApp('/frameworks?framework=fatf-r');
    const table = await screen.findByRole('table', { name: /Tagged commitments per reference and jurisdiction/ });
    const row = within(table).getByRole('rowheader', { name: /R\.24 Transparency and beneficial ownership of legal persons/ }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(String(tagged.length));
    expect(within(table).queryByText(/IO\.5/)).toBeNull();

    await user.click(within(row).getByRole('link', { name: /R\.24/ }));
    expect(currentUrl(router)).toBe('/frameworks?framework=fatf-r&ref=FATF-R24');
    const detail = await screen.findByRole('table', { name: /Commitments tagged R\.24/ });
    expect(within(detail).getAllByRole('row')).toHaveLength(tagged.length + 1);
  });

  it('notices a reference the vocabulary does not have', async () => {
    renderApp('/frameworks?ref=FATF-R99');
    expect(await screen.findByText('There is no reference “FATF-R99” in the roadmap’s vocabulary; showing all references.')).toBeInTheDocument();
  });
});

describe('commitment page', () => {
  it('shows the deadline history, the deadline in force and the references', async () => {
    const { list, roadmap } = await facts();
    const moved = list.items.find((c) => (c.deadlineHistory?.revisions.length ?? 0) >= 2)!;
    renderApp(`/commitments/${moved.id}`);
    const history = await screen.findByRole('table', { name: /Original deadline and revisions agreed up to H1 2026/ });
    expect(within(history).getAllByRole('row')).toHaveLength(moved.deadlineHistory!.revisions.length + 2);
    expect(history).toHaveTextContent(moved.deadlineHistory!.revisions[0]!.reason);
    expect(history).toHaveTextContent('(in force)');
    expect(screen.getByText(/moved \d+ times, by \d+ months in all/)).toBeInTheDocument();
    const refs = screen.getByRole('region', { name: 'Framework references' });
    const first = roadmap.references!.find((r) => r.code === moved.refs![0])!;
    expect(within(refs).getByRole('link', { name: new RegExp(first.name) })).toHaveAttribute('href', `/frameworks?ref=${first.code}`);
  });

  it('shows the original deadline at a period before the first revision', async () => {
    const { list } = await facts();
    const moved = list.items.find((c) => {
      const first = c.deadlineHistory?.revisions[0];
      return first && c.history[0] && c.history[0].period < first.period;
    })!;
    const before = moved.history[0]!.period;
    renderApp(`/commitments/${moved.id}?period=${before}`);
    expect(await screen.findByText(/The deadline has not moved up to/)).toBeInTheDocument();
  });
});

async function vi_waitFor(check: () => void) {
  const { waitFor } = await import('@testing-library/react');
  await waitFor(check);
}
