import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiGet } from '../../src/api/client';
import { commitmentListAt } from '../../src/api/as-at';
import { CommitmentListSchema, JurisdictionSchema, ProgressSchema, RoadmapSchema, type Commitment, type JurisdictionCode } from '../../src/api/schemas';
import { formatShare, periodLabel, periodSpan } from '../../src/domain/format';
import { countMovedIn } from '../../src/domain/deadlines';
import { isDueNextPeriod, isOverdue } from '../../src/domain/progress';
import { BRIEFING_OVERDUE_ROWS } from '../../src/features/jurisdiction/briefing-limits';
import { useScenario } from '../../mocks/node';
import { renderApp } from '../utils';

configure({ asyncUtilTimeout: 10_000 });
const SLOW = { timeout: 60_000 };
const HIDDEN = { hidden: true } as const;

/** What the API says about a jurisdiction at a period. */
async function apiFacts(code: JurisdictionCode, period?: string) {
  const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
  const at = period ?? roadmap.asOfPeriod;
  const index = roadmap.periods.indexOf(at);
  const previous = index > 0 ? roadmap.periods[index - 1]! : null;
  const [jurisdiction, list, progress, before] = await Promise.all([
    apiGet(`/jurisdictions/${code}.json`, JurisdictionSchema),
    apiGet(`/jurisdictions/${code}/commitments.json`, CommitmentListSchema).then((list) => commitmentListAt(list, at)),
    apiGet(`/progress/${at}.json`, ProgressSchema),
    previous ? apiGet(`/progress/${previous}.json`, ProgressSchema) : Promise.resolve(null),
  ]);
  const cell = progress.byJurisdiction.find((c) => c.jurisdiction === code)!;
  const previousCell = before?.byJurisdiction.find((c) => c.jurisdiction === code) ?? null;
  const pillarCells = roadmap.pillars.map((p) => progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === code && c.pillar === p.id)!);
  return { roadmap, period: at, previous, jurisdiction, items: list.items, cell, previousCell, pillarCells };
}

const collator = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });

/** Overdue commitments in the page's order: earliest deadline first, ties in API order. */
function overdueByDeadline(items: readonly Commitment[], period: string): Commitment[] {
  return items.filter((c) => isOverdue(c.deadline, c.status, period)).sort((a, b) => collator(a.deadline, b.deadline));
}

/**
 * The briefing: in the page but hidden on screen (print.css shows it when printing). A hidden
 * element has no accessible name, so it is found by its role and label attribute.
 */
async function findArticle(): Promise<HTMLElement> {
  const articles = await screen.findAllByRole('article', HIDDEN);
  const briefing = articles.find((a) => a.getAttribute('aria-label') === 'Printable briefing');
  expect(briefing).toBeDefined();
  expect(briefing).not.toBeVisible();
  return briefing!;
}

async function findBriefing(): Promise<HTMLElement> {
  const briefing = await findArticle();
  await within(briefing).findByRole('region', { name: 'Key figures', ...HIDDEN });
  return briefing;
}

