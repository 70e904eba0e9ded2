import { configure, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { commitmentListAt } from '../../src/api/as-at';
import {
  CommitmentListSchema,
  IndicatorListSchema,
  JurisdictionSchema,
  ProgressSchema,
  RoadmapSchema,
  type Commitment,
  type JurisdictionCode,
} from '../../src/api/schemas';
import { statusChanges } from '../../src/domain/changes';
import { formatNumber, formatShare, periodLabel } from '../../src/domain/format';
import { indicatorProgressAt } from '../../src/domain/indicator-progress';
import { lastYearEndedBy } from '../../src/domain/indicator-series';
import { deadlineMoved } from '../../src/domain/deadlines';
import { isDueNextPeriod, isOverdue } from '../../src/domain/progress';
import { en } from '../../src/i18n/en';
import { resetScenario, useScenario } from '../../mocks/node';
import { currentUrl, renderApp, captureDownloads } from '../utils';

/** What the API says about a jurisdiction at a period, fetched through the handlers the screen uses. */
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
  return { roadmap, period: at, previous, jurisdiction, items: list.items, progress, cell, previousCell };
}

// The whole app renders in jsdom, charts included: give the asynchronous queries room on a busy machine.
configure({ asyncUtilTimeout: 10_000 });
const SLOW = { timeout: 60_000 };

const PAGE_SIZE = 50;
const collator = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });

/** The API's commitments in the table's default order: earliest deadline first, ties in API order. */
function byDeadline(items: readonly Commitment[]): Commitment[] {
  return [...items].sort((a, b) => collator(a.deadline, b.deadline));
}

function commitmentsTable(): HTMLElement {
  return screen.getByRole('table', { name: /^Commitments of / });
}

function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole('row').slice(1);
}

/** Commitment ids of the rows shown, read from each title's link. */
function shownIds(): string[] {
  return bodyRows(commitmentsTable()).map((row) =>
    decodeURIComponent(within(row).getByRole('link').getAttribute('href')!.replace('/commitments/', '')),
  );
}

function countText(): string {
  return screen.getByText(/^[\d,]+ of [\d,]+ commitments?$/).textContent ?? '';
}

function headlineFigure(label: string): HTMLElement[] {
  const region = screen.getByRole('region', { name: 'Headline figures' });
  const term = within(region).getByText(label, { selector: 'dt' });
  return [...(term.parentElement?.querySelectorAll('dd') ?? [])] as HTMLElement[];
}

async function waitForProfile(name: string) {
  expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
  return screen.findByRole('table', { name: /^Commitments of / });
}

