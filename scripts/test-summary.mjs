#!/usr/bin/env node
/**
 * Prints one closing line, "N passed, N failed", summed over the test runners' JSON reports
 * (vitest: reports/vitest.json, Playwright: reports/playwright.json). A report that is missing
 * counts as one failure, so a runner that crashed before reporting cannot pass silently.
 */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

function read(path) {
  if (!existsSync(path)) {
    console.error(`test-summary: ${path} is missing`);
    failed += 1;
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.numFailedTestSuites ?? 0) - countSuiteFailuresWithTests(vitest);
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}

/** Suites that failed only because a test in them failed are already counted as failed tests. */
function countSuiteFailuresWithTests(report) {
  return (report.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
}

const playwright = read('reports/playwright.json');
if (playwright) {
  const stats = playwright.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  failed += (playwright.errors ?? []).length;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
