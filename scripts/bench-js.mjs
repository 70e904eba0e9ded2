/**
 * JavaScript needed per route, gzip (zlib level 9 of each file on disk).
 *
 * - Before any route: the entry script of dist/index.html and its static imports, followed
 *   transitively (rolldown writes them as `import{a as b}from"./x.js"` / `import"./x.js"` at the
 *   top of each chunk), plus the modulepreload links.
 * - Per route: every /assets/*.js file the page requested in a fresh browser context until it was
 *   idle with its <h1> visible (lazy route modules, lazily loaded charts, ...).
 * Both count the scripts that index.html carries inline (the boot script) as one more file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sleep } from './bench-util.mjs';

const gzipCache = new Map();
const rechartsCache = new Map();
/** Class names that only recharts' own modules hold (the app's chart-image code names others). */
const RECHARTS_MARKERS = ['recharts-wrapper', 'recharts-cartesian-axis', 'recharts-tooltip-wrapper', 'recharts-layer', 'recharts-line-curve', 'recharts-bar-rectangle'];

/** Size on disk and gzip -9 size of a built file. */
export function fileSizes(path) {
  if (!gzipCache.has(path)) {
    const buffer = readFileSync(path);
    gzipCache.set(path, { bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });
  }
  return gzipCache.get(path);
}

/** True when the chunk holds recharts (its class names are string literals in the library). */
export function holdsRecharts(path) {
  if (!rechartsCache.has(path)) {
    const text = readFileSync(path, 'utf8');
    rechartsCache.set(path, RECHARTS_MARKERS.some((marker) => text.includes(marker)));
  }
  return rechartsCache.get(path);
}

function attributes(tag) {
  const result = {};
  for (const match of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    result[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return result;
}

/** Entry module script and modulepreload links of the built index.html (paths as in the HTML). */
export function readIndexHtml(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entries = [];
  const preloads = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const a = attributes(tag.slice(7, -1));
    if (a.type === 'module' && a.src) entries.push(a.src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(tag.slice(5, -1));
    if ((a.rel ?? '').split(/\s+/).includes('modulepreload') && a.href) preloads.push(a.href);
  }
  if (entries.length === 0) throw new Error(`${join(outDir, 'index.html')} has no <script type="module" src=...>`);
  return { entries, preloads };
}

/** A URL path from the HTML or the browser ("/assets/x.js") to the file in outDir. */
export function urlPathToFile(outDir, urlPath) {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]).replace(/^\/+/, '');
  return normalize(join(outDir, clean));
}

