/**
 * The jurisdiction screen's follow hook-ups against the mock API: ?ref= on the commitments table
 * (and a notice for an unknown code), ?moved=1, the count of deadlines moved in the period, and the
 * reporting summary, which must give the same counts as the /reporting table's row.
 */
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commitmentListAt } from '../../src/api/as-at';
import { apiGet } from '../../src/api/client';
import { CommitmentListSchema, IndicatorListSchema, RoadmapSchema } from '../../src/api/schemas';
import { completenessTable, type Share } from '../../src/domain/completeness';
import { filterByRef } from '../../src/domain/crosswalk';
import { countMovedIn, deadlineMoved } from '../../src/domain/deadlines';
import { formatShare } from '../../src/domain/format';
import { renderApp } from '../utils';

configure({ asyncUtilTimeout: 15_000 });
const SLOW = { timeout: 60_000 };

async function facts(period?: string) {
  const [roadmap, list, indicators] = await Promise.all([
    apiGet('/roadmap.json', RoadmapSchema),
    apiGet('/jurisdictions/AL/commitments.json', CommitmentListSchema),
    apiGet('/indicators.json', IndicatorListSchema),
  ]);
  return { roadmap, items: commitmentListAt(list, period ?? roadmap.asOfPeriod).items, indicators: indicators.items, period: period ?? roadmap.asOfPeriod };
}

const shareText = (s: Share) => (s.share === null ? 'Nothing due' : s.done === 0 ? `None of ${s.due}` : `${s.done} of ${s.due} (${formatShare(s.share)})`);

async function tableIds(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: /^Commitments of Albania/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.commitment-id')?.textContent ?? '');
}

describe('jurisdiction screen: crosswalk and moved deadlines', () => {
  it('?ref= keeps the commitments tagged with the reference and says so', SLOW, async () => {
    const { roadmap, items } = await facts();
    // The most used reference among Albania's commitments, so the filter leaves some out and keeps some.
    const counts = new Map<string, number>();
    for (const c of items) for (const code of c.refs ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
    const [code] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const expected = filterByRef(items, code);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(items.length);
    const ref = roadmap.references!.find((r) => r.code === code)!;
    renderApp(`/jurisdictions/AL?ref=${code}`);
    expect(await screen.findByText(`Only commitments tagged ${ref.label}: ${ref.name}.`)).toBeInTheDocument();
    const ids = await tableIds();
    expect(ids).toHaveLength(Math.min(50, expected.length));
    expect(ids.every((id) => expected.some((c) => c.id === id))).toBe(true);
    expect(screen.getByRole('combobox', { name: 'Framework reference' })).toHaveValue(code);
  });

  it('an unknown ?ref= is reported and every commitment is shown', SLOW, async () => {
    const { items } = await facts();
    renderApp('/jurisdictions/AL?ref=NOPE-1');
    expect(await screen.findByText('"NOPE-1" is not a reference of this roadmap; showing every commitment.')).toBeInTheDocument();
    expect(await tableIds()).toHaveLength(Math.min(50, items.length));
  });

  it('?moved=1 keeps the commitments whose deadline had moved, with the Deadline moved column', SLOW, async () => {
    const { items, period } = await facts();
    const moved = items.filter((c) => deadlineMoved(c, period));
    expect(moved.length).toBeGreaterThan(0);
    renderApp('/jurisdictions/AL?moved=1');
    const ids = await tableIds();
    expect(ids.sort()).toEqual(moved.map((c) => c.id).slice(0, 50).sort());
    expect(screen.getByRole('checkbox', { name: 'Only commitments whose deadline moved' })).toBeChecked();
    expect(screen.getByRole('columnheader', { name: /Deadline moved/ })).toBeInTheDocument();
  });

  it('the headline counts the deadlines moved in the period, at the period shown', SLOW, async () => {
    const { roadmap } = await facts();
    // The period with the most Albanian revisions, so the count is not zero.
    const all = await facts(roadmap.asOfPeriod);
    const best = roadmap.periods
      .map((p) => ({ p, n: countMovedIn(commitmentListAt({ period: roadmap.asOfPeriod, total: all.items.length, items: all.items }, p).items, p) }))
      .sort((a, b) => b.n - a.n)[0]!;
    expect(best.n).toBeGreaterThan(0);
    const { items } = await facts(best.p);
    renderApp(`/jurisdictions/AL${best.p === roadmap.asOfPeriod ? '' : `?period=${best.p}`}`);
    const headline = await screen.findByRole('region', { name: 'Headline figures' });
    const term = await within(headline).findByText(/^Deadlines moved in /);
    expect(term.parentElement!.querySelector('dd')).toHaveTextContent(String(countMovedIn(items, best.p)));
  });

  it('the reporting summary gives the same counts as the /reporting row, and links to it', SLOW, async () => {
    const { items, indicators, period } = await facts();
    const all = commitmentListAt(await apiGet('/commitments.json', CommitmentListSchema), period).items;
    const row = completenessTable(['AL', 'BA', 'XK', 'ME', 'MK', 'RS'], all, indicators, period).find((r) => r.jurisdiction === 'AL')!;
    expect(all.filter((c) => c.jurisdiction === 'AL')).toHaveLength(items.length);
    renderApp('/jurisdictions/AL');
    const heading = await screen.findByRole('heading', { name: /^Reporting for /, level: 2 });
    const section = heading.closest('section')!;
    const values = within(section).getAllByRole('definition').map((dd) => dd.textContent);
    expect(values).toEqual([shareText(row.updates), shareText(row.evidence), shareText(row.values), String(row.flagged.length)]);
    expect(within(section).getByRole('link')).toHaveAttribute('href', '/reporting?jurisdiction=AL');
  });
});