/** Label and values of each key figure. */
function keyFigures(briefing: HTMLElement): string[][] {
  const list = within(briefing).getByRole('region', { name: 'Key figures', ...HIDDEN }).querySelector('dl')!;
  return [...list.children].map((group) => [...group.children].map((child) => (child.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

function changeText(now: number | null, before: number | null, previous: string | null): string {
  if (previous === null) return 'No previous period to compare with';
  const points = Math.round(now! * 100) - Math.round(before! * 100);
  const since = periodLabel(previous);
  if (points === 0) return `No change since ${since}`;
  const n = Math.abs(points);
  return `${points > 0 ? '▲ Up' : '▼ Down'} ${n} point${n === 1 ? '' : 's'} since ${since}`;
}

function rowsOf(section: HTMLElement): string[][] {
  return within(section)
    .getAllByRole('row', HIDDEN)
    .slice(1)
    .map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

describe('print briefing', () => {
  it('holds the API’s key figures, pillar progress and the oldest overdue commitments, with how many more and where', SLOW, async () => {
    const facts = await apiFacts('BA');
    renderApp('/jurisdictions/BA');
    const briefing = await findBriefing();
    const origin = window.location.origin;
    const pageUrl = `${origin}/jurisdictions/BA?period=${facts.period}`;

    expect(within(briefing).getByRole('heading', { level: 1, name: 'Bosnia and Herzegovina — roadmap briefing', ...HIDDEN })).toBeInTheDocument();
    const asOf = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${facts.roadmap.asOf}T00:00:00Z`));
    expect(
      within(briefing).getByText(`Period shown: ${periodLabel(facts.period)} (${periodSpan(facts.period)}). Data as of ${asOf}.`),
    ).toBeInTheDocument();
    expect(facts.roadmap.dataStatus).toBe('illustrative');
    expect(within(briefing).getByText('Illustrative data:').parentElement).toHaveTextContent(
      'Illustrative data: The figures shown are generated example data, not reported by any jurisdiction.',
    );

    const dueNext = facts.items.filter((c) => isDueNextPeriod(c.deadline, c.status, facts.period)).length;
    expect(keyFigures(briefing)).toEqual([
      ['Completed share', formatShare(facts.cell.completion), changeText(facts.cell.completion, facts.previousCell!.completion, facts.previous)],
      ['Commitments', facts.cell.total.toLocaleString('en')],
      ['Overdue', facts.cell.overdue.toLocaleString('en')],
      ['Due in the next six months', dueNext.toLocaleString('en')],
      // The screen's headline figure too: deadlines moved in the period.
      [`Deadlines moved in ${periodLabel(facts.period)}`, String(countMovedIn(facts.items, facts.period))],
    ]);

    const pillars = within(briefing).getByRole('region', { name: 'Progress by pillar', ...HIDDEN });
    expect(rowsOf(pillars)).toEqual(
      facts.roadmap.pillars.map((p, i) => {
        const cell = facts.pillarCells[i]!;
        return [p.shortName, formatShare(cell.completion), `${cell.counts.completed} of ${cell.total - cell.counts.discontinued}`, String(cell.overdue)];
      }),
    );

    const overdue = overdueByDeadline(facts.items, facts.period);
    expect(overdue.length).toBe(facts.cell.overdue);
    expect(overdue.length).toBeGreaterThan(BRIEFING_OVERDUE_ROWS);
    const names = new Map(facts.roadmap.pillars.map((p) => [p.id, p.shortName]));
    const section = within(briefing).getByRole('region', { name: `Overdue commitments: ${overdue.length}, oldest deadline first`, ...HIDDEN });
    expect(rowsOf(section)).toEqual(
      overdue.slice(0, BRIEFING_OVERDUE_ROWS).map((c) => [c.id, c.title, names.get(c.pillar), c.deadline, c.institution]),
    );
    expect(
      within(section).getByText(`… and ${overdue.length - BRIEFING_OVERDUE_ROWS} more — full list at ${pageUrl}&overdue=1`),
    ).toBeInTheDocument();

    expect(within(briefing).getByText(`Commitments, their status and deadlines: ${facts.roadmap.source}`)).toBeInTheDocument();
    expect(within(briefing).getByText(`Live version: ${pageUrl}`)).toBeInTheDocument();
    expect(within(briefing).queryByText(/This designation is without prejudice/)).not.toBeInTheDocument();
    // Nothing to click on paper.
    expect(within(briefing).queryAllByRole('button', HIDDEN)).toEqual([]);
    expect(within(briefing).queryAllByRole('link', HIDDEN)).toEqual([]);
  });

  it('lists every overdue commitment when they fit, without a “more” line', SLOW, async () => {
    const facts = await apiFacts('AL');
    const overdue = overdueByDeadline(facts.items, facts.period);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThanOrEqual(BRIEFING_OVERDUE_ROWS);
    renderApp('/jurisdictions/AL');
    const briefing = await findBriefing();
    const section = within(briefing).getByRole('region', { name: /^Overdue commitments: /, ...HIDDEN });
    expect(rowsOf(section).map((r) => r[0])).toEqual(overdue.map((c) => c.id));
    expect(within(briefing).queryByText(/more — full list at/)).not.toBeInTheDocument();
  });

  it('carries the Kosovo* designation footnote', SLOW, async () => {
    const facts = await apiFacts('XK');
    expect(facts.jurisdiction.designationFootnote).toBeTruthy();
    renderApp('/jurisdictions/XK');
    const briefing = await findBriefing();
    expect(within(briefing).getByRole('heading', { level: 1, name: 'Kosovo* — roadmap briefing', ...HIDDEN })).toBeInTheDocument();
    const footnote = within(briefing).getByText(facts.jurisdiction.designationFootnote!, { exact: false });
    expect(footnote).toHaveTextContent(`* ${facts.jurisdiction.designationFootnote!}`);
  });

  it('briefs on the period chosen on the page, and its links keep that period', SLOW, async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const earlier = roadmap.periods[roadmap.periods.length - 4]!;
    const facts = await apiFacts('RS', earlier);
    renderApp(`/jurisdictions/RS?period=${earlier}&status=completed&tables=pillars`);
    const briefing = await findBriefing();
    expect(within(briefing).getByText(new RegExp(`^Period shown: ${periodLabel(earlier)} `))).toBeInTheDocument();
    expect(keyFigures(briefing)[1]).toEqual(['Commitments', facts.cell.total.toLocaleString('en')]);
    expect(keyFigures(briefing)[2]).toEqual(['Overdue', facts.cell.overdue.toLocaleString('en')]);
    // The table's filters on the page do not change the briefing or its link.
    expect(within(briefing).getByText(`Live version: ${window.location.origin}/jurisdictions/RS?period=${earlier}`)).toBeInTheDocument();
  });

  it('says so when there are no commitments, without figures', SLOW, async () => {
    useScenario('empty');
    renderApp('/jurisdictions/AL');
    const briefing = await findArticle();
    expect(await within(briefing).findByText(/^No commitment is on the roadmap for Albania at the end of /)).toBeInTheDocument();
    expect(within(briefing).queryByRole('region', { name: 'Key figures', ...HIDDEN })).not.toBeInTheDocument();
  });

  it('has a Print briefing button that opens the browser’s print dialog', SLOW, async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp('/jurisdictions/ME');
    const button = await screen.findByRole('button', { name: 'Print briefing' });
    expect(button).toHaveAccessibleDescription(/one-page A4 briefing/);
    await user.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });
});
