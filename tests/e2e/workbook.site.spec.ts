import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

/**
 * A site written by `npm run site` from a workbook (tests/e2e/site-fixture.ts), served by a plain
 * static file server (scripts/serve-static.mjs): the workbook's own texts on every screen they
 * belong to. Nothing here talks to a mock API.
 */
const TITLE = 'Zephyr register of beneficial owners goes live';
const PILLAR = 'Zephyr asset tracing';

test('the workbook’s commitment is on its jurisdiction page, in its CSV and on its own page', async ({ page, problems }) => {
  const api: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) api.push(`${url.pathname}${url.search}`);
  });
  await page.goto(`/jurisdictions/AL?q=${encodeURIComponent('Zephyr register')}`);
  const link = page.getByRole('link', { name: TITLE });
  await expect(link).toBeVisible();
  // The workbook says its data is official: no illustrative notice.
  await expect(page.getByRole('note', { name: 'Data status' })).not.toContainText('Illustrative');
  await expect(page.getByRole('contentinfo')).toContainText('from secretariat.xlsx');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV', description: /matches the filters/ }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain(TITLE);

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(TITLE) })).toBeVisible();
  // Plain paths only: a static host answers no query strings.
  expect(api.length).toBeGreaterThan(2);
  expect(api.filter((path) => path.includes('?') || !path.endsWith('.json'))).toEqual([]);
  expect(problems).toEqual([]);
});

test('a period, the pillar page and a presenter slide work on the static API', async ({ page, problems }) => {
  await page.goto('/pillars/asset-recovery?period=2023-H2');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(PILLAR) })).toBeVisible();
  await page.goto('/present?slides=pillar-status~asset-recovery&slide=1');
  await expect(page.getByRole('heading', { name: new RegExp(PILLAR) }).first()).toBeVisible();
  // A deep link reloads through the host's fallback to index.html.
  await page.goto('/about');
  await expect(page.getByRole('region', { name: 'Release' })).toContainText('secretariat.xlsx');
  expect(problems).toEqual([]);
});