describe('jurisdiction profile: headline and pillars', () => {
  it('shows the name, as-of date and the headline figures the API reports', SLOW, async () => {
    const facts = await apiFacts('AL');
    renderApp('/jurisdictions/AL');
    await waitForProfile(facts.jurisdiction.name);
    await waitFor(() => expect(document.title).toBe(`${facts.jurisdiction.name} · Roadmap Monitor`));
    expect(screen.getByText(/^Data as of \d+ \w+ \d{4}\.$/)).toBeInTheDocument();

    const [completion, change] = headlineFigure('Completed share');
    expect(completion).toHaveTextContent(formatShare(facts.cell.completion));
    const points = Math.round(facts.cell.completion! * 100) - Math.round(facts.previousCell!.completion! * 100);
    const since = periodLabel(facts.previous!);
    const expected =
      points > 0
        ? `Up ${points} point${points === 1 ? '' : 's'} since ${since}`
        : points < 0
          ? `Down ${-points} point${points === -1 ? '' : 's'} since ${since}`
          : `No change since ${since}`;
    expect(change).toHaveTextContent(expected);
    expect(headlineFigure('Commitments')[0]).toHaveTextContent(String(facts.cell.total));
    expect(headlineFigure('Overdue')[0]).toHaveTextContent(String(facts.cell.overdue));
    const dueNext = facts.items.filter((c) => isDueNextPeriod(c.deadline, c.status, facts.period)).length;
    expect(headlineFigure('Due in the next six months')[0]).toHaveTextContent(String(dueNext));
    expect(countText()).toBe(`${facts.cell.total} of ${facts.cell.total} commitments`);
  });

  it('names Kosovo* with its designation footnote', SLOW, async () => {
    const facts = await apiFacts('XK');
    expect(facts.jurisdiction.designationFootnote).toBeTruthy();
    renderApp('/jurisdictions/XK');
    await waitForProfile('Kosovo*');
    expect(screen.getByText(`* ${facts.jurisdiction.designationFootnote!}`)).toBeInTheDocument();
  });

  it('holds the pillar chart’s data in its table twin, with links to each pillar', SLOW, async () => {
    const facts = await apiFacts('ME');
    const { user, router } = renderApp('/jurisdictions/ME');
    await waitForProfile(facts.jurisdiction.name);
    const frame = screen.getByRole('figure', { name: 'Progress by pillar' });
    await user.click(within(frame).getByRole('tab', { name: 'Table' }));
    expect(currentUrl(router)).toBe('/jurisdictions/ME?tables=pillars');

    const table = await within(frame).findByRole('table');
    const rows = bodyRows(table);
    expect(rows).toHaveLength(facts.roadmap.pillars.length);
    for (const [index, pillar] of facts.roadmap.pillars.entries()) {
      const row = rows[index]!;
      const cell = facts.progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === 'ME' && c.pillar === pillar.id)!;
      expect(within(row).getByRole('link', { name: pillar.shortName })).toHaveAttribute('href', `/pillars/${pillar.id}`);
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
        formatShare(cell.completion),
        String(cell.counts.completed),
        String(cell.total - cell.counts.discontinued),
      ]);
    }
  });

  it('shows the selected period’s figures and says where the period came from', SLOW, async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const earlier = roadmap.periods[roadmap.periods.length - 5]!;
    const facts = await apiFacts('RS', earlier);
    const { user, router } = renderApp(`/jurisdictions/RS?period=${earlier}`);
    await waitForProfile(facts.jurisdiction.name);
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue(earlier);
    expect(screen.getByText(new RegExp(`as it stood at the end of ${periodLabel(earlier)}`))).toBeInTheDocument();
    expect(headlineFigure('Completed share')[0]).toHaveTextContent(formatShare(facts.cell.completion));
    expect(headlineFigure('Commitments')[0]).toHaveTextContent(String(facts.cell.total));
    expect(headlineFigure('Overdue')[0]).toHaveTextContent(String(facts.cell.overdue));

    // Back to the latest period: the parameter goes away.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), roadmap.asOfPeriod);
    await waitFor(() => expect(currentUrl(router)).toBe('/jurisdictions/RS'));
    const latest = await apiFacts('RS');
    await waitFor(() => expect(headlineFigure('Commitments')[0]).toHaveTextContent(String(latest.cell.total)));
  });
});

