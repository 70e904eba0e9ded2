/**
 * The data commands (README "Publishing your own data"):
 *   npm run data:template -- OUT.xlsx [--example]   (OUT without .xlsx: a folder of .csv files)
 *   npm run data:check -- IN [--json]               exit 0 clean, 1 with errors, 2 unreadable
 *   npm run data:build -- IN --out DIR [--site-url URL]  the static API (and Atom feeds) in DIR/api/v1
 *   npm run site -- IN --out DIR [--app BUILT]      the app and the static API in DIR
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIllustrativeModel } from '../../mocks/data/dataset';
import { buildStaticApi } from './build';
import { checkBook, type CheckResult } from './check';
import { loadMockData } from './load';
import { readSource, UnreadableError } from './read';
import { jsonReport, textReport } from './report';
import { writeCsvFolder, writeWorkbook } from './write';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (['--out', '--app', '--site-url'].includes(arg)) flags.set(arg.slice(2), argv[(i += 1)] ?? '');
    else flags.set(arg.slice(2), true);
  }
  return { positional, flags };
}

function usage(message: string): never {
  console.error(`${message}\nSee README "Publishing your own data".`);
  process.exit(2);
}

/** Reads and checks IN; prints the report. Exits 2 when IN cannot be read. */
async function checked(input: string | undefined, json: boolean, quietWhenClean = false): Promise<CheckResult> {
  if (!input) usage('Name the workbook (.xlsx) or the folder of .csv files to read.');
  try {
    const book = await readSource(resolve(input));
    const result = checkBook(book);
    if (json) console.log(jsonReport(book.name, result));
    else if (!quietWhenClean || result.issues.length > 0) console.log(textReport(book.name, result));
    return result;
  } catch (error) {
    if (error instanceof UnreadableError) {
      if (json) console.log(JSON.stringify({ file: input, unreadable: error.message }, null, 2));
      else console.error(`Cannot read ${input}: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

function buildApp(dir: string): void {
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  console.log('Building the app (production bundle)...');
  const run = spawnSync(process.execPath, [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // The site's API sits beside the app: same origin, no base URL.
    env: { ...process.env, VITE_API_BASE_URL: '' },
  });
  if (run.status !== 0) throw new Error('The app build failed (see above); nothing was written.');
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const args = parseArgs(rest);
  const json = args.flags.has('json');
  const out = args.flags.get('out');
  switch (command) {
    case 'template': {
      const target = args.positional[0];
      if (!target) usage('Name the file to write, e.g. npm run data:template -- roadmap.xlsx');
      const model = args.flags.has('example') ? buildIllustrativeModel() : null;
      if (target.toLowerCase().endsWith('.xlsx')) await writeWorkbook(resolve(target), model);
      else writeCsvFolder(resolve(target), model);
      console.log(`Wrote ${target}${model ? ' with the illustrative dataset' : ''}. Fill it in, then: npm run data:check -- ${target}`);
      return;
    }
    case 'check': {
      const result = await checked(args.positional[0], json);
      process.exit(result.errors > 0 ? 1 : 0);
      return;
    }
    case 'build':
    case 'site': {
      if (typeof out !== 'string' || out === '') usage(`Say where to write: npm run ${command === 'build' ? 'data:build' : 'site'} -- IN --out DIR`);
      const result = await checked(args.positional[0], json, true);
      if (!result.model) {
        console.error(`Nothing was written: fix the ${result.errors === 1 ? 'error' : 'errors'} first.`);
        process.exit(1);
      }
      const app = args.flags.get('app');
      const started = performance.now();
      const siteUrl = args.flags.get('site-url');
      const built = buildStaticApi(result.model, out, {
        siteUrl: typeof siteUrl === 'string' && siteUrl ? siteUrl : undefined,
        seed: command === 'site' ? (dir) => (typeof app === 'string' && app ? cpSync(resolve(app), dir, { recursive: true }) : buildApp(dir)) : undefined,
      });
      const { release } = built;
      console.log(
        `Wrote ${command === 'site' ? 'the site and ' : ''}the API (${built.files.toLocaleString('en')} files, ${(built.bytes / 1024 / 1024).toFixed(1)} MB) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.\n` +
          `Release ${release.id}: ${release.changes.statusUpdatesAdded} status updates added, ${release.changes.statusUpdatesChanged} changed, ` +
          `${release.changes.valuesAdded} values added, ${release.changes.valuesRevised} revised since ${release.previous ? `release ${release.previous.id}` : 'nothing (first release)'}.` +
          (command === 'site' ? `\nServe it: node scripts/serve-static.mjs ${out} 8080  (or nginx, see README)` : ''),
      );
      return;
    }
    case 'model': {
      // For the dev server's MOCK_DATA (vite-mock-data.ts): the checked model as JSON, or exit 1.
      const [input, target] = args.positional;
      if (!input || !target) usage('Usage: cli.ts model IN OUT.json');
      try {
        writeFileSync(resolve(target), JSON.stringify(await loadMockData(input)));
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      }
      return;
    }
    default:
      usage(`Unknown command "${command ?? ''}". Commands: template, check, build, site.`);
  }
}

// For scripts/bench-data.mjs: CPU time and peak memory of this run.
if (process.env.DATA_BENCH) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    console.log(`bench-usage ${JSON.stringify({ cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), maxRssMB: Math.round(usage.maxRSS / 1024) })}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
