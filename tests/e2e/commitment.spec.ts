import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

interface EvidenceItem {
  title: string;
  url: string | null;
}
interface Detail {
  id: string;
  title: string;
  evidence: EvidenceItem[];
}

/**
 * The first commitment of a jurisdiction whose evidence matches, asked of the mock API from inside
 * the page (the service worker answers there).
 */
async function findCommitment(page: Page, jurisdiction: string, kind: 'javascript' | 'https'): Promise<Detail> {
  const found = await page.evaluate(
    async ({ jurisdiction, kind }) => {
      const list = (await (await fetch(`/api/v1/jurisdictions/${jurisdiction}/commitments.json`)).json()) as { items: { id: string }[] };
      for (const item of list.items) {
        const detail = (await (await fetch(`/api/v1/commitments/${item.id}.json`)).json()) as Detail;
        if (detail.evidence.some((e) => (kind === 'javascript' ? e.url?.startsWith('javascript:') : e.url?.startsWith('https://')))) return detail;
      }
      return null;
    },
    { jurisdiction, kind },
  );
  expect(found).not.toBeNull();
  return found as Detail;
}

test('a commitment opened from its URL shows its facts, timeline and linked evidence, and passes axe', async ({ page, problems }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About this dashboard' })).toBeVisible();
  const commitment = await findCommitment(page, 'AL', 'https');

  await page.goto(`/commitments/${commitment.id}`);
  await expect(page.getByRole('heading', { level: 1, name: commitment.title })).toBeVisible();
  await expect(page).toHaveTitle(`${commitment.title} · Roadmap Monitor`);
  await expect(page.getByRole('table', { name: /Status at the end of each period/ })).toBeVisible();

  const evidence = page.getByRole('region', { name: 'Evidence and sources' });
  const https = commitment.evidence.find((e) => e.url?.startsWith('https://'))!;
  const link = evidence.locator(`a[href="${https.url}"]`);
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toContainText(https.title);

  // Links to the jurisdiction and the pillar.
  await expect(page.getByRole('link', { name: 'Albania' }).first()).toHaveAttribute('href', '/jurisdictions/AL');
  expect(await axeViolations(page)).toEqual([]);

  // The period survives a reload and the timeline ends there.
  await page.getByRole('combobox', { name: 'Period' }).selectOption('2025-H1');
  await expect(page).toHaveURL(new RegExp(`/commitments/${commitment.id}\\?period=2025-H1$`));
  await page.reload();
  await expect(page.getByRole('table', { name: /Status at the end of each period/ }).getByRole('rowheader').last()).toHaveText('H1 2025');
  expect(problems).toEqual([]);
});

test('a javascript: evidence address is shown as text, never as a link', async ({ page, problems }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About this dashboard' })).toBeVisible();
  const commitment = await findCommitment(page, 'ME', 'javascript');
  const unsafe = commitment.evidence.find((e) => e.url?.startsWith('javascript:'))!;

  await page.goto(`/commitments/${commitment.id}`);
  const evidence = page.getByRole('region', { name: 'Evidence and sources' });
  const item = evidence.getByRole('listitem').filter({ hasText: unsafe.title });
  await expect(item).toContainText('Link not shown');
  await expect(item.getByRole('link')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('at 320 px the commitment page does not scroll sideways', async ({ page, problems }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About this dashboard' })).toBeVisible();
  const commitment = await findCommitment(page, 'XK', 'https');
  await page.goto(`/commitments/${commitment.id}`);
  await expect(page.getByRole('table', { name: /Status at the end of each period/ })).toBeVisible();
  await expect(page.getByText(/This designation is without prejudice/)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});

test('unknown and malformed commitment ids show not-found with a way back', async ({ page, problems }) => {
  await page.goto('/commitments/AL-99-99');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('There is no commitment with the id “AL-99-99”.')).toBeVisible();
  await page.goto('/commitments/not-an-id');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the regional overview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regional overview' })).toBeVisible();
  // The unknown id is a 404 answer from the API, which the browser reports in the console.
  expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
});