describe('jurisdiction profile: commitments table', () => {
  it('lists the commitments, earliest deadline first, with their status and overdue flag', SLOW, async () => {
    const facts = await apiFacts('AL');
    renderApp('/jurisdictions/AL');
    const table = await waitForProfile(facts.jurisdiction.name);
    const expected = byDeadline(facts.items).slice(0, PAGE_SIZE);
    expect(shownIds()).toEqual(expected.map((c) => c.id));
    expect(within(table).getByRole('columnheader', { name: 'Deadline' })).toHaveAttribute('aria-sort', 'ascending');

    const pillarNames = new Map(facts.roadmap.pillars.map((p) => [p.id, p.shortName]));
    for (const [index, row] of bodyRows(table).entries()) {
      const c = expected[index]!;
      expect(within(row).getByRole('rowheader')).toHaveTextContent(`${c.title}${c.id}`);
      expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
        pillarNames.get(c.pillar),
        c.institution,
        c.deadline,
        expect.stringContaining(en.status[c.status]),
        isOverdue(c.deadline, c.status, facts.period) ? 'Overdue' : '—',
        periodLabel(c.lastUpdate),
        // Deadline moved: how often by the period, and the original deadline.
        deadlineMoved(c, facts.period) ? expect.stringMatching(new RegExp(`^Moved .*\\(was ${c.deadlineHistory!.original}\\)$`)) : '—',
      ]);
    }
  });

  it('filters by pillar, status and overdue, together, with the URL and count following; Clear filters resets', SLOW, async () => {
    const facts = await apiFacts('XK');
    const { user, router } = renderApp('/jurisdictions/XK');
    await waitForProfile('Kosovo*');
    const total = facts.items.length;
    // The pillar with the most commitments, so that further filters still leave rows.
    const pillar = facts.roadmap.pillars
      .map((p) => ({ p, n: facts.items.filter((c) => c.pillar === p.id).length }))
      .sort((a, b) => b.n - a.n)[0]!.p;

    await user.selectOptions(screen.getByRole('combobox', { name: 'Pillar' }), pillar.id);
    expect(currentUrl(router)).toBe(`/jurisdictions/XK?pillar=${pillar.id}`);
    const inPillar = facts.items.filter((c) => c.pillar === pillar.id);
    await waitFor(() => expect(countText()).toBe(`${inPillar.length} of ${total} commitments`));
    expect(new Set(shownIds())).toEqual(new Set(inPillar.map((c) => c.id)));

    const status = inPillar[0]!.status;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), status);
    expect(currentUrl(router)).toBe(`/jurisdictions/XK?pillar=${pillar.id}&status=${status}`);
    const both = inPillar.filter((c) => c.status === status);
    await waitFor(() => expect(new Set(shownIds())).toEqual(new Set(both.map((c) => c.id))));
    expect(countText()).toBe(`${both.length} of ${total} commitment${total === 1 ? '' : 's'}`);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '');
    await waitFor(() => expect(countText()).toBe(`${inPillar.length} of ${total} commitments`));
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(currentUrl(router)).toBe(`/jurisdictions/XK?pillar=${pillar.id}&overdue=1`);
    const overdue = inPillar.filter((c) => isOverdue(c.deadline, c.status, facts.period));
    await waitFor(() => expect(countText()).toBe(`${overdue.length} of ${total} commitments`));
    if (overdue.length > 0) expect(new Set(shownIds())).toEqual(new Set(overdue.map((c) => c.id)));
    for (const row of overdue.length > 0 ? bodyRows(commitmentsTable()) : []) expect(within(row).getByText('Overdue')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(currentUrl(router)).toBe('/jurisdictions/XK');
    await waitFor(() => expect(countText()).toBe(`${total} of ${total} commitments`));
    expect(screen.getByRole('combobox', { name: 'Pillar' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Overdue only' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('reads the filters from the URL and restores them on back', SLOW, async () => {
    const facts = await apiFacts('BA');
    const status = facts.items[0]!.status;
    const { user, router } = renderApp(`/jurisdictions/BA?status=${status}`);
    await waitForProfile(facts.jurisdiction.name);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue(status);
    const withStatus = facts.items.filter((c) => c.status === status);
    expect(countText()).toBe(`${withStatus.length} of ${facts.items.length} commitments`);

    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(currentUrl(router)).toBe(`/jurisdictions/BA?status=${status}&overdue=1`);
    const both = withStatus.filter((c) => isOverdue(c.deadline, c.status, facts.period));
    await waitFor(() => expect(countText()).toBe(`${both.length} of ${facts.items.length} commitments`));
    expect(screen.getByRole('checkbox', { name: 'Overdue only' })).toBeChecked();

    await router.navigate(-1);
    await waitFor(() => expect(countText()).toBe(`${withStatus.length} of ${facts.items.length} commitments`));
    expect(screen.getByRole('checkbox', { name: 'Overdue only' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue(status);
  });

  it('searches titles, institutions and ids, and writes the search to the URL', SLOW, async () => {
    const facts = await apiFacts('MK');
    const { user, router } = renderApp('/jurisdictions/MK');
    await waitForProfile(facts.jurisdiction.name);
    const box = screen.getByRole('searchbox', { name: 'Search title, institution or ID' });

    const institution = facts.items[0]!.institution;
    await user.type(box, institution.toUpperCase());
    await waitFor(() => expect(currentUrl(router)).toBe(`/jurisdictions/MK?${new URLSearchParams({ q: institution.toUpperCase() })}`));
    // Every word of the search must occur in the id, title or institution.
    const words = institution.toLowerCase().split(/\s+/);
    const matching = facts.items.filter((c) => words.every((w) => `${c.id} ${c.title} ${c.institution}`.toLowerCase().includes(w)));
    await waitFor(() => expect(new Set(shownIds())).toEqual(new Set(matching.map((c) => c.id))));

    const target = facts.items[facts.items.length - 1]!;
    await user.clear(box);
    await waitFor(() => expect(countText()).toBe(`${facts.items.length} of ${facts.items.length} commitments`));
    await user.type(box, target.id.toLowerCase());
    await waitFor(() => expect(shownIds()).toEqual([target.id]));
    await waitFor(() => expect(currentUrl(router)).toBe(`/jurisdictions/MK?q=${target.id.toLowerCase()}`));

    await user.clear(box);
    await user.type(box, 'zzzz no such words');
    await waitFor(() => expect(within(commitmentsTable()).getByText('No commitment matches these filters.')).toBeInTheDocument());
    expect(countText()).toBe(`0 of ${facts.items.length} commitments`);

    // A search from a shared link fills the box.
    await router.navigate(`/jurisdictions/MK?q=${target.id}`);
    await waitFor(() => expect(box).toHaveValue(target.id));
    await waitFor(() => expect(shownIds()).toEqual([target.id]));
  });

  it('sorts by a column, keeps the sort in the URL and goes back to the default order', SLOW, async () => {
    const facts = await apiFacts('AL');
    const { user, router } = renderApp('/jurisdictions/AL');
    const table = await waitForProfile(facts.jurisdiction.name);

    const header = (name: string) => within(commitmentsTable()).getByRole('columnheader', { name });
    await user.click(within(table).getByRole('button', { name: 'Deadline' }));
    expect(currentUrl(router)).toBe('/jurisdictions/AL?sort=-deadline');
    await waitFor(() => expect(within(commitmentsTable()).getByRole('columnheader', { name: 'Deadline' })).toHaveAttribute('aria-sort', 'descending'));
    const descending = [...facts.items].sort((a, b) => collator(b.deadline, a.deadline)).map((c) => c.deadline);
    expect(bodyRows(commitmentsTable()).map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(descending.slice(0, PAGE_SIZE));

    await user.click(within(commitmentsTable()).getByRole('button', { name: 'Commitment' }));
    expect(currentUrl(router)).toBe('/jurisdictions/AL?sort=title');
    const byTitle = [...facts.items].sort((a, b) => collator(a.title, b.title)).map((c) => c.id);
    await waitFor(() => expect(shownIds()).toEqual(byTitle.slice(0, PAGE_SIZE)));
    expect(header('Commitment')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Deadline')).not.toHaveAttribute('aria-sort');

    await user.click(within(commitmentsTable()).getByRole('button', { name: 'Commitment' }));
    expect(currentUrl(router)).toBe('/jurisdictions/AL?sort=-title');
    await waitFor(() => expect(header('Commitment')).toHaveAttribute('aria-sort', 'descending'));
    await user.click(within(commitmentsTable()).getByRole('button', { name: 'Commitment' }));
    expect(currentUrl(router)).toBe('/jurisdictions/AL');
    await waitFor(() => expect(shownIds()).toEqual(byDeadline(facts.items).slice(0, PAGE_SIZE).map((c) => c.id)));
    expect(header('Deadline')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('pages through 50 rows at a time with ?page=, and a filter goes back to page 1', SLOW, async () => {
    const facts = await apiFacts('XK');
    expect(facts.items.length).toBeGreaterThan(PAGE_SIZE);
    const { user, router } = renderApp('/jurisdictions/XK');
    await waitForProfile('Kosovo*');
    expect(bodyRows(commitmentsTable())).toHaveLength(PAGE_SIZE);
    expect(screen.getByText(`Rows 1–${PAGE_SIZE} of ${facts.items.length}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(currentUrl(router)).toBe('/jurisdictions/XK?page=2');
    await waitFor(() => expect(screen.getByText(`Rows ${PAGE_SIZE + 1}–${facts.items.length} of ${facts.items.length}`)).toBeInTheDocument());
    const ordered = byDeadline(facts.items);
    await waitFor(() => expect(shownIds()).toEqual(ordered.slice(PAGE_SIZE).map((c) => c.id)));

    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(currentUrl(router)).toBe('/jurisdictions/XK?overdue=1');
    const overdue = facts.items.filter((c) => isOverdue(c.deadline, c.status, facts.period));
    await waitFor(() => expect(countText()).toBe(`${overdue.length} of ${facts.items.length} commitments`));

    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    await waitFor(() => expect(countText()).toBe(`${facts.items.length} of ${facts.items.length} commitments`));
    await user.click(await screen.findByRole('button', { name: 'Next page' }));
    expect(currentUrl(router)).toBe('/jurisdictions/XK?page=2');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Previous page' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(currentUrl(router)).toBe('/jurisdictions/XK');
    await waitFor(() => expect(screen.getByText(`Rows 1–${PAGE_SIZE} of ${facts.items.length}`)).toBeInTheDocument());
  });

  it('downloads the filtered commitments as CSV in the table’s order, with period, source and the Kosovo* footnote', SLOW, async () => {
    const facts = await apiFacts('XK');
    const downloads = captureDownloads();
    const status = facts.items[0]!.status;
    const { user } = renderApp(`/jurisdictions/XK?status=${status}&sort=-deadline`);
    await waitForProfile('Kosovo*');
    const section = screen.getByRole('region', { name: 'Commitments' });
    await user.click(within(section).getByRole('button', { name: 'Download CSV' }));

    await waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(downloads.names).toEqual([`roadmap-XK-commitments-${facts.period}.csv`]);
    const text = await downloads.blobs[0]!.text();
    expect(downloads.blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // The byte-order mark may be consumed by the text decoder; the header must follow it directly.
    const body = text.replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false }).data;
    expect(parsed[0]).toEqual(['ID', 'Commitment', 'Pillar', 'Responsible institution', 'Deadline', 'Status', 'Overdue', 'Last update']);
    const expected = facts.items
      .filter((c) => c.status === status)
      .sort((a, b) => collator(b.deadline, a.deadline));
    const blank = parsed.findIndex((row) => row.length === 1 && row[0] === '');
    const dataRows = parsed.slice(1, blank);
    expect(dataRows.map((r) => r[0])).toEqual(expected.map((c) => c.id));
    expect(dataRows[0]).toEqual([
      expected[0]!.id,
      expected[0]!.title,
      facts.roadmap.pillars.find((p) => p.id === expected[0]!.pillar)!.shortName,
      expected[0]!.institution,
      expected[0]!.deadline,
      en.status[status],
      isOverdue(expected[0]!.deadline, status, facts.period) ? 'yes' : 'no',
      expected[0]!.lastUpdate,
    ]);
    const notes = parsed.slice(blank + 1).map((r) => r[0]);
    expect(notes).toContain('Kosovo*');
    expect(notes).toContain(`Period: ${periodLabel(facts.period)}`);
    expect(notes).toContain(`Source: ${facts.roadmap.source}`);
    expect(notes).toContain(`Filters: status ${en.status[status]}`);
    expect(notes).toContain(`Kosovo* ${facts.jurisdiction.designationFootnote!}`);
  });
});

describe('jurisdiction profile: changes and indicators', () => {
  it('lists the status changes since the previous period that the API data shows', SLOW, async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    // The latest period in which Albania has changes (the data is seeded, so one exists).
    let chosen: { period: string; previous: string; items: Commitment[] } | null = null;
    for (let i = roadmap.periods.length - 1; i > 0 && !chosen; i -= 1) {
      const period = roadmap.periods[i]!;
      const list = await apiGet(`/jurisdictions/AL/commitments.json`, CommitmentListSchema).then((list) => commitmentListAt(list, period));
      if (statusChanges(list.items, roadmap.periods[i - 1]!, period).length > 0)
        chosen = { period, previous: roadmap.periods[i - 1]!, items: list.items };
    }
    expect(chosen).not.toBeNull();
    const changes = statusChanges(chosen!.items, chosen!.previous, chosen!.period);
    renderApp(`/jurisdictions/AL${chosen!.period === roadmap.asOfPeriod ? '' : `?period=${chosen!.period}`}`);
    const section = await screen.findByRole('region', { name: 'Changes since the previous period' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(changes.length);
    for (const [index, change] of changes.entries()) {
      const item = items[index]!;
      expect(within(item).getByRole('link', { name: change.title })).toHaveAttribute('href', `/commitments/${change.id}`);
      const text = item.textContent ?? '';
      expect(text).toContain(change.id);
      // Each status reads as its word (after a shape marker), never colour alone.
      expect(text).toMatch(change.from === null ? /Added to the roadmap/ : new RegExp(`from [^A-Za-z]*${en.status[change.from]}`));
      expect(text).toMatch(new RegExp(`to [^A-Za-z]*${en.status[change.to]}$`));
    }
  });

  it('says there is no previous period for the first one, and nothing changed when nothing did', SLOW, async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const first = roadmap.periods[0]!;
    renderApp(`/jurisdictions/ME?period=${first}`);
    const section = await screen.findByRole('region', { name: 'Changes since the previous period' });
    expect(within(section).getByText(`${periodLabel(first)} is the first reporting period of the roadmap, so there is no previous period to compare with.`)).toBeInTheDocument();
    expect(headlineFigure('Completed share')[1]).toHaveTextContent('No previous period to compare with');
  });

  it('draws one small multiple per indicator; the table twin holds values, baseline, target and progress', SLOW, async () => {
    const facts = await apiFacts('AL');
    const indicators = (await apiGet('/jurisdictions/AL/indicators.json', IndicatorListSchema)).items;
    const lastYear = lastYearEndedBy(facts.period);
    const { user, router } = renderApp('/jurisdictions/AL');
    await waitForProfile(facts.jurisdiction.name);
    const frame = await screen.findByRole('figure', { name: 'Indicators' });
    // Chart view: one card per indicator, named, linked, with its progress in words.
    const cards = within(frame).getAllByRole('heading', { level: 3 });
    expect(cards.map((h) => h.textContent)).toEqual(indicators.map((i) => i.name));
    expect(within(frame).getByRole('link', { name: indicators[0]!.name })).toHaveAttribute('href', `/indicators/${indicators[0]!.id}`);

    await user.click(within(frame).getByRole('tab', { name: 'Table' }));
    expect(currentUrl(router)).toBe('/jurisdictions/AL?tables=indicators');
    const table = await within(frame).findByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(indicators.length);
    for (const [index, indicator] of indicators.entries()) {
      // The rule of every screen: the series as known at the end of the period (years that had ended by then).
      const { series, latest, progress } = indicatorProgressAt(indicator, 'AL', facts.period)!;
      const known = series.observations;
      expect(Math.max(...known.map((o) => o.year))).toBeLessThanOrEqual(lastYear);
      const row = rows[index]!;
      expect(within(row).getByRole('rowheader')).toHaveTextContent(indicator.name);
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      expect(cells[0]).toBe(indicator.unit);
      expect(cells[1]).toBe(en.chartDetails.jurisdictionIndicators[`${indicator.direction}Short`]);
      expect(cells[2]).toBe(series.baseline ? `${formatNumber(series.baseline.value)} (${series.baseline.year})` : '—');
      expect(cells[3]).toBe(series.target ? `${formatNumber(series.target.value)} (${series.target.year})` : '—');
      expect(cells[4]).toBe(latest ? `${formatNumber(latest.value)} (${latest.year})` : '—');
      expect(cells.at(-2)).toBe(en.indicatorCategory[progress.category]);
      expect(cells.at(-1)).toBe(indicator.source);
      for (const observation of known) {
        const column = headers.indexOf(String(observation.year)) - 1;
        // A missing value is shown as a dash, never as 0.
        expect(cells[column]).toBe(observation.value === null ? '—' : formatNumber(observation.value));
      }
    }
  });

  it('keeps the page working when only the indicators fail; Retry recovers', SLOW, async () => {
    const facts = await apiFacts('AL');
    useScenario('partial');
    const { user } = renderApp('/jurisdictions/AL');
    await waitForProfile(facts.jurisdiction.name);
    const alert = (await screen.findAllByRole('alert')).find((a) => /Could not load indicators/.test(a.textContent ?? ''));
    expect(alert).toBeDefined();
    expect(alert).toHaveTextContent(/500/);
    // The rest of the page works.
    expect(countText()).toBe(`${facts.items.length} of ${facts.items.length} commitments`);
    expect(screen.getByRole('figure', { name: 'Progress by pillar' })).toBeInTheDocument();

    resetScenario();
    await user.click(within(alert!).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('figure', { name: 'Indicators' })).toBeInTheDocument();
    expect(screen.queryByText(/Could not load indicators/)).not.toBeInTheDocument();
  });

  it('filters about 900 commitments of the large dataset and pages through them', SLOW, async () => {
    useScenario('large');
    const facts = await apiFacts('RS');
    expect(facts.items.length).toBeGreaterThan(500);
    const { user, router } = renderApp('/jurisdictions/RS?page=3');
    await waitForProfile(facts.jurisdiction.name);
    expect(bodyRows(commitmentsTable())).toHaveLength(PAGE_SIZE);
    expect(screen.getByText(`Rows ${2 * PAGE_SIZE + 1}–${3 * PAGE_SIZE} of ${facts.items.length}`)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(currentUrl(router)).toBe('/jurisdictions/RS?overdue=1');
    const overdue = facts.items.filter((c) => isOverdue(c.deadline, c.status, facts.period));
    await waitFor(() =>
      expect(countText()).toBe(`${overdue.length.toLocaleString('en')} of ${facts.items.length.toLocaleString('en')} commitments`),
    );
  });
});

describe('jurisdiction profile: no data yet', () => {
  it('says so calmly when there are no commitments or indicators, and never shows 0% for a missing share', SLOW, async () => {
    useScenario('empty');
    renderApp('/jurisdictions/AL');
    expect(await screen.findByRole('heading', { level: 1, name: 'Albania' })).toBeInTheDocument();
    expect(await screen.findByText(/^No commitments are on the roadmap for Albania at the end of /)).toBeInTheDocument();
    expect(headlineFigure('Completed share')[0]).toHaveTextContent('—');
    expect(headlineFigure('Commitments')[0]).toHaveTextContent('0');
    expect(screen.getByText(/^No commitments are counted at the end of /)).toBeInTheDocument();
    expect(await screen.findByText('No indicators are reported for Albania.')).toBeInTheDocument();
  });
});

describe('jurisdiction profile: bad input', () => {
  it('shows not found for an unknown code, with a way back', SLOW, async () => {
    renderApp('/jurisdictions/QQ');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no jurisdiction with the code “QQ”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the regional overview' })).toBeInTheDocument();
  });

  it('shows not found when the API does not know the jurisdiction', SLOW, async () => {
    useScenario('not-found');
    renderApp('/jurisdictions/AL');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no jurisdiction with the code “AL”.')).toBeInTheDocument();
  });

  it('falls back to defaults with a notice for a bad period, status, pillar, overdue, page or sort', SLOW, async () => {
    const facts = await apiFacts('AL');
    renderApp('/jurisdictions/AL?period=1999-H9&status=stalled&pillar=nothing&overdue=maybe&page=0&sort=colour');
    await waitForProfile(facts.jurisdiction.name);
    expect(screen.getByText(/“1999-H9” is not a reporting period/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveValue(facts.roadmap.asOfPeriod);
    const notices = screen.getAllByRole('status').map((s) => s.textContent);
    expect(notices).toEqual(
      expect.arrayContaining([
        'The status “stalled” is not known; showing all statuses.',
        'The pillar “nothing” is not part of the roadmap; showing all pillars.',
        'The overdue filter “maybe” is not understood; showing all commitments.',
        'There is no page “0” of this table; showing the first page.',
        'The table cannot be sorted by “colour”; showing the earliest deadlines first.',
      ]),
    );
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
    expect(countText()).toBe(`${facts.items.length} of ${facts.items.length} commitments`);
    expect(shownIds()).toEqual(byDeadline(facts.items).slice(0, PAGE_SIZE).map((c) => c.id));
  });

  it('treats a page past the end as the first page, with a notice', SLOW, async () => {
    const facts = await apiFacts('AL');
    renderApp('/jurisdictions/AL?page=40');
    await waitForProfile(facts.jurisdiction.name);
    expect(screen.getByText('There is no page “40” of this table; showing the first page.')).toBeInTheDocument();
    expect(shownIds()[0]).toBe(byDeadline(facts.items)[0]!.id);
  });
});
