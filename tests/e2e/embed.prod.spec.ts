import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Embeds on the production build (vite preview with the production CSP): another site can frame
 * /embed/* pages, and no other page.
 */
let partner: Server;
let partnerOrigin = '';
let framed = '';

// A partner site on another origin (another port) whose page frames the given dashboard URL.
test.beforeAll(async () => {
  partner = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><title>Partner</title><h1>Partner site</h1><iframe src="${framed}" title="Embedded chart" width="640" height="720"></iframe>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

async function hostPage(page: Page, src: string) {
  framed = src;
  await page.goto(`${partnerOrigin}/`);
}

test('an embed renders inside an iframe on another origin, without CSP violations', async ({ page, baseURL, problems }) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.request.get(`${baseURL}/embed/overview-status`);
  expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
  await hostPage(page, `${baseURL}/embed/overview-status`);
  const frame = page.frameLocator('iframe[title="Embedded chart"]');
  await expect(frame.getByRole('heading', { name: 'Commitments by status' })).toBeVisible();
  await expect(frame.getByText(/has completed the largest share/)).toBeVisible();
  await expect(frame.getByRole('link', { name: /Full view in Roadmap Monitor/ })).toBeVisible();
  await expect(frame.getByText('Illustrative data', { exact: true })).toBeVisible();
  // No site header inside the embed.
  await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const inner = page.frames().find((f) => f.url().includes('/embed/'));
  expect(inner).toBeDefined();
  await inner!.waitForLoadState('networkidle');
  expect(await inner!.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a normal page refuses to be framed by another site', async ({ page, baseURL }) => {
  const response = await page.request.get(`${baseURL}/jurisdictions/AL`);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await hostPage(page, `${baseURL}/jurisdictions/AL`);
  await expect(page.getByRole('heading', { name: 'Partner site' })).toBeVisible();
  const frame = page.frameLocator('iframe[title="Embedded chart"]');
  // The browser blocks the frame (it shows its error page): the dashboard never renders inside it.
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://'))).toBe(true);
  await expect(frame.getByRole('heading', { name: 'Albania' })).toHaveCount(0);
});
