import { configure, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiGet } from '../../src/api/client';
import { JurisdictionListSchema, RoadmapSchema } from '../../src/api/schemas';
import { GROWTH_THRESHOLDS, RATIO_THRESHOLDS } from '../../src/domain/indicator-progress';
import { renderApp } from '../utils';

// Whole screens render here, several test files at a time: give findBy queries room on a busy machine.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await import('../../src/features/about/route');
}, 60_000);

const percent = (value: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }).format(value);

describe('about page', () => {
  it('prints the indicator progress thresholds from the constants the calculation uses', async () => {
    renderApp('/about');
    const table = await screen.findByRole('table', { name: 'Progress categories and their thresholds' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

    const onTrack = within(row('On track')).getAllByRole('cell');
    expect(onTrack[0]).toHaveTextContent(`R ≥ ${percent(RATIO_THRESHOLDS.onTrack)}`);
    expect(onTrack[1]).toHaveTextContent(`growth ≥ ${percent(GROWTH_THRESHOLDS.onTrack)}`);

    const acceleration = within(row('Progress made, acceleration needed')).getAllByRole('cell');
    expect(acceleration[0]).toHaveTextContent(`${percent(RATIO_THRESHOLDS.accelerationNeeded)} ≤ R < ${percent(RATIO_THRESHOLDS.onTrack)}`);
    expect(acceleration[1]).toHaveTextContent(
      `${percent(GROWTH_THRESHOLDS.accelerationNeeded)} ≤ growth < ${percent(GROWTH_THRESHOLDS.onTrack)}`,
    );

    const limited = within(row('Limited progress')).getAllByRole('cell');
    expect(limited[0]).toHaveTextContent(`${percent(RATIO_THRESHOLDS.limitedProgress)} ≤ R < ${percent(RATIO_THRESHOLDS.accelerationNeeded)}`);

    const deterioration = within(row('Deterioration')).getAllByRole('cell');
    expect(deterioration[0]).toHaveTextContent(`R < ${percent(RATIO_THRESHOLDS.limitedProgress)}`);
    expect(deterioration[1]).toHaveTextContent(`growth < ${percent(GROWTH_THRESHOLDS.limitedProgress)}`);

    expect(within(row('Target achieved')).getAllByRole('cell')[0]).toHaveTextContent('latest value meets or beats the target');
    expect(screen.getByText(/R = d × observed CAGR ÷ \|needed CAGR\|/)).toBeInTheDocument();
    expect(screen.getByText(/Statistics Canada progress methodology/)).toBeInTheDocument();
  });

  it('explains the rules, says the data is illustrative and names the data source', async () => {
    const roadmap = await apiGet('/roadmap.json', RoadmapSchema);
    renderApp('/about');
    expect(await screen.findByRole('heading', { level: 1, name: 'About this dashboard' })).toBeInTheDocument();
    expect(await screen.findByText(/The data shown is illustrative/)).toBeInTheDocument();
    expect(screen.getByText(/deadline falls on or before the last day/)).toBeInTheDocument();
    expect(screen.getByText(/Completed share = completed commitments ÷/)).toBeInTheDocument();
    expect(screen.getByText(roadmap.source)).toBeInTheDocument();
    for (const status of roadmap.statuses) expect(screen.getByText(status.description)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '/api/v1/openapi.json' })).toHaveAttribute('href', '/api/v1/openapi.json');
  });

  it('gives the published reference context with its sources, apart from the dataset', async () => {
    const jurisdictions = (await apiGet('/jurisdictions.json', JurisdictionListSchema)).items;
    renderApp('/about');
    const region = await screen.findByRole('region', { name: 'Reference context from published sources' });
    expect(within(region).getByText(/not from the dashboard’s dataset/)).toBeInTheDocument();
    expect(within(region).getByText('Listed in February 2020, removed in October 2023')).toBeInTheDocument();
    expect(within(region).getByText(/Source: FATF/)).toBeInTheDocument();
    expect(within(region).getByText(/Source: MONEYVAL/)).toBeInTheDocument();

    const cpi = within(region).getByRole('table', { name: 'CPI score by jurisdiction and year' });
    expect(within(cpi).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Jurisdiction', '2021', '2023', '2024', '2025']);
    expect(await within(cpi).findByRole('rowheader', { name: 'Kosovo*' })).toBeInTheDocument();
    expect(within(cpi).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(jurisdictions.map((j) => j.name));
    const albania = within(cpi).getByRole('rowheader', { name: 'Albania' }).closest('tr') as HTMLElement;
    expect(within(albania).getAllByRole('cell').map((c) => c.textContent)).toEqual(['35', '37', '42', '39']);
    expect(within(region).getByText(/Caveat: these scores are taken from press reports/)).toBeInTheDocument();
    expect(within(region).getByText(/Source: Transparency International/)).toBeInTheDocument();
    const kosovo = jurisdictions.find((j) => j.designationFootnote)!;
    expect(within(region).getByText(`${kosovo.name}: ${kosovo.designationFootnote}`)).toBeInTheDocument();
  });
});
