import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** The page scrolls sideways only when content is wider than the viewport (WCAG 1.4.10 reflow). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('/reporting drills down from a jurisdiction to a missing item, and passes axe', async ({ page, problems }) => {
  await page.goto('/reporting');
  const table = page.getByRole('table', { name: /Reporting completeness per jurisdiction/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /Bosnia and Herzegovina/ })).toContainText('Reported nothing for this period');
  expect(await axeViolations(page)).toEqual([]);

  await table.getByRole('link', { name: 'Show what is missing for Serbia' }).click();
  await expect(page).toHaveURL(/\/reporting\?jurisdiction=RS$/);
  const drill = page.getByRole('region', { name: 'What is missing: Serbia, H1 2026' });
  await expect(drill.getByRole('heading', { level: 2 })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  const missing = drill.getByRole('region', { name: /Commitments without a status update/ }).getByRole('link').first();
  const label = (await missing.textContent()) ?? '';
  const [id, title] = label.split(/: (.*)/s);
  await missing.click();
  await expect(page).toHaveURL(new RegExp(`/commitments/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The period it missed shows as not reported in the commitment's own timeline.
  await expect(page.getByRole('table', { name: /Status at the end of each period/ }).getByRole('row', { name: /H1 2026/ })).toContainText(
    'No report for this period',
  );
  expect(problems).toEqual([]);
});

test('a ?ref= filtered crosswalk view survives a reload, and passes axe', async ({ page, problems }) => {
  await page.goto('/frameworks?framework=fatf-r&ref=FATF-R24');
  const heading = page.getByRole('heading', { level: 2, name: 'R.24: Transparency and beneficial ownership of legal persons' });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('table', { name: /Commitments tagged R\.24/ })).toBeVisible();
  const rows = await page.getByRole('table', { name: /Commitments tagged R\.24/ }).getByRole('row').count();
  expect(rows).toBeGreaterThan(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(page.getByRole('table', { name: /Commitments tagged R\.24/ }).getByRole('row')).toHaveCount(rows);
  await page.getByRole('link', { name: 'All references' }).click();
  await expect(page).toHaveURL(/\/frameworks\?framework=fatf-r$/);
  await expect(page.getByRole('table', { name: /Tagged commitments per reference and jurisdiction/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a ?ref= filtered jurisdiction view survives a reload, and the filter can be taken off', async ({ page, problems }) => {
  await page.goto('/jurisdictions/AL?ref=FATF-R24');
  const notice = page.getByText('Only commitments tagged R.24: Transparency and beneficial ownership of legal persons.');
  await expect(notice).toBeVisible();
  const table = page.getByRole('table', { name: /^Commitments of Albania/ });
  const select = page.getByRole('combobox', { name: 'Framework reference' });
  await expect(select).toHaveValue('FATF-R24');
  // The table arrives after its code (after the first paint): wait for its first row of data.
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const rows = await table.getByRole('row').count();
  expect(rows).toBeGreaterThan(1);
  await page.reload();
  await expect(notice).toBeVisible();
  await expect(select).toHaveValue('FATF-R24');
  await expect(table.getByRole('row')).toHaveCount(rows);
  await select.selectOption('');
  await expect(page).toHaveURL(/\/jurisdictions\/AL$/);
  await expect(notice).toBeHidden();
  await expect(async () => expect(await table.getByRole('row').count()).toBeGreaterThan(rows)).toPass();
  expect(problems).toEqual([]);
});

test('a feed fetched from the mock API parses as Atom and its entries link to pages that exist', async ({ page, problems }) => {
  await page.goto('/reporting');
  await expect(page.getByRole('table', { name: /Reporting completeness per jurisdiction/ })).toBeVisible();
  const feed = await page.evaluate(async () => {
    const response = await fetch('/api/v1/feeds/jurisdictions/AL.atom');
    const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    return {
      type: response.headers.get('content-type'),
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      errors: doc.getElementsByTagName('parsererror').length,
      title: doc.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
      links: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? ''),
    };
  });
  expect(feed.type).toMatch(/^application\/atom\+xml/);
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.errors).toBe(0);
  expect(feed.title).toContain('Albania');
  expect(feed.links.length).toBeGreaterThan(0);
  const commitment = feed.links.find((href) => href.includes('/commitments/'));
  const indicator = feed.links.find((href) => href.includes('/indicators/'));
  for (const href of [commitment, indicator]) {
    expect(href).toBeDefined();
    await page.goto(new URL(href!).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Page not found|Not found/);
  }
  expect(problems).toEqual([]);
});

test('/reporting, /frameworks and a commitment reflow at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  for (const path of ['/reporting?jurisdiction=BA', '/frameworks', '/frameworks?ref=FATF-R24', '/commitments/AL-6-01']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
  }
});
