import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { JurisdictionListSchema, RoadmapSchema } from '../../src/api/schemas';
import { DECK_STORAGE_KEY } from '../../src/components/deck-store';
import { renderApp, captureDownloads } from '../utils';

describe('chart frame exports', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => window.localStorage.clear());

  it('downloads an SVG that stands alone: title, takeaway, legend, period, source and the Kosovo* footnote', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const kosovo = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items.find((j) => j.code === 'XK')!;
    const downloads = captureDownloads();
    const { user } = renderApp('/');
    const frame = (await screen.findByRole('heading', { name: 'Commitments by status' })).closest('figure') as HTMLElement;
    await waitFor(() => expect(frame.querySelector('svg.recharts-surface')).not.toBeNull());
    await user.click(within(frame).getByRole('button', { name: 'Download SVG' }));

    await waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(downloads.names[0]).toBe(`roadmap-status-by-jurisdiction-${roadmap.asOfPeriod}.svg`);
    const svg = await downloads.blobs[0]!.text();
    expect(downloads.blobs[0]!.type).toContain('image/svg+xml');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain('Commitments by status');
    expect(text).toContain(within(frame).getByText(/has completed the largest share/).textContent!.slice(0, 30));
    expect(text).toContain('Source:');
    expect(text).toContain(`Period: H${roadmap.asOfPeriod.slice(-1)} ${roadmap.asOfPeriod.slice(0, 4)}`);
    expect(text).toContain('In progress');
    expect(text.replace(/\s+/g, ' ')).toContain(kosovo.designationFootnote!.slice(0, 60));
  });

  it('names CSV files after what and when they hold', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    const downloads = captureDownloads();
    const { user } = renderApp('/');
    const frame = (await screen.findByRole('heading', { name: 'Commitments by status' })).closest('figure') as HTMLElement;
    await user.click(within(frame).getByRole('button', { name: 'Download CSV' }));
    // The CSV writer loads on the first download.
    await waitFor(() => expect(downloads.names).toHaveLength(1));
    expect(downloads.names).toEqual([`roadmap-status-by-jurisdiction-${roadmap.asOfPeriod}.csv`]);
    const bytes = new Uint8Array(await downloads.blobs[0]!.arrayBuffer());
    // UTF-8 byte order mark, so that spreadsheets read the accents and the Kosovo* footnote right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('offers image downloads only in chart view', async () => {
    const { user } = renderApp('/');
    const frame = (await screen.findByRole('heading', { name: 'Commitments by status' })).closest('figure') as HTMLElement;
    expect(within(frame).getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    await user.click(within(frame).getByRole('tab', { name: 'Table' }));
    await waitFor(() => expect(within(frame).queryByRole('button', { name: 'Download PNG' })).not.toBeInTheDocument());
    expect(within(frame).getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
  });
});

describe('add to presentation', () => {
  beforeEach(() => window.localStorage.clear());

  it('stores the chart in the deck and takes it out again', async () => {
    const { user } = renderApp('/');
    const frame = (await screen.findByRole('heading', { name: 'Commitments by status' })).closest('figure') as HTMLElement;
    const add = within(frame).queryByRole('button', { name: 'Add to presentation' });
    // Only frames that declare their slide offer it.
    if (!add) return expect.fail('the overview status chart should offer "Add to presentation"');
    await user.click(add);
    expect(window.localStorage.getItem(DECK_STORAGE_KEY)).toBe('overview-status');
    const added = within(frame).getByRole('button', { name: 'In presentation ✓' });
    expect(added).toHaveAttribute('aria-pressed', 'true');
    await user.click(added);
    expect(window.localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();
  });
});
