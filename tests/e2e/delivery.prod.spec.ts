import { expect, test } from './fixtures';

/** How the production build reaches the browser: compression, the preloaded roadmap, code split by need. */

test('scripts, styles and API responses arrive compressed', async ({ page }) => {
  const encodings = new Map<string, string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    encodings.set(path, response.headers()['content-encoding'] ?? 'none');
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Regional overview' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const assets = [...encodings].filter(([path]) => /^\/assets\/.+\.(js|css)$/.test(path));
  expect(assets.length).toBeGreaterThan(1);
  for (const [path, encoding] of assets) expect(encoding, path).toBe('br');
  expect(['br', 'gzip']).toContain(encodings.get('/api/v1/progress'));
});

test('the roadmap is requested once, from the HTML, and the app uses that response', async ({ page, problems }) => {
  const roadmapRequests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/roadmap') roadmapRequests.push(request.resourceType());
  });
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto('/jurisdictions/AL');
  await expect(page.getByText(/The roadmap as it stood at the end of H\d \d{4}/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(roadmapRequests).toHaveLength(1);
  // Chromium warns when a preloaded response goes unused.
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  expect(problems).toEqual([]);
});

test('the overview loads no chart, table or CSV code until a reader needs it', async ({ page, problems }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByText('Due in the next six months')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The boot script, the entry, the screen and the modules shared by screens; nothing else.
  expect(scripts.map((path) => path.replace(/-[\w-]{8}\.js$/, '.js')).sort()).toEqual(['/assets/boot.js', '/assets/index.js', '/assets/route.js', '/assets/screens.js']);
  expect(problems).toEqual([]);
});

for (const path of ['/', '/jurisdictions/XK', '/indicators/str-received', '/pillars/financial-intelligence?period=2025-H2', '/commitments/AL-1-01', '/about']) {
  test(`${path} preloads its code and first data once, and uses every preload`, async ({ page, problems }) => {
    const api: string[] = [];
    const warnings: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/v1/')) api.push(`${url.pathname}${url.search}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('link[rel="modulepreload"]').count()).toBeGreaterThan(0);
    expect(api.filter((url, index) => api.indexOf(url) !== index)).toEqual([]);
    // Chromium warns a few seconds after load when a preloaded response goes unused.
    await page.waitForTimeout(3500);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(problems).toEqual([]);
  });
}