/** Relative module specifiers a chunk imports statically. */
export function staticImports(code) {
  // The __vite__mapDeps preamble lists dynamic-import dependencies: not static imports.
  const body = code.replace(/^const __vite__mapDeps=.*?\);/s, '');
  const specs = new Set();
  const fromRe = /\bimport\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*(["'])(\.{1,2}\/[^"']+)\1/g;
  const bareRe = /\bimport\s*(["'])(\.{1,2}\/[^"']+)\1/g;
  const reexportRe = /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(["'])(\.{1,2}\/[^"']+)\1/g;
  for (const re of [fromRe, bareRe, reexportRe]) for (const m of body.matchAll(re)) specs.add(m[2]);
  return [...specs];
}

/** The entry chunks and everything they import statically, transitively. */
export function staticClosure(outDir, entryFiles) {
  const seen = new Set();
  const queue = [...entryFiles];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const target = normalize(join(dirname(file), spec));
      if (target.startsWith(normalize(outDir)) && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen];
}

/** The scripts index.html carries in itself (not JSON data), with their sizes, as files of their own. */
export function inlineScripts(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const found = [];
  for (const [, attrs, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const a = attributes(attrs);
    if (a.src || (a.type && a.type !== 'module' && a.type !== 'text/javascript') || !code.trim()) continue;
    const buffer = Buffer.from(code, 'utf8');
    found.push({ file: `index.html <script> ${found.length + 1}`, bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, recharts: false });
  }
  return found;
}

export function describeFiles(outDir, files, { withInline = false } = {}) {
  const list = files
    .filter((file) => existsSync(file) && statSync(file).isFile())
    .map((file) => ({ file: relative(outDir, file), ...fileSizes(file), recharts: holdsRecharts(file) }))
    .concat(withInline ? inlineScripts(outDir) : [])
    .sort((a, b) => b.gzip - a.gzip);
  return {
    files: list,
    count: list.length,
    bytes: list.reduce((sum, f) => sum + f.bytes, 0),
    gzip: list.reduce((sum, f) => sum + f.gzip, 0),
    recharts: list.some((f) => f.recharts),
  };
}

/** JS before any route: entry closure plus modulepreloads, from the built files alone. */
export function entryJs(outDir) {
  const { entries, preloads } = readIndexHtml(outDir);
  const entryFiles = entries.map((src) => urlPathToFile(outDir, src));
  const closure = staticClosure(outDir, entryFiles);
  const preloadFiles = preloads.map((href) => urlPathToFile(outDir, href));
  const all = [...new Set([...closure, ...preloadFiles])];
  const notPreloaded = closure.filter((f) => !entryFiles.includes(f) && !preloadFiles.includes(f)).map((f) => relative(outDir, f));
  const preloadedNotImported = preloadFiles.filter((f) => !closure.includes(f)).map((f) => relative(outDir, f));
  return {
    entries: entryFiles.map((f) => relative(outDir, f)),
    preloads: preloadFiles.map((f) => relative(outDir, f)),
    staticImportsNotPreloaded: notPreloaded,
    preloadedNotStaticallyImported: preloadedNotImported,
    ...describeFiles(outDir, all, { withInline: true }),
  };
}

/**
 * Waits until no request has been in flight for `quietMs` (or `timeoutMs` passed).
 * `tracker` comes from trackRequests().
 */
async function waitForIdle(tracker, { quietMs = 1000, timeoutMs = 20_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (tracker.inFlight <= 0 && Date.now() - tracker.lastActivity >= quietMs) return true;
    await sleep(100);
  }
  return false;
}

function trackRequests(page) {
  const tracker = { inFlight: 0, lastActivity: Date.now() };
  const done = () => {
    tracker.inFlight = Math.max(0, tracker.inFlight - 1);
    tracker.lastActivity = Date.now();
  };
  page.on('request', () => {
    tracker.inFlight += 1;
    tracker.lastActivity = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return tracker;
}

/** Loads `route` in a fresh context and reports the JS files it requested. */
export async function routeJs(browser, { baseUrl, route, outDir, entryFiles }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const origin = new URL(baseUrl).origin;
    const scripts = new Set();
    const notes = [];
    const pageErrors = [];
    const apiRequests = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) return;
      if (/\.m?js$/.test(url.pathname)) scripts.add(url.pathname);
      if (url.pathname.startsWith('/api/')) apiRequests.push(url.pathname + url.search);
    });
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    const tracker = trackRequests(page);

    const started = Date.now();
    const response = await page.goto(baseUrl + route, { waitUntil: 'load', timeout: 30_000 });
    if (!response?.ok()) notes.push(`document answered HTTP ${response?.status() ?? '?'}`);
    await waitForIdle(tracker);
    let h1 = null;
    try {
      await page.locator('h1').first().waitFor({ state: 'visible', timeout: 15_000 });
      h1 = (await page.locator('h1').first().innerText()).trim();
    } catch {
      const count = await page.locator('h1').count().catch(() => 0);
      const text = count > 0 ? ((await page.locator('h1').first().textContent().catch(() => '')) ?? '').trim() : '';
      notes.push(count === 0 ? 'no <h1> within 15 s' : `<h1> not visible within 15 s${text ? '' : ' (it is empty)'}`);
    }
    // Charts and other lazy chunks may load after the data arrived.
    if (!(await waitForIdle(tracker))) notes.push('network not idle after 20 s');
    const elapsedMs = Date.now() - started;

    const files = [...scripts].map((p) => urlPathToFile(outDir, p));
    const missing = files.filter((f) => !existsSync(f)).map((f) => relative(outDir, f));
    if (missing.length > 0) notes.push(`requested JS not in ${outDir}: ${missing.join(', ')}`);
    const all = describeFiles(outDir, files, { withInline: true });
    const routeOnly = describeFiles(
      outDir,
      files.filter((f) => !entryFiles.includes(f)),
    );
    return {
      route,
      url: baseUrl + route,
      h1,
      ...all,
      routeOnly: { count: routeOnly.count, bytes: routeOnly.bytes, gzip: routeOnly.gzip, files: routeOnly.files.map((f) => f.file) },
      apiRequests,
      pageErrors,
      notes,
      elapsedMs,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
