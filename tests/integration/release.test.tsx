import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildIllustrativeModel, setPreviewModel } from '../../mocks/data/dataset';
import { apiPath } from '../../mocks/handlers/paths';
import { server } from '../../mocks/node';
import type { Release } from '../../src/api/schemas';
import { renderApp } from '../utils';

configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await import('../../src/features/about/route');
}, 60_000);

afterEach(() => setPreviewModel(null));

const published: Release = {
  id: '20270201T100000Z-abcdef12',
  builtAt: '2027-02-01T10:00:00.000Z',
  kind: 'published',
  source: { name: 'roadmap-2026-H2.xlsx', sha256: 'a'.repeat(64) },
  counts: { jurisdictions: 6, pillars: 8, commitments: 277, statusUpdates: 3600, indicators: 14, observations: 672 },
  locales: [],
  previous: { id: '20260801T100000Z-12345678', builtAt: '2026-08-01T10:00:00.000Z' },
  changes: {
    statusUpdatesAdded: 1,
    statusUpdatesChanged: 0,
    valuesAdded: 0,
    valuesRevised: 1,
    items: [
      { kind: 'status-added', jurisdiction: 'AL', commitment: 'AL-1-01', period: '2026-H1', from: null, to: 'completed' },
      { kind: 'value-revised', jurisdiction: 'RS', indicator: 'str-received', year: 2024, from: 1200, to: 1250 },
    ],
    truncated: false,
  },
};

describe('the release', () => {
  it('is named in the footer on every screen', async () => {
    renderApp('/');
    const footer = await screen.findByRole('contentinfo');
    expect(await within(footer).findByText(/Release illustrative, built 2026-07-31 00:00 UTC from Illustrative dataset \(generated\)\./)).toBeInTheDocument();
  });

  it('shows on About with its source, counts and the changes since the previous release', async () => {
    server.use(http.get(apiPath('/release.json'), () => HttpResponse.json(published)));
    renderApp('/about');
    const section = await screen.findByRole('region', { name: 'Release' });
    expect(within(section).getByText('roadmap-2026-H2.xlsx')).toBeInTheDocument();
    expect(within(section).getByText(/277 commitments with 3,600 status updates/)).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Changes since release 20260801T100000Z-12345678' });
    const revised = within(table).getByRole('rowheader', { name: 'str-received' }).closest('tr') as HTMLElement;
    expect(within(revised).getByText('Value revised')).toBeInTheDocument();
    expect(within(revised).getByText('1,250')).toBeInTheDocument();
    const added = within(table).getByRole('rowheader', { name: 'AL-1-01' }).closest('tr') as HTMLElement;
    expect(within(added).getByText('Completed')).toBeInTheDocument();
    expect(within(screen.getByRole('contentinfo')).getByText(/1 status updates added, 0 changed; 0 values added, 1 revised/)).toBeInTheDocument();
  });

  it('turns the illustrative-data notice into "Preview of <file>" when the mock API serves a workbook', async () => {
    const model = buildIllustrativeModel();
    model.source = { kind: 'preview', name: 'our-data.xlsx', sha256: 'b'.repeat(64) };
    model.commitments[0]!.title = { en: 'A title only our workbook has' };
    setPreviewModel(model, '2026-09-01T08:00:00.000Z');
    renderApp(`/commitments/${model.commitments[0]!.id}`);
    const notice = await screen.findByRole('note', { name: 'Data status' });
    expect(await within(notice).findByText('Preview of our-data.xlsx')).toBeInTheDocument();
    expect(within(notice).queryByText('Illustrative data')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: /A title only our workbook has/ })).toBeInTheDocument();
  });
});
