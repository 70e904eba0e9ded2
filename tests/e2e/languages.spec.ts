import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations, drawCharts, expect, test } from './fixtures';

const switcher = (page: import('@playwright/test').Page) => page.getByRole('banner').getByRole('combobox');

test('switching language keeps the screen and its query, and a prefixed link opens in its language after a reload', async ({ page, problems }) => {
  await page.goto('/jurisdictions/AL?period=2024-H2');
  await expect(page.getByRole('heading', { level: 1, name: 'Albania' })).toBeVisible();
  await switcher(page).selectOption('mk');
  await expect(page).toHaveURL(/\/mk\/jurisdictions\/AL\?period=2024-H2$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Албанија' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'mk');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Албанија' })).toBeVisible();
  await expect(switcher(page)).toHaveValue('mk');
  // The choice is remembered for a visit that starts at /, but a prefixed link always wins.
  await page.goto('/');
  await expect(page).toHaveURL(/\/mk\/$/);
  await page.goto('/sq/about');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sq');
  expect(problems).toEqual([]);
});

test('dates are written in Macedonian, Albanian and Bosnian even where the browser has no data for them', async ({ page, problems }) => {
  // Debian's Chromium writes English months for mk and sq and "M07" for bs; the dashboard brings its own.
  const cases: [string, RegExp][] = [
    ['mk', /\d{1,2} (јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|декември) \d{4} г\./],
    ['sq', /\d{1,2} (janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor) \d{4}/],
    ['bs', /\d{1,2}\. (januar|februar|mart|april|maj|juni|juli|august|septembar|oktobar|novembar|decembar) \d{4}\./],
  ];
  for (const [locale, date] of cases) {
    await page.goto(`/${locale}/jurisdictions/AL`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByText(date).first(), locale).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\bM\d{2}\b/);
  }
  expect(problems).toEqual([]);
});

test('figures are written in Macedonian, Albanian and Bosnian even where the browser has no number data for them', async ({ page, problems }) => {
  // Debian's Chromium writes "3,469" for mk and sq; CLDR has "3.469" in mk and bs, and "3469" in sq
  // (which groups from five digits).
  const release = (await (await page.request.get('http://127.0.0.1:4011/api/v1/release.json')).json()) as { counts: { statusUpdates: number } };
  expect(release.counts.statusUpdates).toBeGreaterThanOrEqual(1000);
  expect(release.counts.statusUpdates).toBeLessThan(10000);
  const digits = String(release.counts.statusUpdates);
  const cases: [string, string][] = [
    ['mk', `${digits.slice(0, 1)}.${digits.slice(1)}`],
    ['bs', `${digits.slice(0, 1)}.${digits.slice(1)}`],
    ['sq', digits],
  ];
  for (const [locale, written] of cases) {
    await page.goto(`/${locale}/about`);
    const main = page.getByRole('main');
    await expect(main.getByText(new RegExp(`(^|[^\\d.,])${written.replace('.', '\\.')}([^\\d.,]|$)`)).first(), locale).toBeVisible();
    await expect(main).not.toContainText(`${digits.slice(0, 1)},${digits.slice(1)}`);
  }
  expect(problems).toEqual([]);
});

test('lists in a sentence are joined with the page language’s “and” even where the browser has no list data for it', async ({ page, problems }) => {
  // The jurisdiction's indicators takeaway joins its groups ("3 …, 2 … and 1 …"); Debian's Chromium
  // has no list patterns for mk and sq and would write the English ", and".
  for (const [locale, start, and] of [
    ['mk', 'Од ', ' и '],
    ['sq', 'Nga ', ' dhe '],
  ] as const) {
    await page.goto(`/${locale}/jurisdictions/AL`);
    const takeaway = page.getByRole('main').getByText(new RegExp(`^${start}\\d+ `)).first();
    await takeaway.scrollIntoViewIfNeeded();
    await expect(takeaway, locale).toContainText(and);
    await expect(takeaway, locale).not.toContainText(/,? and /);
  }
  expect(problems).toEqual([]);
});

const ROUTES = ['/', '/jurisdictions/XK', '/pillars/aml-framework', '/indicators/str-received', '/commitments/AL-1-01', '/about', '/present', '/embed/overview-status'];

for (const locale of ['mk', 'sq']) {
  test(`every route passes axe in ${locale}`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const route of ROUTES) {
      await page.goto(`/${locale}${route}`);
      await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('heading', { level: 2 })).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await drawCharts(page);
      expect(await axeViolations(page), `${locale}${route}`).toEqual([]);
    }
  });
}

for (const locale of ['sq', 'mk', 'sr-Cyrl', 'bs']) {
  test(`no sideways scrolling at 320 px in ${locale}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const route of ['/', '/jurisdictions/BA', '/indicators/str-received', '/about']) {
      await page.goto(`/${locale}${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await drawCharts(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale}${route}`).toBeLessThanOrEqual(0);
    }
  });
}

test('a CSV and an SVG export in Serbian Cyrillic carry Cyrillic headers and labels', async ({ page, problems }) => {
  await page.goto('/sr-Cyrl/');
  const frame = page.locator('figure', { has: page.getByRole('heading', { name: 'Обавезе по статусу' }) });
  await frame.scrollIntoViewIfNeeded();
  const [csv] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /CSV/ }).click()]);
  const text = await readFile((await csv.path())!, 'utf8');
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
  expect(header).toContain('Јурисдикција');
  expect(text).toContain('Албанија');
  await expect(frame.locator('svg.recharts-surface').first()).toBeVisible();
  const [svg] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /SVG/ }).click()]);
  const image = await readFile((await svg.path())!, 'utf8');
  expect(image).toContain('<title>Обавезе по статусу</title>');
  expect(image).toContain('Албанија');
  expect(problems).toEqual([]);
});

/** Exports the PNG of the chart frame headed `heading`; returns the export font files the page asked for. */
async function exportPng(page: Page, heading: string): Promise<Set<string>> {
  const fonts = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    const name = url.pathname.split('/').pop() ?? '';
    // The font files themselves (the dev server also serves each file's URL as a module, with a query).
    if (name.startsWith('noto-sans-') && url.search === '') fonts.add(name.replace(/-[\w-]{8}\.woff2$/, '.woff2'));
  });
  const frame = page.locator('figure', { has: page.getByRole('heading', { name: heading }) });
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator('svg.recharts-surface').first()).toBeVisible();
  const [png] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /PNG/ }).click()]);
  const bytes = await readFile((await png.path())!);
  // A PNG file, and not an empty one.
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(10_000);
  return fonts;
}

test('a PNG export in Serbian Cyrillic embeds the Latin and Cyrillic subsets of its font', async ({ page, problems }) => {
  await page.goto('/sr-Cyrl/');
  const fonts = await exportPng(page, 'Обавезе по статусу');
  expect([...fonts].sort()).toEqual([
    'noto-sans-cyrillic-400-normal.woff2',
    'noto-sans-cyrillic-700-normal.woff2',
    'noto-sans-latin-400-normal.woff2',
    'noto-sans-latin-700-normal.woff2',
  ]);
  expect(problems).toEqual([]);
});

test('a PNG export in English embeds the Latin subset only', async ({ page, problems }) => {
  await page.goto('/');
  const fonts = await exportPng(page, 'Commitments by status');
  expect([...fonts].sort()).toEqual(['noto-sans-latin-400-normal.woff2', 'noto-sans-latin-700-normal.woff2']);
  expect(problems).toEqual([]);
});
