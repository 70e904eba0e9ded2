import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiGet } from '../../src/api/client';
import { IndicatorListSchema, JurisdictionListSchema, ProgressSchema, RoadmapSchema, STATUS_CODES } from '../../src/api/schemas';
import { SERIES_COLORS, STATUS_COLORS } from '../../src/components/chart-theme';
import { DECK_STORAGE_KEY } from '../../src/components/deck-store';
import { decodeDeck, DEFAULT_DECK, encodeDeck } from '../../src/domain/deck';
import { formatShare } from '../../src/domain/format';
import { contrast, PALETTES, THEME_STORAGE_KEY } from '../../src/features/presenter/projector-theme';
import { useScenario } from '../../mocks/node';
import { currentUrl, renderApp } from '../utils';

// The route module and the charts load lazily; the first slide of a run can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

const STATUS_TITLE = 'Commitments by status in each jurisdiction';
const GRID_TITLE = 'Completed share by jurisdiction and pillar';
const TREND_TITLE = 'Completed share over time';
const REGIONAL = 'overview-status,overview-grid,overview-trend';

afterEach(() => {
  window.localStorage.clear();
  // Other tabs are told through the storage event; this one re-reads on the next subscription.
  window.dispatchEvent(new StorageEvent('storage', { key: DECK_STORAGE_KEY }));
  window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY }));
});

function storeDeck(value: string) {
  window.localStorage.setItem(DECK_STORAGE_KEY, value);
  window.dispatchEvent(new StorageEvent('storage', { key: DECK_STORAGE_KEY }));
}

function storedDeck(): string | null {
  return window.localStorage.getItem(DECK_STORAGE_KEY);
}

function counter(): string {
  return screen.getByRole('navigation', { name: 'Slide controls' }).querySelector('[aria-live="polite"]')?.textContent ?? '';
}

async function expectSlide(router: ReturnType<typeof renderApp>['router'], n: number, total: number, title: string) {
  expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  expect(counter()).toBe(`${n} / ${total}`);
  expect(currentUrl(router)).toBe(`/present?slides=${REGIONAL}&slide=${n}`);
  await waitFor(() => expect(document.title).toBe(`Slide ${n} of ${total}: ${title} · Roadmap Monitor`));
}

