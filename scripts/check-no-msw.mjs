#!/usr/bin/env node
/**
 * Fails when a production build carries the mock API: the worker script, msw's code, or the mock
 * dataset. Run after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(dir)) {
  console.error(`check-no-msw: ${dir}/ does not exist; run the build first`);
  process.exit(2);
}

const markers = ['mockServiceWorker', 'setupWorker', '[MSW]', 'msw/browser', 'x-mock-scenario'];
const problems = [];

function walk(path) {
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name === 'mockServiceWorker.js') problems.push(`${full}: the mock service worker is in the build`);
    else if (/\.(js|mjs|html)$/.test(name)) {
      const text = readFileSync(full, 'utf8');
      for (const marker of markers) if (text.includes(marker)) problems.push(`${full}: contains "${marker}"`);
    }
  }
}

walk(dir);
if (problems.length > 0) {
  console.error(`check-no-msw: the production build carries mock API code:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-no-msw: ${dir}/ holds no msw code and no mockServiceWorker.js`);
