import { axeViolations, expect, test } from './fixtures';

const EMBEDS = ['/embed/overview-status'];

for (const path of EMBEDS) {
  test(`${path} passes axe in chart and table view and does not scroll sideways at 300 px`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 300, height: 700 });
    await page.goto(path);
    const figure = page.getByRole('figure').first();
    await expect(figure).toBeVisible();
    await expect(figure.getByRole('tabpanel')).toHaveAttribute('data-chart', 'drawn');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await figure.getByRole('tab', { name: 'Table' }).click();
    await expect(figure.getByRole('table')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('an unknown chart id gets the not-found page', async ({ page }) => {
  await page.goto('/embed/no-such-chart');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('every chart frame offers Embed with an iframe snippet and the plain link', async ({ page }) => {
  await page.goto('/?period=2024-H2');
  const figure = page.getByRole('figure', { name: 'Commitments by status' });
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('button', { name: 'Embed' }).click();
  const code = await figure.getByLabel('HTML to paste into a page').inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/overview-status\?period=2024-H2" title="Commitments by status"/);
  const link = figure.getByRole('link', { name: 'Open the embed view' });
  await expect(link).toHaveAttribute('href', /\/embed\/overview-status\?period=2024-H2$/);
});
