import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScenario } from '../../mocks/node';
import { renderApp } from '../utils';

async function openPanel(user: ReturnType<typeof renderApp>['user']) {
  const panel = await screen.findByRole('complementary', { name: 'Tester panel' });
  await user.click(within(panel).getByText(/Mock API scenario/));
  return panel;
}

describe('tester panel and failure behaviour', () => {
  it('shows the active scenario and lists every scenario', async () => {
    useScenario('slow');
    const { user } = renderApp('/about');
    const panel = await openPanel(user);
    expect(within(panel).getByText('slow', { selector: 'strong' })).toBeInTheDocument();
    const select = within(panel).getByRole('combobox', { name: 'Scenario' });
    expect(select).toHaveValue('slow');
    const names = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(names).toEqual(expect.arrayContaining(['default', 'server-error', 'partial', 'large', 'flaky', 'timeout']));
  });

  it('keeps data on screen, marked stale, when a refetch fails; Retry recovers', async () => {
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Commitments by status' })).toBeInTheDocument();

    const panel = await openPanel(user);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Scenario' }), 'server-error');
    const stale = await screen.findAllByText(/Showing data from .* ago: the latest refresh failed/);
    expect(stale.length).toBeGreaterThan(0);
    // The data stays.
    expect(screen.getByRole('heading', { name: 'Commitments by status' })).toBeInTheDocument();

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Scenario' }), 'default');
    await waitFor(() => expect(screen.queryByText(/the latest refresh failed/)).not.toBeInTheDocument());
  });

  it.each([
    ['unavailable', /temporarily unavailable.*30 seconds/s],
    ['network-error', /could not be reached/],
    ['not-found', /does not know this resource/],
    ['malformed-json', /does not match what the dashboard expects/],
    ['contract-violation', /does not match what the dashboard expects/],
  ] as const)('explains the %s scenario in plain language with a Retry', async (scenario, message) => {
    useScenario(scenario);
    renderApp('/');
    const alert = (await screen.findAllByRole('alert')).find((a) => message.test(a.textContent ?? ''));
    expect(alert).toBeDefined();
    expect(within(alert!).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('recovers under the flaky scenario by retrying', async () => {
    useScenario('flaky');
    const { user } = renderApp('/');
    const alert = (await screen.findAllByRole('alert'))[0]!;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    // Every other request succeeds, so a few retries bring the screen up.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (screen.queryByRole('heading', { name: 'Commitments by status' })) break;
      const retry = screen.queryAllByRole('button', { name: 'Try again' })[0];
      if (retry) await user.click(retry);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await screen.findByRole('heading', { name: 'Commitments by status' })).toBeInTheDocument();
  });
});
