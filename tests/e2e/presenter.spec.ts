import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** The standalone mock API that playwright.config.ts starts (same handlers as the service worker). */
const MOCK_API = 'http://127.0.0.1:4011/api/v1';

const STATUS_TITLE = 'Commitments by status in each jurisdiction';
const TREND_TITLE = 'Completed share over time';

let indicator: { id: string; name: string };

test.beforeAll(async ({ request }) => {
  const body = (await (await request.get(`${MOCK_API}/indicators.json`)).json()) as { items: { id: string; name: string }[] };
  indicator = body.items[0]!;
});

function counter(page: Page) {
  return page.getByRole('navigation', { name: 'Slide controls' }).locator('[aria-live="polite"]');
}

async function expectSlide(page: Page, n: number, title: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(counter(page)).toHaveText(`${n} / 3`);
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}$`));
}

test('a deck opened from a link steps through its slides with the keys and survives a reload', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/present?slides=overview-status,overview-trend,indicator~${indicator.id}&slide=1`);
  await expectSlide(page, 1, STATUS_TITLE);
  await expect(page.locator('.slide .recharts-bar-rectangle').first()).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, TREND_TITLE);
  await expect(page.locator('.slide .recharts-line-curve').first()).toBeVisible();
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3, indicator.name);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3, indicator.name);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 2, TREND_TITLE);
  await page.keyboard.press('Home');
  await expectSlide(page, 1, STATUS_TITLE);
  await page.keyboard.press('End');
  await expectSlide(page, 3, indicator.name);
  await expect(page).toHaveTitle(`Slide 3 of 3: ${indicator.name} · Roadmap Monitor`);

  await page.reload();
  await expectSlide(page, 3, indicator.name);
  expect(problems).toEqual([]);
});

test('F asks for full screen on the presenter, Escape leaves full screen and then the deck', async ({ page, problems }) => {
  await page.goto('/present?slides=overview-status,overview-grid,overview-trend&slide=2');
  await expect(counter(page)).toHaveText('2 / 3');
  await page.keyboard.press('f');
  // Headless browsers may refuse full screen: then the deck says so and carries on.
  await expect
    .poll(async () => page.evaluate(() => (document.fullscreenElement ? 'on' : document.querySelector('.slide-controls-note')?.textContent ? 'refused' : 'waiting')))
    .not.toBe('waiting');
  const fullscreenClass = await page.evaluate(() => document.fullscreenElement?.className ?? null);
  if (fullscreenClass !== null) {
    expect(fullscreenClass).toContain('presenter');
    await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await expect(counter(page)).toHaveText('2 / 3');
    await expect(page).toHaveURL(/slide=2$/);
    // Let the grace period after leaving full screen pass.
    await page.waitForTimeout(500);
  } else {
    await expect(page.getByText('Full screen is not available in this browser.')).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Presentation' })).toBeVisible();
  await expect(page).toHaveURL(/\/present\?slides=overview-status,overview-grid,overview-trend$/);
  expect(problems).toEqual([]);
});

test('a chart added on the overview page shows up in the presentation', async ({ page, problems }) => {
  await page.goto('/');
  const frame = page.getByRole('figure', { name: 'Commitments by status' });
  await frame.getByRole('button', { name: 'Add to presentation' }).click();
  await expect(frame.getByRole('button', { name: /In presentation/ })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/present');
  await expect(page.getByRole('heading', { level: 1, name: 'Presentation' })).toBeVisible();
  const items = page.getByRole('list').first().getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole('link')).toHaveText(STATUS_TITLE);
  await page.getByRole('button', { name: 'Start presentation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: STATUS_TITLE })).toBeVisible();
  await expect(counter(page)).toHaveText('1 / 1');
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the deck overview and a slide have no axe violations in the ${theme} theme`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/present?slides=overview-status,overview-grid,overview-trend');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toBeVisible();
    if (theme === 'dark') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', String(theme === 'dark'));
    await expect(page.getByRole('list').first().getByRole('link')).toHaveCount(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start presentation' }).click();
    await expect(page.locator('.slide .recharts-bar-rectangle').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('table', { name: /Completed share by jurisdiction and pillar/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`presenter-grid-${theme}-1920.png`) });
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.slide .recharts-line-curve').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('at 1920x1080 a slide is sized for the back of the room', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?slides=overview-status&slide=1');
  await expect(page.locator('.slide .recharts-bar-rectangle').first()).toBeVisible();
  const sizes = await page.evaluate(() => {
    const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    return { title: px('.slide h1'), period: px('.slide-period'), takeaway: px('.slide-takeaway'), notes: px('.slide-notes p'), footnote: px('.slide-footnote') };
  });
  expect(sizes.title).toBeGreaterThanOrEqual(48);
  for (const body of [sizes.period, sizes.takeaway, sizes.notes, sizes.footnote]) expect(body).toBeGreaterThanOrEqual(28);
  // The chart is enlarged as a whole: its labels read at 28 px or more, its bar gaps and lines grow with it.
  const chartText = await page.locator('.slide .recharts-cartesian-axis-tick-value').first().evaluate((el) => el.getBoundingClientRect().height);
  expect(chartText).toBeGreaterThanOrEqual(28);
  // Everything fits on the screen without scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('presenter-status-1920.png') });
  expect(problems).toEqual([]);
});

test('at 320 px the deck overview and a slide do not scroll sideways', async ({ page, problems }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/present?slides=overview-status,overview-grid', '/present?slides=overview-status,overview-grid&slide=2']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: test.info().outputPath('presenter-grid-320.png'), fullPage: true });
  expect(problems).toEqual([]);
});
