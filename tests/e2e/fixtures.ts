import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Console errors and uncaught page errors seen during a test; each test asserts on them. */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // A failed resource names itself only in the message's location: keep it, to know which one.
      const url = /^Failed to load resource/.test(message.text()) ? message.location().url : '';
      problems.push(`console: ${message.text()}${url ? ` (${url})` : ''}`);
    });
    await use(problems);
  },
});

export { expect };

/** Runs axe with the WCAG 2.2 AA rule sets and returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/**
 * Scrolls chart frames into view, as a reader would, so that their charts are drawn (a chart is
 * drawn when its frame comes into view), then back to the top. With names, waits for each of
 * those figures; without, takes the frames on the page now.
 */
export async function drawCharts(page: Page, names?: readonly (string | RegExp)[]): Promise<void> {
  const panels = names ? names.map((name) => page.getByRole('figure', { name, exact: typeof name === 'string' }).getByRole('tabpanel')) : await page.getByRole('tabpanel').all();
  for (const panel of panels) {
    await panel.scrollIntoViewIfNeeded();
    if ((await panel.getAttribute('data-chart')) !== null) await expect(panel).toHaveAttribute('data-chart', 'drawn');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
