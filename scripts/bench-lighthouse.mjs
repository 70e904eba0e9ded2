/**
 * Lighthouse (performance category only), programmatic: a fresh headless Chromium per run, as the
 * CLI does. Mobile = Lighthouse's default config (simulated slow 4G, 4x CPU slowdown, phone
 * screen); desktop = its desktop preset.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { addCloser, checkNotStopping, isStopping, median, max, min, trackGroup } from './bench-util.mjs';

const require = createRequire(import.meta.url);

export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

export function lighthouseVersion() {
  try {
    return JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

let modules;
async function load() {
  if (!modules) {
    const lh = await import('lighthouse');
    const launcher = await import('chrome-launcher');
    modules = { lighthouse: lh.default, desktopConfig: lh.desktopConfig, launch: launcher.launch };
  }
  return modules;
}

/** One Lighthouse run; never throws: failures come back as { error }. */
export async function runLighthouse(url, { preset, chromePath }) {
  const started = Date.now();
  let chrome;
  let removeCloser = () => undefined;
  try {
    const { lighthouse, desktopConfig, launch } = await load();
    checkNotStopping();
    chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: 'silent' });
    const pid = chrome.pid;
    const untrack = trackGroup(pid);
    const removeKill = addCloser(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // gone
      }
    });
    removeCloser = () => {
      removeKill();
      untrack();
    };
    checkNotStopping();
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) return { error: 'Lighthouse returned no result', ms: Date.now() - started };
    const run = {
      score: lhr.categories.performance?.score === null || lhr.categories.performance?.score === undefined ? null : Math.round(lhr.categories.performance.score * 100),
      ms: Date.now() - started,
      finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl,
      userAgent: lhr.environment?.hostUserAgent,
      warnings: lhr.runWarnings ?? [],
    };
    for (const [key, id] of Object.entries(METRICS)) run[key] = lhr.audits[id]?.numericValue ?? null;
    if (lhr.runtimeError) run.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    return run;
  } catch (error) {
    if (isStopping()) throw error;
    return { error: error instanceof Error ? error.message : String(error), ms: Date.now() - started };
  } finally {
    if (chrome) {
      try {
        await chrome.kill();
      } catch {
        // gone
      }
    }
    removeCloser();
  }
}

/** Median (and range) of each figure over the runs that produced it. */
export function summarise(runs) {
  const good = runs.filter((r) => !r.error);
  const summary = { runs: runs.length, failedRuns: runs.length - good.length };
  for (const key of ['score', ...Object.keys(METRICS)]) {
    const values = good.map((r) => r[key]);
    summary[key] = { median: median(values), min: min(values), max: max(values) };
  }
  return summary;
}
