/**
 * The pillar-status and jurisdiction-pillars charts are one model each: the screen, the presenter's
 * slide and the embed view show the same takeaway and the same table rows.
 */
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { JurisdictionListSchema, ProgressSchema, RoadmapSchema } from '../../src/api/schemas';
import { formatShare } from '../../src/domain/format';
import { renderApp } from '../utils';

configure({ asyncUtilTimeout: 10_000 });
const SLOW = { timeout: 60_000 };

/** Every body row of a table as [row header, ...cells] texts. */
function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

interface Seen {
  takeaway: string;
  rows: string[][];
}

async function onScreen(path: string, title: string, caption: string): Promise<Seen> {
  const view = renderApp(path);
  const frame = await screen.findByRole('figure', { name: title });
  const table = await within(frame).findByRole('table', { name: caption });
  const seen = { takeaway: frame.querySelector('.takeaway')?.textContent ?? '', rows: rowTexts(table) };
  view.unmount();
  return seen;
}

async function onSlide(slide: string, caption: string): Promise<Seen> {
  const view = renderApp(`/present?slides=${slide}&slide=1`);
  const table = await screen.findByRole('table', { name: caption });
  const seen = { takeaway: document.querySelector('.slide-takeaway')?.textContent ?? '', rows: rowTexts(table) };
  view.unmount();
  return seen;
}

async function inEmbed(path: string, title: string, caption: string): Promise<Seen> {
  const view = renderApp(path);
  const frame = await screen.findByRole('figure', { name: title });
  const table = await within(frame).findByRole('table', { name: caption });
  expect(within(frame).queryByRole('button', { name: 'Add to presentation' })).not.toBeInTheDocument();
  const seen = { takeaway: frame.querySelector('.takeaway')?.textContent ?? '', rows: rowTexts(table) };
  view.unmount();
  return seen;
}

async function facts() {
  const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
  const jurisdictions = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items;
  const progress = await apiGet(`/progress/${roadmap.asOfPeriod}.json`, ProgressSchema);
  const label = `H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`;
  return { roadmap, jurisdictions, progress, label };
}

describe('one model per chart: screen, slide and embed agree', () => {
  it('pillar-status: the same takeaway and rows on the pillar screen, its slide and /embed/pillar-status/<id>', SLOW, async () => {
    const { roadmap, jurisdictions, progress, label } = await facts();
    const pillar = roadmap.pillars[2]!;
    const title = 'Commitments by status in each jurisdiction';
    const caption = `${title}, ${pillar.shortName}, ${label}`;
    const screenView = await onScreen(`/pillars/${pillar.id}?tables=status`, title, caption);
    const slideView = await onSlide(`pillar-status~${pillar.id}`, caption);
    const embedView = await inEmbed(`/embed/pillar-status/${pillar.id}?tables=status`, title, caption);

    expect(screenView.rows.map((r) => r[0])).toEqual(jurisdictions.map((j) => j.name));
    for (const [index, j] of jurisdictions.entries()) {
      const cell = progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === j.code && c.pillar === pillar.id)!;
      expect(screenView.rows[index]!.slice(1, 2)).toEqual([formatShare(cell.completion)]);
      expect(screenView.rows[index]!.at(-1)).toBe(String(cell.total));
    }
    expect(screenView.takeaway).toMatch(/has completed the largest share of its commitments in this pillar|same share|only jurisdiction/);
    expect(slideView).toEqual(screenView);
    expect(embedView).toEqual(screenView);
  });

  it('jurisdiction-pillars: the same takeaway and rows on the jurisdiction screen, its slide and /embed/jurisdiction-pillars/AL', SLOW, async () => {
    const { roadmap, progress, label } = await facts();
    const title = 'Progress by pillar';
    const caption = `${title}, Albania, ${label}`;
    const screenView = await onScreen('/jurisdictions/AL?tables=pillars', title, caption);
    const slideView = await onSlide('jurisdiction-pillars~AL', caption);
    const embedView = await inEmbed('/embed/jurisdiction-pillars/AL?tables=pillars', title, caption);

    expect(screenView.rows).toEqual(
      roadmap.pillars.map((p) => {
        const cell = progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === 'AL' && c.pillar === p.id)!;
        return [p.shortName, formatShare(cell.completion), String(cell.counts.completed), String(cell.total - cell.counts.discontinued)];
      }),
    );
    expect(screenView.takeaway).toMatch(/has the highest completed share|same completed share|only pillar/);
    expect(slideView).toEqual(screenView);
    expect(embedView).toEqual(screenView);
  });

  it('an embed of an unknown subject is a not-found page', SLOW, async () => {
    for (const path of ['/embed/pillar-status/no-such-pillar', '/embed/jurisdiction-pillars/ZZ']) {
      const view = renderApp(path);
      expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
      expect(screen.queryByRole('figure')).not.toBeInTheDocument();
      view.unmount();
    }
  });
});
