import { defineConfig, devices } from '@playwright/test';

const DEV_PORT = 5173;
/** The production build is served by `vite preview` and talks to the standalone mock API over HTTP. */
const PREVIEW_PORT = 4174;
const MOCK_API_PORT = 4011;
/** The offline demo build (service worker + mock API inside), served by `vite preview --mode demo`. */
const DEMO_PORT = 4176;
/** A site written by `npm run site` from a test workbook, served by a plain static file server. */
const SITE_PORT = 4190;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
};

/**
 * Browser tests run in Debian's Chromium (/usr/bin/chromium, or CHROME_PATH):
 * - "dev": the dev server, where the msw service worker answers the API;
 * - "production": the production build (no msw inside) behind `vite preview`, with its
 *   Content-Security-Policy, against the same handlers run as a standalone HTTP API.
 * - "site": a site written by `npm run site` from a test workbook, on a plain static file server;
 * - "demo": the offline demo build (msw and the dataset inside, cached by its service worker).
 * `npm run test:e2e` builds both first, so these projects test the current code.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'dev',
      testIgnore: /\.(prod|demo|site)\.spec\.ts$/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${DEV_PORT}` },
    },
    {
      name: 'production',
      testMatch: /\.prod\.spec\.ts$/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${PREVIEW_PORT}` },
    },
    {
      name: 'site',
      testMatch: /\.site\.spec\.ts$/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      name: 'demo',
      testMatch: /\.demo\.spec\.ts$/,
      // Service workers register on localhost origins.
      use: { ...chromium, baseURL: `http://localhost:${DEMO_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx tsx tests/e2e/site-fixture.ts && node scripts/serve-static.mjs reports/e2e-site ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/api/v1/roadmap.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx mocks/server.ts`,
      url: `http://127.0.0.1:${MOCK_API_PORT}/api/v1/roadmap.json`,
      env: { MOCK_API_PORT: String(MOCK_API_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --port ${PREVIEW_PORT} --strictPort`,
      url: `http://127.0.0.1:${PREVIEW_PORT}`,
      env: { MOCK_API_PORT: String(MOCK_API_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --mode demo --port ${DEMO_PORT} --strictPort --host localhost`,
      url: `http://localhost:${DEMO_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
