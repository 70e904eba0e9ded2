import { expect, test } from './fixtures';

test('the demo build keeps working after the network is cut', async ({ page, context, problems }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Regional overview' })).toBeVisible();
  await expect(page.getByText('Illustrative demo data')).toBeVisible();
  // Wait until the service worker controls the page and has cached the app.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => (await caches.keys()).some((key) => key.startsWith('roadmap-monitor-demo-')));

  await context.setOffline(true);
  // Navigation inside the app: new route code and data, no network.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /XK/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kosovo*' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { name: 'Status vocabulary' })).toBeVisible();

  // A full reload while offline comes from the cache.
  await page.goto('/jurisdictions/ME?tables=status');
  await expect(page.getByRole('heading', { level: 1, name: 'Montenegro' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Commitments by status' })).toBeVisible();
  await context.setOffline(false);
  expect(problems).toEqual([]);
});
