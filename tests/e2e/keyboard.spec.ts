/**
 * A keyboard-only walk through the main flows: skip link, header navigation, chart/table tabs,
 * commitment search and a commitment's page, with a visible focus indicator at every step.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string; role: string }) => boolean, max = 120) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const labelled = a?.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent : null;
      return {
        tag: a?.tagName.toLowerCase() ?? '',
        text: (a?.textContent ?? '').trim(),
        label: a?.getAttribute('aria-label') ?? labelled ?? '',
        role: a?.getAttribute('role') ?? '',
      };
    });
    if (matches(el)) return;
  }
  throw new Error('the element was not reached with Tab');
}

/** The focused element shows a focus indicator (outline or box shadow). */
async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(style.outline !== 'none' && style.width >= 2 ? true : style.shadow !== 'none').toBe(true);
}

test('keyboard only: from the overview to a commitment', async ({ page, problems }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Regional overview' })).toBeVisible();

  // The skip link is the first stop and moves focus to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Chart/table tabs: arrow keys switch the view.
  await tabTo(page, (el) => el.role === 'tab' && el.text === 'Chart');
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/tables=status/);
  await expect(page.getByRole('table', { name: /Commitments by status/ })).toBeVisible();

  // Header navigation to a jurisdiction.
  await page.keyboard.press('Shift+Tab');
  await page.goto('/?tables=status');
  await tabTo(page, (el) => el.tag === 'a' && el.text.startsWith('BA'));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/jurisdictions\/BA$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bosnia and Herzegovina' })).toBeVisible();

  // Search the commitments, then open the first result.
  await tabTo(page, (el) => el.label.startsWith('Search title'));
  await expectVisibleFocus(page);
  await page.keyboard.type('register');
  await expect(page).toHaveURL(/q=register/);
  const firstLink = page.getByRole('table', { name: /Commitments of Bosnia/ }).getByRole('link').first();
  const title = (await firstLink.textContent()) ?? '';
  await tabTo(page, (el) => el.tag === 'a' && el.text === title.trim());
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/commitments\/BA-\d+-\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title.trim().slice(0, 20));

  // Back returns to the filtered list.
  await page.goBack();
  await expect(page).toHaveURL(/q=register/);
  expect(problems).toEqual([]);
});