describe('presenter: running a deck', () => {
  it('steps through the deck with every key, stops at both ends and keeps the place in the URL', async () => {
    const { user, router } = renderApp(`/present?slides=${REGIONAL}&slide=1`);
    await expectSlide(router, 1, 3, STATUS_TITLE);

    await user.keyboard('{ArrowRight}');
    await expectSlide(router, 2, 3, GRID_TITLE);
    await user.keyboard(' ');
    await expectSlide(router, 3, 3, TREND_TITLE);
    // Past the last slide nothing moves.
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{PageDown}');
    await expectSlide(router, 3, 3, TREND_TITLE);
    await user.keyboard('{PageUp}');
    await expectSlide(router, 2, 3, GRID_TITLE);
    await user.keyboard('{ArrowLeft}');
    await expectSlide(router, 1, 3, STATUS_TITLE);
    // Before the first slide nothing moves.
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('{PageUp}');
    await expectSlide(router, 1, 3, STATUS_TITLE);
    await user.keyboard('{End}');
    await expectSlide(router, 3, 3, TREND_TITLE);
    await user.keyboard('{Home}');
    await expectSlide(router, 1, 3, STATUS_TITLE);
    await user.keyboard('{PageDown}');
    await expectSlide(router, 2, 3, GRID_TITLE);
  });

  it('has Previous, Next and Exit buttons for mouse and touch', async () => {
    const { user, router } = renderApp(`/present?slides=${REGIONAL}&slide=2`);
    await expectSlide(router, 2, 3, GRID_TITLE);
    const controls = screen.getByRole('navigation', { name: 'Slide controls' });
    await user.click(within(controls).getByRole('button', { name: /Next/ }));
    await expectSlide(router, 3, 3, TREND_TITLE);
    expect(within(controls).getByRole('button', { name: /Next/ })).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(controls).getByRole('button', { name: /Next/ }));
    await expectSlide(router, 3, 3, TREND_TITLE);
    await user.click(within(controls).getByRole('button', { name: /Previous/ }));
    await expectSlide(router, 2, 3, GRID_TITLE);
    await user.click(within(controls).getByRole('button', { name: 'Exit' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Presentation' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/present?slides=${REGIONAL}`);
  });

  it('leaves the deck for its overview with Escape, keeping the deck in the URL', async () => {
    const { user, router } = renderApp(`/present?slides=${REGIONAL}&slide=2`);
    await expectSlide(router, 2, 3, GRID_TITLE);
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Presentation' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/present?slides=${REGIONAL}`);
    expect(document.title).toBe('Presentation · Roadmap Monitor');
    // Focus returns to the way back in, which starts at the first slide.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start presentation' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await expectSlide(router, 1, 3, STATUS_TITLE);
  });

  it('says when full screen is not available instead of failing', async () => {
    const { user, router } = renderApp(`/present?slides=${REGIONAL}&slide=1`);
    await expectSlide(router, 1, 3, STATUS_TITLE);
    await user.keyboard('f');
    expect(await screen.findByText('Full screen is not available in this browser.')).toBeInTheDocument();
    expect(counter()).toBe('1 / 3');
  });

  it('asks the presenter root for full screen on F and leaves it on Escape before leaving the deck', async () => {
    const root = { current: null as Element | null };
    const request = vi.fn(function (this: Element) {
      root.current = this;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    });
    const exit = vi.fn(() => {
      root.current = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    });
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true });
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => root.current });
    Object.defineProperty(document, 'exitFullscreen', { configurable: true, value: exit });
    Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', { configurable: true, value: request });
    try {
      const { user, router } = renderApp(`/present?slides=${REGIONAL}&slide=1`);
      await expectSlide(router, 1, 3, STATUS_TITLE);
      await user.keyboard('F');
      expect(request).toHaveBeenCalledTimes(1);
      expect(root.current).toHaveClass('presenter');
      expect(await screen.findByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
      await user.keyboard('{Escape}');
      expect(exit).toHaveBeenCalledTimes(1);
      expect(currentUrl(router)).toBe(`/present?slides=${REGIONAL}&slide=1`);
      await waitFor(() => expect(screen.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false'));
      // A second Escape, once out of full screen, leaves the deck.
      await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
      await user.keyboard('{Escape}');
      expect(await screen.findByRole('heading', { level: 1, name: 'Presentation' })).toBeInTheDocument();
    } finally {
      delete (document as unknown as Record<string, unknown>).fullscreenEnabled;
      delete (document as unknown as Record<string, unknown>).fullscreenElement;
      delete (document as unknown as Record<string, unknown>).exitFullscreen;
      delete (HTMLElement.prototype as unknown as Record<string, unknown>).requestFullscreen;
    }
  });

  it('falls back to the first slide with a notice when ?slide= names no slide', async () => {
    renderApp(`/present?slides=${REGIONAL}&slide=abc`);
    expect(await screen.findByRole('heading', { level: 1, name: STATUS_TITLE })).toBeInTheDocument();
    expect(screen.getByText('There is no slide “abc” in this deck; showing slide 1.')).toHaveAttribute('role', 'status');
    expect(counter()).toBe('1 / 3');
  });

  it('runs the deck stored in this browser when the link has no ?slides=', async () => {
    storeDeck('overview-trend,overview-status');
    renderApp('/present?slide=2');
    expect(await screen.findByRole('heading', { level: 1, name: STATUS_TITLE })).toBeInTheDocument();
    expect(counter()).toBe('2 / 2');
  });
});

describe('presenter: slide content', () => {
  it('shows the overview-status slide with the figures of /progress, the takeaway and the Kosovo* footnote', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const { items: jurisdictions } = await apiGet('/jurisdictions.json', JurisdictionListSchema);
    const progress = await apiGet(`/progress/${roadmap.asOfPeriod}.json`, ProgressSchema);
    renderApp('/present?slides=overview-status&slide=1');

    const label = `H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`;
    // The slide's table twin is the overview chart's table: same caption, columns and rows.
    const table = await screen.findByRole('table', { name: `Commitments by status, ${label}` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(jurisdictions.map((j) => j.name));
    for (const [index, jurisdiction] of jurisdictions.entries()) {
      const cell = progress.byJurisdiction.find((c) => c.jurisdiction === jurisdiction.code)!;
      expect(within(rows[index]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
        formatShare(cell.completion),
        ...STATUS_CODES.map((code) => String(cell.counts[code])),
        String(cell.overdue),
        String(cell.total),
      ]);
    }
    const ranked = [...progress.byJurisdiction].filter((c) => c.completion !== null).sort((a, b) => b.completion! - a.completion!);
    const leader = jurisdictions.find((j) => j.code === ranked[0]!.jurisdiction)!;
    expect(screen.getByText(new RegExp(`^${leader.name} has completed the largest share of its commitments \\(${formatShare(ranked[0]!.completion)}\\)`))).toBeInTheDocument();
    expect(screen.getByText(label, { selector: '.slide-period' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Source: ${roadmap.source.slice(0, 30).replace(/[()]/g, '.')}`))).toBeInTheDocument();
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    expect(screen.getByText(`${kosovo.name} ${kosovo.designationFootnote}`)).toBeInTheDocument();
    expect(screen.getAllByText('Illustrative data').length).toBeGreaterThan(0);
    // The chart is drawn (its accessible name is the title and takeaway).
    expect(await screen.findByRole('img', { name: new RegExp(`^Commitments by status: ${leader.name}`) })).toBeInTheDocument();
  });

  it('shows the grid slide as the overview grid’s table of completed shares from /progress', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const { items: jurisdictions } = await apiGet('/jurisdictions.json', JurisdictionListSchema);
    const progress = await apiGet(`/progress/${roadmap.asOfPeriod}.json`, ProgressSchema);
    renderApp('/present?slides=overview-grid&slide=1');
    const label = `H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`;
    // The screen grid's own caption, columns and rows.
    const table = await screen.findByRole('table', { name: `Completed share by jurisdiction and pillar, ${label}` });
    const header = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toEqual(['Jurisdiction', ...roadmap.pillars.map((p) => p.shortName)]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(jurisdictions.map((j) => j.name));
    for (const [index, jurisdiction] of jurisdictions.entries()) {
      expect(within(rows[index]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(
        roadmap.pillars.map((p) =>
          formatShare(progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === jurisdiction.code && c.pillar === p.id)?.completion ?? null),
        ),
      );
    }
    expect(screen.getByText(label, { selector: '.slide-period' })).toBeInTheDocument();
    expect(screen.getByText(/^Across the region, .+ is furthest ahead \(\d+% completed\) and .+ furthest behind \(\d+%\)\.$/, { selector: '.slide-takeaway' })).toBeInTheDocument();
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    expect(screen.getByText(`${kosovo.name} ${kosovo.designationFootnote}`)).toBeInTheDocument();
  });

  it('shows the trend slide with the overview trend’s span, takeaway, lines and table', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const { items: jurisdictions } = await apiGet('/jurisdictions.json', JurisdictionListSchema);
    const progress = await apiGet(`/progress/${roadmap.asOfPeriod}.json`, ProgressSchema);
    renderApp('/present?slides=overview-trend&slide=1');
    const label = (period: string) => `H${period.slice(-1)} ${period.slice(0, 4)}`;
    const periods = [...new Set(progress.trend.map((p) => p.period))].sort();
    const span = `${label(periods[0]!)} to ${label(roadmap.asOfPeriod)}`;
    const table = await screen.findByRole('table', { name: `Completed share by period and jurisdiction, ${span}` });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Period', ...jurisdictions.map((j) => j.name)]);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(periods.map(label));
    const last = within(table).getAllByRole('row').at(-1)!;
    expect(within(last).getAllByRole('cell').map((c) => c.textContent)).toEqual(
      jurisdictions.map((j) => formatShare(progress.trend.find((p) => p.period === roadmap.asOfPeriod && p.jurisdiction === j.code)?.completion ?? null)),
    );
    expect(screen.getByText(span, { selector: '.slide-period' })).toBeInTheDocument();
    const takeaway = screen.getByText(/completed share rose/, { selector: '.slide-takeaway' });
    // The lines are drawn; their accessible name is the title and the same takeaway.
    expect(await screen.findByRole('img', { name: `Completed share over time: ${takeaway.textContent}` })).toBeInTheDocument();
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    expect(screen.getByText(`${kosovo.name} ${kosovo.designationFootnote}`)).toBeInTheDocument();
  });

  it('shows a jurisdiction slide with the footnote only for Kosovo*, and a pillar slide by name', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const { items: jurisdictions } = await apiGet('/jurisdictions.json', JurisdictionListSchema);
    const progress = await apiGet(`/progress/${roadmap.asOfPeriod}.json`, ProgressSchema);
    const label = `H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`;
    const kosovo = jurisdictions.find((j) => j.code === 'XK')!;
    const pillar = roadmap.pillars[1]!;
    const { user } = renderApp(`/present?slides=jurisdiction-pillars~XK,jurisdiction-pillars~AL,pillar-status~${pillar.id}&slide=1`);
    expect(await screen.findByRole('heading', { level: 1, name: `${kosovo.name}: progress by pillar` })).toBeInTheDocument();
    // The slide's table twin is the jurisdiction screen's pillar table: same caption, rows and figures.
    const table = await screen.findByRole('table', { name: `Progress by pillar, ${kosovo.name}, ${label}` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(roadmap.pillars.map((p) => p.shortName));
    for (const [index, p] of roadmap.pillars.entries()) {
      const cell = progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === 'XK' && c.pillar === p.id)!;
      expect(within(rows[index]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
        formatShare(cell.completion),
        String(cell.counts.completed),
        String(cell.total - cell.counts.discontinued),
      ]);
    }
    expect(screen.getByText(label, { selector: '.slide-period' })).toBeInTheDocument();
    expect(screen.getByText(`${kosovo.name} ${kosovo.designationFootnote}`)).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Albania: progress by pillar' })).toBeInTheDocument();
    await screen.findByRole('table', { name: `Progress by pillar, Albania, ${label}` });
    expect(screen.queryByText(`${kosovo.name} ${kosovo.designationFootnote}`)).not.toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: `${pillar.name}: commitments by status` })).toBeInTheDocument();
    const pillarTable = await screen.findByRole('table', { name: `Commitments by status in each jurisdiction, ${pillar.shortName}, ${label}` });
    expect(
      within(pillarTable)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(jurisdictions.map((j) => j.name));
    for (const [index, j] of jurisdictions.entries()) {
      const cell = progress.byJurisdictionAndPillar.find((c) => c.jurisdiction === j.code && c.pillar === pillar.id)!;
      expect(within(within(pillarTable).getAllByRole('row')[index + 1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
        formatShare(cell.completion),
        ...STATUS_CODES.map((code) => String(cell.counts[code])),
        String(cell.overdue),
        String(cell.total),
      ]);
    }
    expect(screen.getByText(`${kosovo.name} ${kosovo.designationFootnote}`)).toBeInTheDocument();
  });

  it('shows an indicator slide by the indicator’s name, with its source', async () => {
    const { items } = await apiGet('/indicators.json', IndicatorListSchema);
    const indicator = items[0]!;
    renderApp(`/present?slides=indicator~${indicator.id}&slide=1`);
    expect(await screen.findByRole('heading', { level: 1, name: indicator.name })).toBeInTheDocument();
    // The slide shows the screen chart's own period text (with the unit), source and table twin.
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const period = `H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`;
    expect(await screen.findByText(new RegExp(`^${period}, years \\d{4}–\\d{4}; values in ${indicator.unit.replace(/[()]/g, '.')}$`))).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^Source: ${indicator.source.slice(0, 20).replace(/[()]/g, '.')}`))).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: `${indicator.name} (${indicator.unit}) by year and jurisdiction` });
    const jurisdictions = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items;
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', ...jurisdictions.map((j) => j.name)]);
  });

  it('says that a slide’s data is not available for an unknown indicator, and the deck goes on', async () => {
    const { user } = renderApp('/present?slides=indicator~does-not-exist,overview-status&slide=1');
    expect(await screen.findByText('This slide’s data is not available.')).toBeInTheDocument();
    expect(screen.getByText('Slide: indicator~does-not-exist')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Slide not available' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: STATUS_TITLE })).toBeInTheDocument();
  });

  it('says that a slide’s data is not available for an unknown jurisdiction or pillar', async () => {
    const { user } = renderApp('/present?slides=jurisdiction-pillars~ZZ,pillar-status~no-such-pillar&slide=1');
    expect(await screen.findByText('Slide: jurisdiction-pillars~ZZ')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByText('Slide: pillar-status~no-such-pillar')).toBeInTheDocument();
    expect(screen.getByText('This slide’s data is not available.')).toBeInTheDocument();
  });

  it('shows a failed load with Try again on the slide, and the controls keep working', async () => {
    useScenario('server-error');
    const { user, router } = renderApp(`/present?slides=${REGIONAL}&slide=1`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not load/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(currentUrl(router)).toBe(`/present?slides=${REGIONAL}&slide=2`));
    expect(counter()).toBe('2 / 3');
  });
});

describe('presenter: building a deck', () => {
  it('offers the regional story when nothing is chosen, and stores it on request', async () => {
    const { user } = renderApp('/present');
    expect(await screen.findByRole('heading', { level: 1, name: 'Presentation' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Presentation · Roadmap Monitor'));
    expect(screen.getByText('No slides chosen yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start presentation' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use the regional story' }));
    expect(storedDeck()).toBe(encodeDeck(DEFAULT_DECK));
    const start = await screen.findByRole('button', { name: 'Start presentation' });
    await waitFor(() => expect(start).toHaveFocus());
    await waitFor(() => {
      const list = screen.getAllByRole('list')[0]!;
      expect(within(list).getAllByRole('listitem').map((item) => within(item).getByRole('link').textContent)).toEqual([
        STATUS_TITLE,
        GRID_TITLE,
        TREND_TITLE,
      ]);
    });
  });

  it('reorders and removes slides with the keyboard, keeping focus, the stored deck and the link in step', async () => {
    storeDeck(REGIONAL);
    const { user } = renderApp('/present');
    const up = await screen.findByRole('button', { name: `Move “${TREND_TITLE}” up` });
    up.focus();
    await user.keyboard('{Enter}');
    expect(storedDeck()).toBe('overview-status,overview-trend,overview-grid');
    // Focus follows the slide to its new place.
    await waitFor(() => expect(screen.getByRole('button', { name: `Move “${TREND_TITLE}” up` })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(storedDeck()).toBe('overview-trend,overview-status,overview-grid');
    // At the top, Up is disabled, so focus goes to Down of the same slide.
    await waitFor(() => expect(screen.getByRole('button', { name: `Move “${TREND_TITLE}” down` })).toHaveFocus());
    expect(screen.getByRole('button', { name: `Move “${TREND_TITLE}” up` })).toBeDisabled();

    const link = screen.getByRole('link', { name: 'Link to this deck' });
    expect(link).toHaveAttribute('href', '/present?slides=overview-trend,overview-status,overview-grid');

    screen.getByRole('button', { name: `Remove “${STATUS_TITLE}” from the presentation` }).focus();
    await user.keyboard(' ');
    expect(storedDeck()).toBe('overview-trend,overview-grid');
    await waitFor(() => expect(screen.getByRole('button', { name: `Remove “${GRID_TITLE}” from the presentation` })).toHaveFocus());
    const href = screen.getByRole('link', { name: 'Link to this deck' }).getAttribute('href')!;
    // Round trip: the link's deck is the stored deck.
    const fromLink = decodeDeck(new URL(href, 'http://localhost').searchParams.get('slides') ?? '');
    expect(fromLink.skipped).toEqual([]);
    expect(encodeDeck(fromLink.slides)).toBe(storedDeck());
    expect(screen.getByText('2 slides')).toBeInTheDocument();
  });

  it('opens a deck from a link, skips unknown or malformed entries with a notice, and saves it on request', async () => {
    storeDeck('overview-grid');
    const { user, router } = renderApp('/present?slides=overview-status,bogus,indicator~,overview-grid~AL,overview-trend,overview-status');
    const notice = await screen.findByText(/slides in the link were skipped/);
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent('4 slides in the link were skipped because they are unknown or malformed: bogus, indicator~, overview-grid~AL, overview-status.');
    const list = screen.getAllByRole('list')[0]!;
    expect(within(list).getAllByRole('link').map((l) => l.textContent)).toEqual([STATUS_TITLE, TREND_TITLE]);
    expect(screen.getByText('This deck comes from a link and is not saved in this browser.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save this deck' }));
    expect(storedDeck()).toBe('overview-status,overview-trend');
    expect(await screen.findByText('This deck is saved in this browser.')).toBeInTheDocument();
    expect(screen.getByText('Deck saved in this browser.')).toBeInTheDocument();
    // Starting writes the clean deck into the URL.
    await user.click(screen.getByRole('button', { name: 'Start presentation' }));
    expect(await screen.findByRole('heading', { level: 1, name: STATUS_TITLE })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/present?slides=overview-status,overview-trend&slide=1');
  });

  it('shows titles from live data and marks slides whose subject is unknown', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const { items } = await apiGet('/indicators.json', IndicatorListSchema);
    const pillar = roadmap.pillars[0]!;
    renderApp(`/present?slides=jurisdiction-pillars~XK,pillar-status~${pillar.id},indicator~${items[0]!.id},indicator~nope`);
    await screen.findByRole('heading', { level: 1, name: 'Presentation' });
    const list = screen.getAllByRole('list')[0]!;
    await waitFor(() =>
      expect(within(list).getAllByRole('link').map((l) => l.textContent)).toEqual([
        'Kosovo*: progress by pillar',
        `${pillar.name}: commitments by status`,
        items[0]!.name,
        'indicator~nope',
      ]),
    );
    expect(within(list).getByText(/data not available/)).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: `Start the presentation at slide 3: ${items[0]!.name}` })).toHaveAttribute(
      'href',
      `/present?slides=jurisdiction-pillars~XK,pillar-status~${pillar.id},indicator~${items[0]!.id},indicator~nope&slide=3`,
    );
  });

  it('copies the deck’s link when the clipboard is there, and says so when it is not', async () => {
    storeDeck('overview-status');
    const { user } = renderApp('/present');
    const copy = await screen.findByRole('button', { name: 'Copy link to this deck' });
    const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');
    Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: undefined });
    await user.click(copy);
    expect(await screen.findByText(/Copying is not available here/)).toBeInTheDocument();

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(copy);
    expect(await screen.findByText('Link copied to the clipboard.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/present?slides=overview-status`);
    if (original) Object.defineProperty(window.navigator, 'clipboard', original);
    else delete (window.navigator as unknown as Record<string, unknown>).clipboard;
  });

  it('remembers the projector theme', async () => {
    const first = renderApp('/present');
    const toggle = await screen.findByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await first.user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(first.container.querySelector('.presenter')).toHaveClass('presenter-dark');
    first.unmount();

    const second = renderApp(`/present?slides=${REGIONAL}&slide=1`);
    expect(await screen.findByRole('heading', { level: 1, name: STATUS_TITLE })).toBeInTheDocument();
    expect(second.container.querySelector('.presenter')).toHaveClass('presenter-dark');
    await second.user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await second.user.click(screen.getByRole('button', { name: 'Dark theme' }));
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    expect(second.container.querySelector('.presenter')).toHaveClass('presenter-light');
  });
});

describe('presenter: projector palettes', () => {
  it('keeps every colour at least 3:1 against the slide background, and text at least 4.5:1, in both themes', () => {
    for (const palette of Object.values(PALETTES)) {
      const colours = [palette.line, palette.accent, palette.focus, palette.error, ...Object.values(palette.status), ...palette.series];
      for (const colour of colours) expect(contrast(colour, palette.background), colour).toBeGreaterThanOrEqual(3);
      for (const text of [palette.text, palette.muted, palette.link]) {
        expect(contrast(text, palette.background), text).toBeGreaterThanOrEqual(4.5);
        expect(contrast(text, palette.panel), text).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(PALETTES.light.status).toEqual(STATUS_COLORS);
    expect(PALETTES.light.series).toEqual(SERIES_COLORS);
  });

});
