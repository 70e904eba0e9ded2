import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { RoadmapSchema } from '../../src/api/schemas';
import { LAST_RELEASE_KEY } from '../../src/components/browser-store';
import { renderApp } from '../utils';

afterEach(() => window.localStorage.clear());

describe('New since your last visit, on the screens', () => {
  it('lists a jurisdiction’s changes since the release this browser saw, until dismissed', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const earlier = roadmap.periods[roadmap.periods.length - 3]!;
    window.localStorage.setItem(`${LAST_RELEASE_KEY}.AL`, earlier);
    const { user } = renderApp('/jurisdictions/AL');
    const section = await screen.findByRole('region', { name: /New since your last visit/ });
    expect(within(section).getAllByRole('listitem').length).toBeGreaterThan(0);
    // Every change links to the page it is about.
    for (const link of within(section).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^\/(commitments|indicators)\//);
    await user.click(within(section).getByRole('button', { name: /Dismiss/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /New since your last visit/ })).toBeNull());
    expect(window.localStorage.getItem(`${LAST_RELEASE_KEY}.AL`)).toBe(roadmap.asOfPeriod);
  });

  it('shows nothing on a first visit, and remembers the release for the next one', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Regional overview' });
    await waitFor(() => expect(window.localStorage.getItem(`${LAST_RELEASE_KEY}.region`)).toBe(roadmap.asOfPeriod));
    expect(screen.queryByRole('region', { name: /New since your last visit/ })).toBeNull();
  });
});
