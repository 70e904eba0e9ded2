import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/**
 * A browser that refuses storage (cookies blocked, a third-party frame): the app starts, a chart
 * can be added to the presentation and shown in /present within the visit, and the user is told
 * that the choices will not be remembered.
 */

const ADDED = 'Added for this visit only: this browser does not let the dashboard remember it.';
const THEME = 'Theme chosen for this visit only: this browser does not let the dashboard remember it.';
const SCENARIO = 'Scenario kept until the page is reloaded: this browser does not let the tester panel remember it for the tab.';

/** Every Storage call throws, as Chromium does when site data is blocked. */
async function blockStorageCalls(page: Page) {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
  });
}

/** Reading window.localStorage / window.sessionStorage itself throws. */
async function blockStorageAccess(page: Page) {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
        },
      });
    }
  });
}

/** Client-side navigation, as a link would do: the page (and what it keeps in memory) stays. */
async function navigateInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function addStatusChart(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Regional overview' })).toBeVisible();
  const frame = page.getByRole('figure', { name: 'Commitments by status', exact: true });
  await frame.getByRole('button', { name: 'Add to presentation' }).click();
  await expect(frame.getByRole('button', { name: 'In presentation ✓' })).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.getByRole('status')).toHaveText(ADDED);
}

test('with every storage call refused, the app starts, the deck and theme work for the visit and say so', async ({ page, problems }) => {
  await blockStorageCalls(page);
  await page.goto('/');
  await addStatusChart(page);
  expect(await axeViolations(page)).toEqual([]);

  // The tester panel notes that the scenario lasts until a reload.
  const panel = page.getByRole('complementary', { name: 'Tester panel' });
  await panel.getByText('Mock API scenario:').click();
  await expect(panel.getByRole('status')).toHaveText(SCENARIO);

  await navigateInApp(page, '/present');
  await expect(page.getByRole('heading', { level: 1, name: 'Presentation' })).toBeVisible();
  await expect(page.getByText('1 slide', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(THEME)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Start presentation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Commitments by status in each jurisdiction' })).toBeVisible();
  await expect(page.locator('.slide .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.locator('.presenter')).toHaveClass(/presenter-dark/);
  expect(problems).toEqual([]);
});

test('when reading window.localStorage itself throws, the app starts and "Add to presentation" works for the visit', async ({ page, problems }) => {
  await blockStorageAccess(page);
  await page.goto('/');
  await addStatusChart(page);
  await navigateInApp(page, '/present');
  await expect(page.getByText('1 slide', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
