/**
 * Storage that fails: with localStorage blocked (SecurityError, as in a third-party frame with
 * cookies blocked) or full (QuotaExceededError), adding a chart to the presentation and choosing
 * the projector theme still work for the visit, and the user is told they will not be remembered.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DECK_STORAGE_KEY, writeDeck } from '../../src/components/deck-store';
import { App } from '../../src/app/app';
import { createRoutes } from '../../src/app/routes';
import { createMemoryRouter } from 'react-router';
import { createTestQueryClient, renderApp, testMockControls } from '../utils';

const ADDED = 'Added for this visit only: this browser does not let the dashboard remember it.';
const THEME = 'Theme chosen for this visit only: this browser does not let the dashboard remember it.';

function blockStorage() {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
  vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(refuse);
}

function fillStorage() {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

async function statusFrame(): Promise<HTMLElement> {
  return (await screen.findByRole('heading', { name: 'Commitments by status' })).closest('figure') as HTMLElement;
}

afterEach(() => {
  vi.restoreAllMocks();
  // A successful write ends the visit-only copy, so that the next test starts from storage.
  writeDeck([]);
  window.localStorage.clear();
});

describe('with storage blocked', () => {
  it('"Add to presentation" still adds the chart, says so, and /present shows it within the visit', async () => {
    blockStorage();
    const { user, router } = renderApp('/');
    const frame = await statusFrame();
    await user.click(within(frame).getByRole('button', { name: 'Add to presentation' }));

    expect(within(frame).getByRole('button', { name: 'In presentation ✓' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(frame).getByRole('status')).toHaveTextContent(ADDED);
    // The notice shows beside the button used, not in every chart frame.
    expect(screen.getAllByText(ADDED)).toHaveLength(1);

    await router.navigate('/present');
    expect(await screen.findByText('1 slide')).toBeInTheDocument();
    const list = screen.getAllByRole('list')[0]!;
    expect(await within(list).findByRole('link', { name: 'Start the presentation at slide 1: Commitments by status in each jurisdiction' })).toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(screen.queryByText(THEME)).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('.presenter')).toHaveClass('presenter-dark');
    expect(await screen.findByText(THEME)).toBeInTheDocument();
    expect(screen.getByText(THEME).closest('[role="status"]')).not.toBeNull();
  });

  it('taking the chart out again works too and says it is for this visit only', async () => {
    blockStorage();
    const { user } = renderApp('/');
    const frame = await statusFrame();
    await user.click(within(frame).getByRole('button', { name: 'Add to presentation' }));
    await user.click(within(frame).getByRole('button', { name: 'In presentation ✓' }));
    expect(within(frame).getByRole('button', { name: 'Add to presentation' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(frame).getByRole('status')).toHaveTextContent(
      'Removed for this visit only: this browser does not let the dashboard remember the presentation.',
    );
  });
});

describe('with storage full', () => {
  it('"Add to presentation" adds the chart for the visit, over the deck stored before, and says so', async () => {
    window.localStorage.setItem(DECK_STORAGE_KEY, 'overview-grid');
    fillStorage();
    const { user } = renderApp('/');
    const frame = await statusFrame();
    await user.click(within(frame).getByRole('button', { name: 'Add to presentation' }));
    expect(within(frame).getByRole('button', { name: 'In presentation ✓' })).toBeInTheDocument();
    expect(within(frame).getByRole('status')).toHaveTextContent(ADDED);
    expect(window.localStorage.getItem(DECK_STORAGE_KEY)).toBe('overview-grid');
  });
});

describe('with storage working', () => {
  it('adds the chart without a notice', async () => {
    const { user } = renderApp('/');
    const frame = await statusFrame();
    await user.click(within(frame).getByRole('button', { name: 'Add to presentation' }));
    expect(within(frame).getByRole('button', { name: 'In presentation ✓' })).toBeInTheDocument();
    expect(window.localStorage.getItem(DECK_STORAGE_KEY)).toBe('overview-status');
    expect(within(frame).getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('tester panel', () => {
  function renderPanel(remembered: boolean) {
    const queryClient = createTestQueryClient();
    const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: ['/about'] });
    const controls = { ...testMockControls, remembered: () => remembered };
    return render(<App queryClient={queryClient} router={router} env={{ mocks: true, mockControls: controls }} />);
  }

  it('notes when the scenario cannot be remembered for the tab', async () => {
    renderPanel(false);
    const panel = await screen.findByRole('complementary', { name: 'Tester panel' });
    await waitFor(() =>
      expect(within(panel).getByRole('status')).toHaveTextContent(
        'Scenario kept until the page is reloaded: this browser does not let the tester panel remember it for the tab.',
      ),
    );
  });

  it('says nothing when it can', async () => {
    renderPanel(true);
    const panel = await screen.findByRole('complementary', { name: 'Tester panel' });
    expect(within(panel).getByRole('status')).toBeEmptyDOMElement();
  });
});
