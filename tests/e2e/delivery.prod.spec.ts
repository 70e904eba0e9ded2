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
  expect(['br', 'gzip']).toContain(encodings.get('/api/v1/progress.json'));
});

test('the roadmap is requested once, preloaded by the boot script, and the app uses that response', async ({ page, problems }) => {
  const roadmapRequests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/roadmap.json') roadmapRequests.push(request.resourceType());
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
  // The entry (with the modules the overview shares with other screens) and the screen; nothing
  // else (the boot script is in the page).
  expect(scripts.map((path) => path.replace(/-[\w-]{8}\.js$/, '.js')).sort()).toEqual(['/assets/index.js', '/assets/screen-overview.js']);
  expect(problems).toEqual([]);
});

test('the page carries its boot script, style sheet, icon and policy: the first requests are the app and what the boot script preloads', async ({ page, request }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
  await page.goto('/jurisdictions/AL');
  await expect(page.getByRole('heading', { level: 1, name: 'Albania' })).toBeVisible();
  // No style sheet, icon or boot script file.
  expect(requested.filter((r) => /^(stylesheet|image) |boot/.test(r))).toEqual([]);
  const html = await (await request.get('/jurisdictions/AL')).text();
  // Scripts in the page itself, the JSON lists aside.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(inline).toHaveLength(1);
  const boot = inline[0]!;
  // It runs as the page is read: it imports nothing, and comes after the lists it reads.
  expect(boot).not.toMatch(/\bimport\b/);
  expect(html.indexOf('id="screen-assets"')).toBeLessThan(html.indexOf(boot));
  expect(html.indexOf('id="catalogue-assets"')).toBeLessThan(html.indexOf(boot));
  // It carries no copy of the route table: the build writes the router's paths into the page.
  expect(boot).not.toContain('/jurisdictions/:code');
  const screens = JSON.parse(await page.locator('#screen-assets').textContent() ?? '{}') as Record<string, { path: string; files: string[] }>;
  expect(screens.jurisdiction?.path).toBe('/jurisdictions/:code');
  // The policy is the page's first element after its character set, and allows the inline script and style by hash alone.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
  const hash = await page.evaluate(async (text) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return btoa(String.fromCharCode(...new Uint8Array(digest)));
  }, boot);
  expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
  expect(policy).not.toContain('unsafe-inline');
});

test('the jurisdiction screen asks for its lower sections, their data and the table code only after its headline has painted', async ({ page, problems }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/-[\w-]{8}\.js$/, '.js'));
  });
  // The frame in which the page's "as it stood" paragraph is first drawn.
  await page.addInitScript(() => {
    const seen = { headlineFrameAt: null as number | null };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver((_, observer) => {
      if (!/The roadmap as it stood/.test(document.body?.textContent ?? '')) return;
      observer.disconnect();
      requestAnimationFrame((at) => {
        seen.headlineFrameAt = at;
      });
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/jurisdictions/AL');
  await expect(page.getByRole('table', { name: /^Commitments of Albania/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Indicators' }).getByText(/^Of \d+ indicators/)).toBeVisible();
  const { headlineAt, later } = await page.evaluate(() => {
    const startOf = (pattern: RegExp) => performance.getEntriesByType('resource').find((entry) => pattern.test(entry.name))?.startTime ?? null;
    return {
      headlineAt: (window as unknown as { __seen: { headlineFrameAt: number | null } }).__seen.headlineFrameAt,
      later: {
        tableCode: startOf(/\/assets\/data-table-/),
        sectionsCode: startOf(/\/assets\/sections-/),
        indicators: startOf(/\/api\/v1\/jurisdictions\/AL\/indicators\.json$/),
      },
    };
  });
  expect(headlineAt).not.toBeNull();
  for (const [what, at] of Object.entries(later)) {
    expect(at, what).not.toBeNull();
    expect(at!, what).toBeGreaterThan(headlineAt!);
  }
  expect(scripts.filter((path) => path === '/assets/data-table.js')).toHaveLength(1);
  expect(problems).toEqual([]);
});

for (const path of ['/', '/jurisdictions/XK', '/indicators/str-received', '/pillars/financial-intelligence?period=2025-H2', '/commitments/AL-1-01', '/about', '/mk/jurisdictions/AL', '/cnr/', '/sr-Latn/pillars/financial-intelligence']) {
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

test('in another language the boot script preloads that language\'s catalogue file for the screen, and the app uses it', async ({ page, problems }) => {
  const preloaded: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/mk/jurisdictions/AL');
  await expect(page.getByRole('heading', { level: 1, name: 'Албанија' })).toBeVisible();
  const catalogues = JSON.parse((await page.locator('#catalogue-assets').textContent()) ?? '{}') as Record<string, string[]>;
  for (const href of await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))) preloaded.push(href);
  expect(catalogues.mk).toHaveLength(1);
  const file = catalogues.mk![0]!;
  expect(preloaded).toContain(file);
  // A language's catalogues are one file: the screen waits for one file of strings, not one per
  // catalogue, and the app uses the preloaded one, once.
  const catalogueFiles = new Set(Object.values(catalogues).flat());
  expect(scripts.filter((s) => catalogueFiles.has(s))).toEqual([file]);
  // Its strings are on screen: the jurisdiction screen's own and the shared ones, in Macedonian.
  await expect(page.getByRole('navigation', { name: 'Главна навигација' })).toBeVisible();
  await expect(page.getByText(/Патоказот каков што беше на крајот на/)).toBeVisible();
  expect(problems).toEqual([]);
});
