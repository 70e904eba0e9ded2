/**
 * URL state written by several controls before the screen re-renders: each change builds on the
 * one before it (two charts switched to their tables in one go keep both in ?tables=).
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from '../utils';

describe('URL state', () => {
  it('keeps both charts as tables when two are switched before the page re-renders', { timeout: 60_000 }, async () => {
    const { router } = renderApp('/');
    const status = await screen.findByRole('figure', { name: 'Commitments by status' }, { timeout: 30_000 });
    const trend = await screen.findByRole('figure', { name: 'Completed share over time' }, { timeout: 30_000 });
    const statusTab = within(status).getByRole('tab', { name: 'Table' });
    const trendTab = within(trend).getByRole('tab', { name: 'Table' });
    // One batch: the second click happens before the first change has rendered.
    act(() => {
      fireEvent.click(statusTab);
      fireEvent.click(trendTab);
    });
    await waitFor(() => expect(new URLSearchParams(currentUrl(router).split('?')[1]).get('tables')).toBe('status,trend'));
    // And a later change starts from the rendered URL again: switching one back keeps the other.
    fireEvent.click(within(status).getByRole('tab', { name: 'Chart' }));
    await waitFor(() => expect(new URLSearchParams(currentUrl(router).split('?')[1]).get('tables')).toBe('trend'));
  });
});
