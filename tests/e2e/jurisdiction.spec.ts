import { axeViolations, drawCharts, expect, test } from './fixtures';

const COUNT = /^\d+ of (\d+) commitments?$/;

test('filter, sort and search the commitments; reload and back keep the view; a commitment link opens it', async ({ page, problems }) => {
  await page.goto('/jurisdictions/AL');
  await expect(page.getByRole('heading', { level: 1, name: 'Albania' })).toBeVisible();
  await expect(page).toHaveTitle('Albania · Roadmap Monitor');
  const count = page.getByText(COUNT);
  await expect(count).toBeVisible();
  const total = Number(COUNT.exec((await count.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(0);

  const table = page.getByRole('table', { name: /^Commitments of Albania/ });
  const rows = table.getByRole('row');

  // Filter by status.
  await page.getByRole('combobox', { name: 'Status' }).selectOption('in_progress');
  await expect(page).toHaveURL(/\/jurisdictions\/AL\?status=in_progress$/);
  await expect(count).not.toHaveText(`${total} of ${total} commitments`);
  const inProgress = await rows.count();
  for (let i = 1; i < inProgress; i += 1) await expect(rows.nth(i).getByRole('cell').nth(3)).toHaveText(/In progress/);

  // Then overdue only: a second history entry.
  await page.getByRole('checkbox', { name: 'Overdue only' }).click();
  await expect(page).toHaveURL(/\?status=in_progress&overdue=1$/);
  await expect(page.getByRole('checkbox', { name: 'Overdue only' })).toBeChecked();

  // Sort by deadline, latest first.
  await table.getByRole('button', { name: 'Deadline', exact: true }).click();
  await expect(page).toHaveURL(/\?status=in_progress&overdue=1&sort=-deadline$/);
  await expect(table.getByRole('columnheader', { name: 'Deadline', exact: true })).toHaveAttribute('aria-sort', 'descending');
  const deadlines = await rows.evaluateAll((all) => all.slice(1).map((row) => row.querySelectorAll('td')[2]?.textContent ?? ''));
  expect(deadlines).toEqual([...deadlines].sort().reverse());

  // Search: the URL follows the typing.
  const firstTitle = (await rows.nth(1).getByRole('link').textContent()) ?? '';
  const word = firstTitle.split(' ').find((w) => w.length > 5) ?? firstTitle;
  await page.getByRole('searchbox', { name: 'Search title, institution or ID' }).fill(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(word)}`));
  await expect(rows.nth(1).getByRole('link')).toHaveText(firstTitle);
  const url = page.url();

  // Reload keeps every setting.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('in_progress');
  await expect(page.getByRole('checkbox', { name: 'Overdue only' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search title, institution or ID' })).toHaveValue(word);
  await expect(table.getByRole('columnheader', { name: 'Deadline', exact: true })).toHaveAttribute('aria-sort', 'descending');
  expect(page.url()).toBe(url);

  // Back goes to the view before "overdue only" (search and sort replace their entry).
  await page.goBack();
  await expect(page).toHaveURL(/\/jurisdictions\/AL\?status=in_progress$/);
  await expect(page.getByRole('checkbox', { name: 'Overdue only' })).not.toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search title, institution or ID' })).toHaveValue('');
  await expect(rows).toHaveCount(inProgress);

  // A commitment's title opens its page.
  const link = rows.nth(1).getByRole('link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/commitments\/AL-\d+-\d+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  expect(problems).toEqual([]);
});

test('the jurisdiction page has no axe violations in chart view and in table view', async ({ page, problems }) => {
  await page.goto('/jurisdictions/XK');
  await expect(page.getByRole('heading', { level: 1, name: 'Kosovo*' })).toBeVisible();
  await expect(page.getByText(/This designation is without prejudice/).first()).toBeVisible();
  await drawCharts(page, ['Progress by pillar', 'Indicators']);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Indicators' }).locator('.recharts-line').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  for (const name of ['Progress by pillar', 'Indicators']) {
    await page.getByRole('figure', { name }).getByRole('tab', { name: 'Table' }).click();
    await expect(page.getByRole('figure', { name }).getByRole('table')).toBeVisible();
  }
  await expect(page).toHaveURL(/\?tables=pillars%2Cindicators$|\?tables=pillars,indicators$/);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('at 320 px the page does not scroll sideways, in chart and in table view', async ({ page, problems }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/jurisdictions/BA', '/jurisdictions/BA?tables=pillars,indicators']) {
    await page.goto(path);
    await expect(page.getByRole('table', { name: /^Commitments of / })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Indicators' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  expect(problems).toEqual([]);
});

test('when only the indicators fail, the rest of the page works', async ({ page, problems }) => {
  await page.goto('/jurisdictions/ME?scenario=partial');
  await expect(page.getByRole('heading', { level: 1, name: 'Montenegro' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load indicators' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Commitments of Montenegro/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Progress by pillar' })).toBeVisible();
  // Only the reported API failures may appear in the console.
  expect(problems.filter((p) => !/status of 500/.test(p))).toEqual([]);
});
