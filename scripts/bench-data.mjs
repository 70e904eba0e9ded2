/**
 * The data part of `npm run bench` (`--only data`): writes the benchmark workbook (10,000
 * commitments, 60,000 status updates, 50 indicators x 6 jurisdictions x 20 years) into a temporary
 * folder, then times `data:check` and `data:build` on it as separate processes and reports each
 * one's wall time, CPU time and peak memory (maximum resident set size). Budget: 15 s each.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DATA_BUDGET_MS = 15_000;

/** Runs `node --import tsx ...args` and reports wall time, CPU time and peak RSS (from /proc while it runs, and getrusage at exit). */
function timed(root, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATA_BENCH: '1' } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const usage = /bench-usage (\{.*\})/.exec(out);
      const figures = usage ? JSON.parse(usage[1]) : {};
      resolve({ code, ms: Math.round(ms), cpuMs: figures.cpuMs ?? null, peakMB: figures.maxRssMB ?? null, tail: out.trim().split('\n').slice(-3).join('\n') });
    });
  });
}

/** Measures; returns the figures and verdict rows for bench.mjs's table. */
export async function measureData(root, log = console.log) {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-data-'));
  try {
    const workbook = join(dir, 'bench.xlsx');
    log('writing the benchmark workbook (10,000 commitments, 60,000 status updates, 50 x 6 x 20 observations)...');
    const made = await timed(root, ['scripts/data/bench-workbook.ts', workbook]);
    if (made.code !== 0) throw new Error(`could not write the workbook: ${made.tail}`);
    log('data:check...');
    const check = await timed(root, ['scripts/data/cli.ts', 'check', workbook]);
    log(`  ${check.ms} ms wall, ${check.cpuMs} ms CPU, ${check.peakMB} MB peak; exit ${check.code}`);
    log('data:build...');
    const build = await timed(root, ['scripts/data/cli.ts', 'build', workbook, '--out', join(dir, 'site')]);
    log(`  ${build.ms} ms wall, ${build.cpuMs} ms CPU, ${build.peakMB} MB peak; exit ${build.code}`);
    if (check.code !== 0 || build.code !== 0) throw new Error(`data:check exited ${check.code}, data:build ${build.code}: ${build.tail}`);
    return { workbook: { ms: made.ms }, check, build };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..');
  measureData(root).then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
