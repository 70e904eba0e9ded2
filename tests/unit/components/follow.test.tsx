/** The Follow control and "New since your last visit", each on its own. */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setApiLocale } from '../../../src/api/locale';
import { clearMemoryStore, LAST_RELEASE_KEY, readStored, writeStored } from '../../../src/components/browser-store';
import { FollowControl } from '../../../src/components/follow-control';
import { feedUrl } from '../../../src/components/follow-panel';
import { NewSinceVisit } from '../../../src/components/new-since-visit';
import type { ReleaseChange } from '../../../src/domain/release-changes';
import { setScenario } from '../../../mocks/scenarios';
import { createTestQueryClient } from '../../utils';

/** The control as the app renders it: with a query client, against the mock API (its release lists the languages it publishes). */
function renderFollow(control: ReactElement) {
  return render(<QueryClientProvider client={createTestQueryClient()}>{control}</QueryClientProvider>);
}

beforeEach(() => {
  window.localStorage.clear();
  clearMemoryStore();
});
afterEach(() => window.localStorage.clear());

describe('FollowControl', () => {
  it('gives the feed address of the scope and how to add it, and closes with Escape back on its button', async () => {
    const user = userEvent.setup();
    renderFollow(<FollowControl scope={{ kind: 'jurisdiction', code: 'AL' }} name="Albania" />);
    const button = screen.getByRole('button', { name: 'Follow' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const panel = await screen.findByRole('group', { name: 'Follow changes to Albania' });
    const field = within(panel).getByRole('textbox', { name: 'Feed address' });
    expect(field).toHaveValue(`${window.location.origin}/api/v1/feeds/jurisdictions/AL.atom`);
    expect(field).toHaveFocus();
    expect(within(panel).getByRole('link', { name: 'Open the feed' })).toHaveAttribute('href', feedUrl({ kind: 'jurisdiction', code: 'AL' }));
    expect(panel).toHaveTextContent(/Thunderbird/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('says when the address could not be copied', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('blocked')) } });
    renderFollow(<FollowControl scope={{ kind: 'region' }} name="all jurisdictions" />);
    await user.click(screen.getByRole('button', { name: 'Follow' }));
    await user.click(screen.getByRole('button', { name: 'Copy address' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Could not copy');
    expect(feedUrl({ kind: 'pillar', id: 'asset-recovery' })).toMatch(/\/api\/v1\/feeds\/pillars\/asset-recovery\.atom$/);
  });

  describe('on a page in another language', () => {
    afterEach(() => setApiLocale('en'));

    it('gives the address of the feed in that language', async () => {
      setApiLocale('sq');
      const user = userEvent.setup();
      renderFollow(<FollowControl scope={{ kind: 'jurisdiction', code: 'AL' }} name="Shqipëria" />);
      await user.click(screen.getByRole('button', { name: 'Follow' }));
      const panel = await screen.findByRole('group', { name: 'Follow changes to Shqipëria' });
      const address = `${window.location.origin}/api/v1/sq/feeds/jurisdictions/AL.atom`;
      expect(within(panel).getByRole('textbox', { name: 'Feed address' })).toHaveValue(address);
      expect(within(panel).getByRole('textbox', { name: 'Feed address' })).toHaveFocus();
      expect(within(panel).getByRole('link', { name: 'Open the feed' })).toHaveAttribute('href', address);
      expect(within(panel).getByRole('link', { name: 'Open the feed' })).toHaveAttribute('hreflang', 'sq');
      expect(panel).not.toHaveTextContent(/is in English/);
    });

    it('gives the English feed, and says so, when the API does not publish that language', async () => {
      setApiLocale('sq');
      setScenario('english-only');
      const user = userEvent.setup();
      renderFollow(<FollowControl scope={{ kind: 'pillar', id: 'asset-recovery' }} name="Asset recovery" />);
      await user.click(screen.getByRole('button', { name: 'Follow' }));
      const panel = await screen.findByRole('group', { name: 'Follow changes to Asset recovery' });
      const address = `${window.location.origin}/api/v1/feeds/pillars/asset-recovery.atom`;
      expect(within(panel).getByRole('textbox', { name: 'Feed address' })).toHaveValue(address);
      expect(within(panel).getByRole('link', { name: 'Open the feed' })).toHaveAttribute('hreflang', 'en');
      expect(panel).toHaveTextContent('This feed is in English: the published data has no translation into this language.');
      // The English feed is there; the Albanian one is not.
      expect((await fetch(address)).status).toBe(200);
      expect((await fetch(`${window.location.origin}/api/v1/sq/feeds/pillars/asset-recovery.atom`)).status).toBe(404);
    });

    it('builds each scope’s address under the locale, and the plain path in English', () => {
      setApiLocale('sr-Latn');
      expect(feedUrl({ kind: 'region' })).toBe(`${window.location.origin}/api/v1/sr-Latn/feeds/region.atom`);
      expect(feedUrl({ kind: 'pillar', id: 'asset-recovery' })).toBe(`${window.location.origin}/api/v1/sr-Latn/feeds/pillars/asset-recovery.atom`);
      expect(feedUrl({ kind: 'region' }, 'en')).toBe(`${window.location.origin}/api/v1/feeds/region.atom`);
      expect(feedUrl({ kind: 'region' }, 'mk')).toBe(`${window.location.origin}/api/v1/mk/feeds/region.atom`);
    });
  });
});

const changes: ReleaseChange[] = [
  { kind: 'status', jurisdiction: 'AL', pillar: 'p1', period: '2026-H1', commitment: 'AL-1-01', title: 'Adopt the law', from: 'in_progress', to: 'completed' },
  { kind: 'deadline', jurisdiction: 'AL', pillar: 'p1', period: '2026-H1', commitment: 'AL-1-02', title: 'Set up the register', from: '2026-06-30', to: '2027-03-31', reason: 'Delay' },
  { kind: 'value', jurisdiction: 'AL', pillar: 'p2', period: '2026-H1', indicator: 'str', title: 'STRs received', unit: 'reports', year: 2025, value: 10, quality: 'reported' },
];

function renderNew(changesSince: (seen: string) => ReleaseChange[] | null = () => changes, limit?: number) {
  return render(
    <MemoryRouter>
      <main id="main" tabIndex={-1}>
        <NewSinceVisit release={{ id: '2026-H1', label: 'H1 2026' }} changesSince={changesSince} labelOf={(id) => `release ${id}`} limit={limit} />
      </main>
    </MemoryRouter>,
  );
}

describe('NewSinceVisit', () => {
  it('on a first visit shows nothing and remembers the release', () => {
    renderNew();
    expect(screen.queryByRole('region')).toBeNull();
    expect(readStored(LAST_RELEASE_KEY)).toBe('2026-H1');
  });

  it('lists what changed since the release last seen, linking to each page, until dismissed', async () => {
    writeStored(LAST_RELEASE_KEY, '2025-H2');
    const since = vi.fn(() => changes);
    const user = userEvent.setup();
    renderNew(since);
    const region = screen.getByRole('region', { name: /New since your last visit/ });
    expect(since).toHaveBeenCalledWith('2025-H2');
    expect(region).toHaveTextContent('3 changes since the release you last saw (release 2025-H2)');
    expect(within(region).getByRole('link', { name: 'AL-1-01: Adopt the law: now Completed' })).toHaveAttribute('href', '/commitments/AL-1-01');
    expect(within(region).getByRole('link', { name: 'AL-1-02: Set up the register: deadline moved to 31 March 2027' })).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'STRs received: value for 2025' })).toHaveAttribute('href', '/indicators/str');
    await user.click(within(region).getByRole('button', { name: 'Dismiss: mark as seen' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(readStored(LAST_RELEASE_KEY)).toBe('2026-H1');
    expect(document.getElementById('main')).toHaveFocus();
  });

  it('caps the list and says how many more', () => {
    writeStored(LAST_RELEASE_KEY, '2025-H2');
    renderNew(undefined, 2);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('and 1 more')).toBeInTheDocument();
  });

  it('shows nothing for a stored release it does not know, and survives a throwing lookup', () => {
    writeStored(LAST_RELEASE_KEY, 'garbage');
    renderNew(() => null);
    expect(screen.queryByRole('region')).toBeNull();
    renderNew(() => {
      throw new Error('bad data');
    });
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('remembers in memory when localStorage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    writeStored(LAST_RELEASE_KEY, '2025-H2');
    const user = userEvent.setup();
    renderNew();
    await user.click(screen.getByRole('button', { name: 'Dismiss: mark as seen' }));
    expect(readStored(LAST_RELEASE_KEY)).toBe('2026-H1');
  });
});

describe('ReportingSummary', () => {
  it('shows a jurisdiction’s counts, says it reported nothing, and links to the drill-down', async () => {
    const { ReportingSummary } = await import('../../../src/components/reporting-summary');
    render(
      <MemoryRouter>
        <ReportingSummary
          jurisdiction="RS"
          name="Serbia"
          period="2025-H2"
          isLatest={false}
          commitments={[
            { id: 'RS-1-01', jurisdiction: 'RS', pillar: 'p1', title: 'A', history: [{ period: '2025-H1', status: 'in_progress' }, { period: '2025-H2', status: 'in_progress', reported: false }] },
          ]}
          indicators={[]}
        />
      </MemoryRouter>,
    );
    const region = screen.getByRole('region', { name: 'Reporting for H2 2025' });
    expect(region).toHaveTextContent('Reported nothing for this period');
    expect(region).toHaveTextContent('Status updatesNone of 1');
    expect(region).toHaveTextContent('Values for 2024Nothing due');
    expect(within(region).getByRole('link', { name: 'Reporting completeness for Serbia' })).toHaveAttribute('href', '/reporting?jurisdiction=RS&period=2025-H2');
  });
});
