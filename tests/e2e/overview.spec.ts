import { axeViolations, drawCharts, expect, test } from './fixtures';

test('the overview loads the six jurisdictions from the mock API without console errors', async ({ page, problems }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Regional overview' })).toBeVisible();
  await expect(page.getByText('Illustrative data').first()).toBeVisible();
  // The chart draws one bar label per jurisdiction.
  await expect(page.getByRole('heading', { name: 'Commitments by status' })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();

  await page.getByRole('figure', { name: 'Commitments by status' }).getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/\?tables=status$/);
  const rows = page.getByRole('table', { name: /Commitments by status/ }).getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Albania');
  await expect(rows.nth(3).getByRole('rowheader')).toHaveText('Kosovo*');
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(/^\d+%$/);

  // The table view survives a reload.
  await page.reload();
  await expect(page.getByRole('table', { name: /Commitments by status/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the overview has no axe violations in chart and table view', async ({ page, problems }) => {
  await page.goto('/');
  await drawCharts(page, ['Commitments by status', 'Completed share over time']);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  for (const name of ['Commitments by status', 'Completed share by pillar', 'Completed share over time']) {
    await page.getByRole('figure', { name }).getByRole('tab', { name: 'Table' }).click();
  }
  await expect(page).toHaveURL(/\?tables=status%2Cgrid%2Ctrend$|\?tables=status,grid,trend$/);
  await expect(page.getByRole('table', { name: /Completed share by period and jurisdiction/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('an unknown path shows not-found with a way back, and the header still works', async ({ page, problems }) => {
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the regional overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regional overview' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a failing API shows an alert whose Retry recovers', async ({ page, problems }) => {
  await page.goto('/?scenario=server-error');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the roadmap' });
  await expect(alert).toBeVisible();
  // The cause goes away (the mock answers normally again); Retry then recovers without a reload.
  await page.evaluate(() => {
    sessionStorage.setItem('roadmap-monitor.scenario', 'default');
    history.replaceState(history.state, '', '/');
  });
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Commitments by status' })).toBeVisible();
  // Only the reported API failures may appear in the console.
  expect(problems.filter((p) => !/status of 500/.test(p))).toEqual([]);
});

test('the header reaches every jurisdiction', async ({ page, problems }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [code, name] of [
    ['AL', 'Albania'],
    ['BA', 'Bosnia and Herzegovina'],
    ['XK', 'Kosovo*'],
    ['ME', 'Montenegro'],
    ['MK', 'North Macedonia'],
    ['RS', 'Serbia'],
  ] as const) {
    await nav.getByRole('link', { name: new RegExp(code) }).click();
    await expect(page).toHaveURL(new RegExp(`/jurisdictions/${code}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page).toHaveTitle(`${name} · Roadmap Monitor`);
  }
  expect(problems).toEqual([]);
});

test('the period survives a reload, Back returns to the latest period, and the header reaches About', async ({ page, problems }) => {
  await page.goto('/jurisdictions/RS');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Serbia');
  await page.getByRole('combobox', { name: 'Period' }).selectOption('2024-H2');
  await expect(page).toHaveURL(/period=2024-H2/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('2024-H2');
  await page.goBack();
  await expect(page).toHaveURL(/\/jurisdictions\/RS$/);
  await nav.getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this dashboard' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('at 320 px the page does not scroll sideways', async ({ page, problems }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/?tables=status');
  await expect(page.getByRole('table', { name: /Commitments by status/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});

test('the grid links each pillar and each jurisdiction to its page', async ({ page, problems }) => {
  await page.goto('/');
  const grid = page.getByRole('figure', { name: 'Completed share by pillar' }).getByRole('table');
  await expect(grid.getByRole('rowheader')).toHaveCount(6);
  // Every cell prints its figure.
  const cells = grid.getByRole('cell');
  await expect(cells.first()).toHaveText(/^(\d+%|—)$/);
  const pillarLink = grid.getByRole('columnheader').nth(1).getByRole('link');
  const href = await pillarLink.getAttribute('href');
  expect(href).toMatch(/^\/pillars\/[a-z0-9-]+$/);
  await pillarLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('figure', { name: 'Completed share by pillar' }).getByRole('rowheader', { name: 'Albania' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/jurisdictions\/AL$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Albania');
  expect(problems).toEqual([]);
});

test('the overview keeps the selected period in the URL and on its links', async ({ page, problems }) => {
  await page.goto('/?period=2024-H1');
  const grid = page.getByRole('figure', { name: 'Completed share by pillar' }).getByRole('table');
  await expect(grid).toHaveAccessibleName(/H1 2024/);
  await expect(grid.getByRole('rowheader', { name: 'Serbia' }).getByRole('link')).toHaveAttribute('href', '/jurisdictions/RS?period=2024-H1');
  await page.getByRole('figure', { name: 'Completed share over time' }).getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/period=2024-H1&tables=trend$/);
  const trend = page.getByRole('table', { name: /Completed share by period and jurisdiction/ });
  await expect(trend.getByRole('rowheader').last()).toHaveText('H1 2024');
  await page.reload();
  await expect(page.getByRole('table', { name: /Completed share by period and jurisdiction/ }).getByRole('rowheader').last()).toHaveText('H1 2024');
  expect(problems).toEqual([]);
});

test('at 320 px the overview charts and the About page do not scroll sideways', async ({ page, problems }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto('/');
  await drawCharts(page, ['Commitments by status', 'Completed share over time']);
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Completed share by pillar' }).getByRole('table')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('/?tables=grid,trend');
  await expect(page.getByRole('table', { name: /Completed share by period and jurisdiction/ })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('/about');
  await expect(page.getByRole('table', { name: 'CPI score by jurisdiction and year' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});

test('About explains the method with its thresholds and passes axe', async ({ page, problems }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About this dashboard' })).toBeVisible();
  const method = page.getByRole('table', { name: 'Progress categories and their thresholds' });
  await expect(method.getByRole('row', { name: /On track/ })).toContainText('R ≥ 95%');
  await expect(page.getByRole('region', { name: 'Reference context from published sources' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('on a phone a chart below the fold is drawn, and its code loaded, only once it is scrolled to', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  const chartCode: string[] = [];
  page.on('request', (request) => {
    if (/recharts/i.test(request.url())) chartCode.push(request.url());
  });
  await page.goto('/');
  const panel = page.getByRole('figure', { name: 'Commitments by status' }).getByRole('tabpanel');
  await expect(panel).toHaveAttribute('data-chart', 'waiting');
  // The figures above the fold are complete without the chart.
  await expect(page.getByText('Due in the next six months')).toBeVisible();
  expect(chartCode).toEqual([]);

  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toHaveAttribute('data-chart', 'drawn');
  await expect(panel.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(chartCode.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
