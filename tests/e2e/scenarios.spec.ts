/**
 * Scenario x route matrix: every screen under every failure mode of the mock API shows a plain
 * alert or its data, never a blank screen or an uncaught error, passes axe, and recovers with
 * Retry once the API answers normally again.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** The standalone mock API that playwright.config.ts starts (same handlers as the service worker). */
const MOCK_API = 'http://127.0.0.1:4011/api/v1';

const FAILING = ['server-error', 'unavailable', 'network-error', 'not-found', 'malformed-json', 'contract-violation'] as const;
const WORKING = ['default', 'empty', 'large', 'slow'] as const;

let routes: string[] = [];

test.beforeAll(async ({ request }) => {
  const indicators = (await (await request.get(`${MOCK_API}/indicators.json`)).json()) as { items: { id: string }[] };
  const commitments = (await (await request.get(`${MOCK_API}/jurisdictions/BA/commitments.json`)).json()) as { items: { id: string }[] };
  const roadmap = (await (await request.get(`${MOCK_API}/roadmap.json`)).json()) as { pillars: { id: string }[] };
  routes = [
    '/',
    '/jurisdictions/BA',
    `/pillars/${roadmap.pillars[1]!.id}`,
    `/indicators/${indicators.items[0]!.id}`,
    `/commitments/${commitments.items[0]!.id}`,
    '/about',
  ];
});

/** Console errors that only report the simulated API failure itself. */
function unexpected(problems: string[]): string[] {
  return problems.filter((p) => !/Failed to load resource|status of (4|5)\d\d|net::ERR_FAILED/.test(p));
}

async function switchScenario(page: Page, name: string) {
  const panel = page.getByRole('complementary', { name: 'Tester panel' });
  if (!(await panel.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) {
    await panel.getByText('Mock API scenario:').click();
  }
  await panel.getByRole('combobox', { name: 'Scenario' }).selectOption(name);
}

for (const scenario of FAILING) {
  test(`${scenario}: every screen explains the failure and recovers with Retry`, async ({ page, problems }) => {
    test.setTimeout(120_000);
    for (const route of routes) {
      await page.goto(`${route}${route.includes('?') ? '&' : '?'}scenario=${scenario}`);
      // A failure is an alert; a 404 for the page's own subject is a not-found page.
      const failure = page.getByRole('alert').or(page.getByRole('heading', { level: 1, name: 'Page not found' })).first();
      await expect(failure, `${route} under ${scenario}`).toBeVisible();
      await expect(failure).toContainText(/Could not load|not found|could not be displayed/i);
      // The header stays usable.
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      expect(await axeViolations(page), `${route} under ${scenario}`).toEqual([]);

      await switchScenario(page, 'default');
      // Invalidation refetches; any alert left is retried by hand. An alert may go away by itself
      // between the check and the click (its refetch succeeded): the click then gives up quickly
      // instead of waiting for a button that no longer exists.
      for (const retry of await page.getByRole('button', { name: 'Try again' }).all()) {
        if (await retry.isVisible()) await retry.click({ timeout: 2_000 }).catch(() => undefined);
      }
      await expect(page.getByRole('alert').filter({ hasText: /Could not load/ })).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await switchScenario(page, scenario);
    }
    expect(unexpected(problems)).toEqual([]);
  });
}

for (const scenario of WORKING) {
  test(`${scenario}: every screen shows its content without errors`, async ({ page, problems }) => {
    test.setTimeout(180_000);
    for (const route of routes) {
      await page.goto(`${route}?scenario=${scenario}`);
      await expect(page.getByRole('heading', { level: 1 }), `${route} under ${scenario}`).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
      const alerts = page.getByRole('alert').filter({ hasText: /Could not load|could not be displayed/ });
      // In the empty scenario a commitment cannot exist: that page says not found, and nothing else fails.
      if (!(scenario === 'empty' && route.startsWith('/commitments/'))) await expect(alerts).toHaveCount(0);
      expect(await axeViolations(page), `${route} under ${scenario}`).toEqual([]);
    }
    expect(unexpected(problems)).toEqual([]);
  });
}

test('partial: the indicators section fails alone, the rest of the screen works', async ({ page, problems }) => {
  await page.goto(`${routes[1]}?scenario=partial`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /indicators/i }).first()).toBeVisible();
  await expect(page.getByRole('table').first()).toBeAttached();
  await switchScenario(page, 'default');
  await expect(page.getByRole('alert').filter({ hasText: /Could not load/ })).toHaveCount(0);
  expect(unexpected(problems)).toEqual([]);
});

test('timeout: the client gives up after about 15 s and says so', async ({ page, problems }) => {
  test.setTimeout(90_000);
  await page.goto('/about?scenario=timeout');
  await expect(page.getByRole('alert').filter({ hasText: /did not answer within 15 seconds/ }).first()).toBeVisible({ timeout: 40_000 });
  // Switching the scenario refetches what failed; the data then shows without a reload.
  await switchScenario(page, 'default');
  await expect(page.getByRole('heading', { name: 'Status vocabulary' })).toBeVisible();
  expect(unexpected(problems)).toEqual([]);
});

test('english-only: every screen in Albanian shows the English data, marked lang="en", without errors', async ({ page, problems }) => {
  test.setTimeout(180_000);
  for (const route of routes) {
    await page.goto(`/sq${route === '/' ? '' : route}?scenario=english-only`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading, `${route} under english-only`).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    // The interface stays Albanian (the page language), whatever the API lacks.
    await expect(page.locator('html')).toHaveAttribute('lang', 'sq');
    await expect(page.getByRole('navigation', { name: 'Kryesore' }).getByRole('link', { name: 'Përmbledhje' })).toBeVisible();
    const alerts = page.getByRole('alert').filter({ hasText: /Nuk u ngarkuan dot|nuk mund të shfaqej/ });
    await expect(alerts).toHaveCount(0);
    expect(await axeViolations(page), `${route} under english-only`).toEqual([]);
  }
  // A heading that is data (the jurisdiction's name) is marked as English.
  await page.goto('/sq/jurisdictions/BA?scenario=english-only');
  await expect(page.getByRole('heading', { level: 1, name: 'Bosnia and Herzegovina' })).toHaveAttribute('lang', 'en');
  expect(unexpected(problems)).toEqual([]);
});
