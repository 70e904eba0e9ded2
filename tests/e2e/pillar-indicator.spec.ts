import type { Page } from '@playwright/test';
import { axeViolations, drawCharts, expect, test } from './fixtures';

const PILLAR = 'financial-intelligence';

/** Sideways scroll of the page itself (wide tables scroll inside their own box). */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('from a pillar to one of its indicators by links, comparing jurisdictions; reload keeps ?compare=', async ({ page, problems }) => {
  await page.goto(`/pillars/${PILLAR}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Financial intelligence' })).toBeVisible();
  await expect(page).toHaveTitle('Financial intelligence · Roadmap Monitor');
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();

  const indicators = page.getByRole('region', { name: 'Indicators of this pillar' });
  const link = indicators.getByRole('link').first();
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(page).toHaveURL(/\/indicators\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await drawCharts(page, [/: values over time$/]);
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  await expect(page.locator('.recharts-line')).toHaveCount(6);

  const group = page.getByRole('group', { name: 'Jurisdictions compared' });
  await group.getByRole('checkbox', { name: 'Albania' }).uncheck();
  await group.getByRole('checkbox', { name: 'Serbia' }).uncheck();
  await expect(page).toHaveURL(/\?compare=BA%2CXK%2CME%2CMK$|\?compare=BA,XK,ME,MK$/);
  await expect(page.locator('.recharts-line')).toHaveCount(4);

  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: /by year and jurisdiction/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Year', 'Bosnia and Herzegovina', 'Kosovo*', 'Montenegro', 'North Macedonia']);

  await page.reload();
  await expect(group.getByRole('checkbox', { name: 'Albania' })).not.toBeChecked();
  await expect(group.getByRole('checkbox', { name: 'Montenegro' })).toBeChecked();
  await expect(table.getByRole('columnheader')).toHaveCount(5);

  // Back to the pillar by its link.
  await page.getByRole('link', { name: /Indicator of pillar 2: Financial intelligence/ }).click();
  await expect(page).toHaveURL(new RegExp(`/pillars/${PILLAR}$`));
  expect(problems).toEqual([]);
});

test('one compared jurisdiction shows its baseline and target as reference lines', async ({ page, problems }) => {
  await page.goto('/indicators/str-received?compare=AL');
  await drawCharts(page, [/: values over time$/]);
  await expect(page.locator('.recharts-line')).toHaveCount(1);
  await expect(page.locator('.recharts-reference-line')).toHaveCount(2);
  await expect(page.getByText(/^Baseline \d{4}:/)).toBeVisible();
  await expect(page.getByText(/^Target \d{4}:/)).toBeVisible();
  expect(problems).toEqual([]);
});

test('the pillar screen has no axe violations in chart and table view', async ({ page, problems }) => {
  await page.goto(`/pillars/${PILLAR}`);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /Commitments of this pillar/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: /Commitments by status in each jurisdiction/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the indicator screen has no axe violations in chart and table view, with the method open', async ({ page, problems }) => {
  await page.goto('/indicators/mla-response-days?compare=AL,ZZ');
  await drawCharts(page, [/: values over time$/]);
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Ignored in the comparison' })).toBeVisible();
  await page.getByText('How is this calculated?').click();
  await expect(page.getByRole('table', { name: /Figures used for each compared jurisdiction/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: /by year and jurisdiction/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('compared jurisdictions can be changed by keyboard alone', async ({ page, problems }) => {
  await page.goto('/indicators/str-received');
  const albania = page.getByRole('checkbox', { name: 'Albania' });
  await albania.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/compare=/);
  await expect(albania).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/indicators\/str-received$/);
  expect(problems).toEqual([]);
});

for (const path of [`/pillars/${PILLAR}`, `/pillars/${PILLAR}?tables=status`, '/indicators/str-received', '/indicators/str-received?tables=values']) {
  test(`at 320 px ${path} does not scroll sideways`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('figure').first()).toBeVisible();
    await drawCharts(page);
    await expect(page.getByRole('figure').first().getByRole('table').or(page.locator('.recharts-surface').first()).first()).toBeVisible();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
}

test('unknown pillar and indicator ids show not-found with a way back', async ({ page, problems }) => {
  await page.goto('/pillars/no-such-pillar');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is no pillar “no-such-pillar” in the roadmap.')).toBeVisible();
  await page.goto('/indicators/no-such-indicator');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the regional overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regional overview' })).toBeVisible();
  // The API's 404 for the unknown indicator is the only console message.
  expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
});
