import { writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { BRIEFING_OVERDUE_ROWS } from '../../src/features/jurisdiction/briefing-limits';
import { expect, test } from './fixtures';

/** Page objects in a PDF: "/Type /Page" not followed by "s" (that one is the page tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/** Label and values of each figure in a <dl> of figures, e.g. ["Overdue", "27"]. */
function figures(list: Locator): Promise<string[][]> {
  return list.evaluate((dl) =>
    [...dl.children].map((group) => [...group.children].map((child) => (child.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

async function openProfile(page: Page, path: string, name: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Commitments of / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Headline figures' }).getByRole('definition').first()).toBeVisible();
}

const CASES = [
  { code: 'BA', path: '/jurisdictions/BA', name: 'Bosnia and Herzegovina', footnote: false },
  { code: 'XK', path: '/jurisdictions/XK', name: 'Kosovo*', footnote: true },
  { code: 'BA', path: '/jurisdictions/BA?scenario=large', name: 'Bosnia and Herzegovina', footnote: false },
] as const;

for (const c of CASES) {
  test(`printing ${c.path} gives a one-page A4 briefing with the page's figures and no controls`, async ({ page, problems }, testInfo) => {
    await openProfile(page, c.path, c.name);
    const onScreen = await figures(page.getByRole('region', { name: 'Headline figures' }).locator('dl'));
    // Completed share, commitments, overdue, due in the next six months, deadlines moved in the period.
    expect(onScreen).toHaveLength(5);
    const briefing = page.getByRole('article', { name: 'Printable briefing' });
    await expect(page.getByRole('button', { name: 'Print briefing' })).toBeVisible();
    await expect(briefing).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(briefing).toBeVisible();
    await expect(briefing.getByRole('heading', { level: 1, name: `${c.name} — roadmap briefing` })).toBeVisible();
    // No navigation, buttons, tabs, skip link, notices of the screen or tester panel.
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.locator('button:visible, [role="tab"]:visible, select:visible, input:visible, a:visible')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: c.name, exact: true })).toBeHidden();
    for (const chrome of await page.locator('.site-header, .site-footer, .tester-panel, .skip-link').all()) await expect(chrome).toBeHidden();

    // The key figures are the screen's.
    const printed = await figures(briefing.getByRole('region', { name: 'Key figures' }).locator('dl'));
    expect(printed).toEqual(onScreen);
    await expect(briefing.getByRole('region', { name: 'Progress by pillar' }).getByRole('row')).toHaveCount(9);
    await expect(briefing.getByText(/^Period shown: H\d \d{4} \(\w+–\w+ \d{4}\)\. Data as of \d+ \w+ \d{4}\.$/)).toBeVisible();
    await expect(briefing.getByText(/^Illustrative data:/)).toBeVisible();
    await expect(briefing.getByText(/^Commitments, their status and deadlines: /)).toBeVisible();
    const origin = new URL(page.url()).origin;
    await expect(briefing.getByText(`Live version: ${origin}/jurisdictions/${c.code}?period=`, { exact: false })).toBeVisible();

    // The overdue list: the oldest ones, then how many more and where the full list is.
    const overdueText = onScreen.find(([label]) => label === 'Overdue')?.[1] ?? '';
    const overdue = Number(overdueText.replace(/,/g, ''));
    expect(overdue).toBeGreaterThan(BRIEFING_OVERDUE_ROWS);
    const overdueSection = briefing.getByRole('region', { name: `Overdue commitments: ${overdueText}, oldest deadline first` });
    await expect(overdueSection.getByRole('row')).toHaveCount(BRIEFING_OVERDUE_ROWS + 1);
    const more = overdueSection.getByText(/^… and [\d,]+ more — full list at /);
    await expect(more).toBeVisible();
    await expect(more).toContainText(`${(overdue - BRIEFING_OVERDUE_ROWS).toLocaleString('en')} more`);
    await expect(more).toContainText(`${origin}/jurisdictions/${c.code}?period=`);
    await expect(more).toContainText('overdue=1');
    if (c.footnote) await expect(briefing.getByText(/This designation is without prejudice to positions on status/)).toBeVisible();

    // Exactly one A4 page.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(testInfo.outputPath('briefing.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBe(1);
    expect(problems).toEqual([]);
  });
}

test('the Print briefing button opens the browser’s print dialog', async ({ page, problems }) => {
  await openProfile(page, '/jurisdictions/AL', 'Albania');
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print briefing' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  expect(problems).toEqual([]);
});

test('every jurisdiction’s briefing fits one A4 page, with the illustrative data and with the large dataset', async ({ browser }) => {
  test.setTimeout(180_000);
  for (const scenario of ['', '?scenario=large']) {
    for (const code of ['AL', 'BA', 'XK', 'ME', 'MK', 'RS']) {
      // A fresh context each time: the mock scenario is remembered for the session.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`/jurisdictions/${code}${scenario}`);
      await expect(page.getByRole('table', { name: /^Commitments of / })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('article', { name: 'Printable briefing' }).getByRole('region', { name: 'Key figures' })).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdfPageCount(pdf), `${code}${scenario}`).toBe(1);
      await context.close();
    }
  }
});
