import { expect, test } from './fixtures';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

const ROUTES = ['/', '/jurisdictions/XK', '/about', '/no/such/page'];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
});

for (const route of ROUTES) {
  test(`the production build shows ${route} under its Content-Security-Policy without violations`, async ({ page, problems }) => {
    const response = await page.goto(route);
    // The page states its policy itself; the header says who may frame it, which a <meta> policy cannot.
    expect(response?.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )script-src 'self' 'sha256-[\w+/=]+'(;|$)/);
    expect(csp).toMatch(/(^|; )style-src 'self' 'sha256-[\w+/=]+'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The data arrives over HTTP from the standalone mock API: no service worker in production.
    await expect(page.getByText('Illustrative data').first()).toBeVisible();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('the production build never fetches a mock service worker', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('mockServiceWorker'))).toEqual([]);
  expect(requested.some((path) => path.startsWith('/api/v1/'))).toBe(true);
});
