/**
 * The pillar screen's ?ref= filter against the mock API: the commitments table keeps exactly the
 * commitments tagged with the reference (in every jurisdiction), says so, survives as a link, and
 * "All references" takes the filter off again.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commitmentListAt } from '../../src/api/as-at';
import { apiGet } from '../../src/api/client';
import { CommitmentListSchema, RoadmapSchema } from '../../src/api/schemas';
import { filterByRef } from '../../src/domain/crosswalk';
import { currentUrl, renderApp } from '../utils';

configure({ asyncUtilTimeout: 15_000 });
const SLOW = { timeout: 60_000 };
const PILLAR = 'beneficial-ownership';

async function rowIds(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: /^Commitments of this pillar/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');
}

describe('pillar screen: ?ref=', () => {
  it('keeps the commitments tagged with the reference, across jurisdictions, and clears back to all', SLOW, async () => {
    const [roadmap, list] = await Promise.all([apiGet('/roadmap.json', RoadmapSchema), apiGet(`/pillars/${PILLAR}/commitments.json`, CommitmentListSchema)]);
    const items = commitmentListAt(list, roadmap.asOfPeriod).items;
    // A reference that only some of the pillar's commitments carry, so the filter has work to do.
    const counts = new Map<string, number>();
    for (const c of items) for (const code of c.refs ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
    const [code] = [...counts].filter(([, n]) => n < items.length).sort((a, b) => b[1] - a[1])[0]!;
    const expected = filterByRef(items, code);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(items.length);
    const ref = roadmap.references!.find((r) => r.code === code)!;

    const { user, router } = renderApp(`/pillars/${PILLAR}?ref=${code}`);
    expect(await screen.findByText(`Only commitments tagged ${ref.label}: ${ref.name}.`)).toBeInTheDocument();
    const ids = await rowIds();
    expect(ids).toHaveLength(Math.min(25, expected.length));
    expect(ids.every((id) => expected.some((c) => c.id === id))).toBe(true);
    // More than one jurisdiction's commitments carry it: the pillar filter is not a jurisdiction filter.
    expect(new Set(expected.map((c) => c.jurisdiction)).size).toBeGreaterThan(1);
    const select = screen.getByRole('combobox', { name: 'Framework reference' });
    expect(select).toHaveValue(code);

    await user.selectOptions(select, '');
    await waitFor(() => expect(currentUrl(router)).toBe(`/pillars/${PILLAR}`));
    await waitFor(() => expect(screen.queryByText(`Only commitments tagged ${ref.label}: ${ref.name}.`)).not.toBeInTheDocument());
    await waitFor(async () => expect(await rowIds()).toHaveLength(Math.min(25, items.length)));
  });

  it('an unknown ?ref= is reported and every commitment is shown', SLOW, async () => {
    renderApp(`/pillars/${PILLAR}?ref=NOPE-1`);
    expect(await screen.findByText('"NOPE-1" is not a reference of this roadmap; showing every commitment.')).toBeInTheDocument();
    expect((await rowIds()).length).toBeGreaterThan(0);
  });
});
