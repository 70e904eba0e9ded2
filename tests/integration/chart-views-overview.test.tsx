/**
 * One model per chart: the overview screen, the presenter slide and the embed view of each overview
 * chart show the same takeaway and the same table rows (the model's), for the latest and an earlier period.
 */
import { configure, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { RoadmapSchema } from '../../src/api/schemas';
import { renderApp } from '../utils';

configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await Promise.all([
    import('../../src/features/overview/route'),
    import('../../src/features/presenter/route'),
    import('../../src/features/embed/route'),
    import('../../src/components/status-bar-chart'),
    import('../../src/components/line-chart'),
  ]);
}, 60_000);

const CHARTS = [
  { id: 'overview-status', viewKey: 'status', title: 'Commitments by status', caption: /^Commitments by status, H\d \d{4}$/ },
  { id: 'overview-grid', viewKey: 'grid', title: 'Completed share by pillar', caption: /^Completed share by jurisdiction and pillar, H\d \d{4}$/ },
  { id: 'overview-trend', viewKey: 'trend', title: 'Completed share over time', caption: /^Completed share by period and jurisdiction, H\d \d{4} to H\d \d{4}$/ },
] as const;

interface View {
  takeaway: string;
  caption: string;
  rows: string[][];
}

/** Row header and cell texts of each body row. */
function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent ?? '', ...within(row).getAllByRole('cell').map((c) => c.textContent ?? '')]);
}

async function frameView(title: string, caption: RegExp): Promise<View> {
  const figure = await screen.findByRole('figure', { name: title });
  const table = await within(figure).findByRole('table', { name: caption });
  const takeaway = figure.querySelector('.takeaway')?.textContent ?? '';
  return { takeaway, caption: within(table).getByText(caption, { selector: 'caption' }).textContent ?? '', rows: bodyRows(table) };
}

async function screenView(chart: (typeof CHARTS)[number], period: string): Promise<View> {
  const view = renderApp(`/?${period ? `period=${period}&` : ''}tables=${chart.viewKey}`);
  const result = await frameView(chart.title, chart.caption);
  view.unmount();
  return result;
}

async function embedView(chart: (typeof CHARTS)[number], period: string): Promise<View> {
  const view = renderApp(`/embed/${chart.id}?${period ? `period=${period}&` : ''}tables=${chart.viewKey}`);
  const result = await frameView(chart.title, chart.caption);
  view.unmount();
  return result;
}

async function slideView(chart: (typeof CHARTS)[number], period: string): Promise<View> {
  const view = renderApp(`/present?slides=${chart.id}&slide=1${period ? `&period=${period}` : ''}`);
  const table = await screen.findByRole('table', { name: chart.caption });
  const takeaway = document.querySelector('.slide-takeaway')?.textContent ?? '';
  const result = { takeaway, caption: within(table).getByText(chart.caption, { selector: 'caption' }).textContent ?? '', rows: bodyRows(table) };
  view.unmount();
  return result;
}

describe('overview charts: screen, slide and embed agree', () => {
  for (const chart of CHARTS) {
    it(`${chart.id}: the same takeaway, caption and table rows in the latest period and an earlier one`, async () => {
      const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
      const earlier = roadmap.periods[roadmap.periods.length - 3]!;
      const seen: View[] = [];
      for (const period of ['', earlier]) {
        const onScreen = await screenView(chart, period);
        expect(onScreen.takeaway).not.toBe('');
        expect(onScreen.rows.length).toBeGreaterThan(1);
        expect(await slideView(chart, period)).toEqual(onScreen);
        expect(await embedView(chart, period)).toEqual(onScreen);
        seen.push(onScreen);
      }
      // The earlier period is really another set of figures.
      expect(seen[1]?.caption).not.toBe(seen[0]?.caption);
      expect(seen[1]?.rows).not.toEqual(seen[0]?.rows);
    }, 40_000);
  }
});
