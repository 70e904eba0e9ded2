// @vitest-environment node
/**
 * The data path end to end: the illustrative dataset written as a workbook (and as CSV files), read
 * back, checked and built into the static API gives the payloads the mock API serves; a failing
 * build leaves an earlier output byte for byte as it was; the commands' exit codes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { buildIllustrativeModel } from '../../mocks/data/dataset';
import type { Model } from '../../mocks/data/model';
import { endpoints, localize, standaloneRelease } from '../../mocks/data/payloads';
import { ReleaseSchema } from '../../src/api/schemas';
import { buildStaticApi } from '../../scripts/data/build';
import { checkBook } from '../../scripts/data/check';
import { readSource } from '../../scripts/data/read';
import { writeCsvFolder, writeWorkbook } from '../../scripts/data/write';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'roadmap-data-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

/** What the mock API serves for the illustrative data (English), javascript: links aside: a workbook only takes web addresses. */
function expectedPayloads(): Map<string, unknown> {
  const model = buildIllustrativeModel();
  const data = localize(model, 'en', standaloneRelease(model, '2026-07-31T00:00:00.000Z'));
  for (const c of data.commitments) c.evidence = c.evidence.map((e) => (e.url && !/^https?:/.test(e.url) ? { ...e, url: null } : e));
  return new Map([...endpoints(data)].filter((e) => e.path !== '/release').map((e) => [`${e.path.slice(1)}.json`, JSON.parse(JSON.stringify(e.body))]));
}

async function modelOf(path: string): Promise<Model> {
  const result = checkBook(await readSource(path));
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return result.model!;
}

function expectSameApi(out: string) {
  const expected = expectedPayloads();
  const written = files(join(out, 'api', 'v1'));
  for (const [file, body] of expected) {
    expect(written.has(file), file).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'api', 'v1', file), 'utf8')), file).toEqual(body);
  }
  expect(written.has('openapi.json')).toBe(true);
  return written;
}

describe('illustrative dataset -> workbook -> data:build', () => {
  it('writes the payloads the mock API serves, and a release record', async () => {
    const workbook = join(dir, 'example.xlsx');
    await writeWorkbook(workbook, buildIllustrativeModel());
    const out = join(dir, 'xlsx-site');
    buildStaticApi(await modelOf(workbook), out, { now: new Date('2026-08-01T10:00:00Z') });
    const written = expectSameApi(out);
    const release = v.parse(ReleaseSchema, JSON.parse(readFileSync(join(out, 'api', 'v1', 'release.json'), 'utf8')));
    // The illustrative dataset carries translations into every locale.
    expect(release).toMatchObject({ kind: 'published', source: { name: 'example.xlsx' }, previous: null, locales: ['sq', 'bs', 'cnr', 'mk', 'sr-Cyrl', 'sr-Latn'] });
    expect(release.source.sha256).toBe(createHash('sha256').update(readFileSync(workbook)).digest('hex'));
    expect(release.changes.statusUpdatesAdded).toBe(release.counts.statusUpdates);
    expect([...written.keys()].some((f) => f.startsWith('sq/'))).toBe(true);
    // The Atom feeds, in English and in every locale the release has, each in its language.
    const english = [...written.keys()].filter((f) => f.startsWith('feeds/')).sort();
    expect(english).toContain('feeds/region.atom');
    expect(english).toContain('feeds/jurisdictions/XK.atom');
    for (const locale of release.locales) {
      expect([...written.keys()].filter((f) => f.startsWith(`${locale}/feeds/`)).sort(), locale).toEqual(english.map((f) => `${locale}/${f}`));
      const region = readFileSync(join(out, 'api', 'v1', locale, 'feeds', 'region.atom'), 'utf8');
      expect(region, locale).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
      // Root-relative links (no --site-url) to the pages in that language.
      expect([...region.matchAll(/<link rel="alternate" type="text\/html" href="([^"]*)"/g)].map((m) => m[1]!).every((href) => href.startsWith(`/${locale}/`)), locale).toBe(true);
    }
    expect(readFileSync(join(out, 'api', 'v1', 'feeds', 'region.atom'), 'utf8')).toContain('xml:lang="en"');
  });

  it('does the same from a folder of CSV files', async () => {
    const folder = join(dir, 'example-csv');
    writeCsvFolder(folder, buildIllustrativeModel());
    const out = join(dir, 'csv-site');
    buildStaticApi(await modelOf(folder), out);
    expectSameApi(out);
  });

  it('records what changed since the previous release in the same folder', async () => {
    const out = join(dir, 'xlsx-site');
    const model = structuredClone(await modelOf(join(dir, 'example.xlsx')));
    const commitment = model.commitments[0]!;
    const last = commitment.updates[commitment.updates.length - 1]!;
    last.status = last.status === 'completed' ? 'in_progress' : 'completed';
    const observation = model.indicators[0]!.series[0]!.observations.find((o) => o.value !== null)!;
    observation.value = (observation.value ?? 0) + 1;
    const { release } = buildStaticApi(model, out, { now: new Date('2027-02-01T10:00:00Z') });
    expect(release.previous?.builtAt).toBe('2026-08-01T10:00:00.000Z');
    expect(release.changes).toMatchObject({ statusUpdatesChanged: 1, valuesRevised: 1, statusUpdatesAdded: 0, valuesAdded: 0 });
    expect(release.changes.items.map((i) => i.kind).sort()).toEqual(['status-changed', 'value-revised']);
  });

  it('writes a localized copy for each locale the data is translated into', async () => {
    const model = structuredClone(await modelOf(join(dir, 'example.xlsx')));
    // Only Albanian, and only this title: every other text falls back to English.
    for (const c of model.commitments) for (const text of [c.title, c.description]) for (const locale of Object.keys(text)) if (locale !== 'en') delete text[locale as keyof typeof text];
    model.commitments[0]!.title.sq = 'Titulli shqip';
    const out = join(dir, 'translated');
    const { release } = buildStaticApi(model, out, { siteUrl: 'https://monitor.example.org/' });
    expect(release.locales).toContain('sq');
    const detail = JSON.parse(readFileSync(join(out, 'api/v1/sq/commitments', `${model.commitments[0]!.id}.json`), 'utf8'));
    expect(detail.title).toBe('Titulli shqip');
    expect(detail.untranslated).toContain('description');
    expect(detail.untranslated).not.toContain('title');
    // The Albanian feed: the catalogue's words in Albanian, links to the Albanian pages of the site.
    const feed = readFileSync(join(out, 'api/v1/sq/feeds/jurisdictions/AL.atom'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sq">');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://monitor.example.org/api/v1/sq/feeds/jurisdictions/AL.atom"/>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://monitor.example.org/sq/jurisdictions/AL"/>');
    expect(feed).toContain('Ndryshimet e statusit, afatet e zhvendosura dhe vlerat e reja në çdo publikim');
    const entryLinks = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]*)"/g)].map((m) => m[1]!);
    expect(entryLinks.length).toBeGreaterThan(0);
    for (const href of entryLinks) expect(href).toMatch(/^https:\/\/monitor\.example\.org\/sq\/(commitments|indicators)\/[^/]+$/);
  });
});

describe('a failing build', () => {
  it('leaves an earlier output folder byte for byte as it was', async () => {
    const out = join(dir, 'xlsx-site');
    const before = files(out);
    const broken = structuredClone(await modelOf(join(dir, 'example.xlsx')));
    broken.commitments[1]!.deadline = 'not a date';
    expect(() => buildStaticApi(broken, out)).toThrow(/breaks the contract/);
    expect(files(out)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('the commands', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data/cli.ts', ...args], { encoding: 'utf8' });

  it('data:check exits 0 when clean, 1 with errors (naming them), 2 when the file cannot be read; data:build writes nothing on errors', () => {
    const clean = run('check', join(dir, 'example-csv'));
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/Summary: 0 errors/);

    const folder = join(dir, 'broken-csv');
    const model = buildIllustrativeModel();
    model.commitments[0]!.deadline = '2019-01-01';
    model.commitments[0]!.start = '2020-01-01';
    writeCsvFolder(folder, model);
    const bad = run('check', folder, '--json');
    expect(bad.status).toBe(1);
    const report = JSON.parse(bad.stdout);
    expect(report.issues).toContainEqual(expect.objectContaining({ severity: 'error', sheet: 'commitments', row: 3, column: 'deadline', found: '2019-01-01' }));

    const out = join(dir, 'never');
    expect(run('build', folder, '--out', out).status).toBe(1);
    expect(() => statSync(out)).toThrow();

    expect(run('check', join(dir, 'missing.xlsx')).status).toBe(2);
    expect(run('check', join(dir, 'example.xlsx', 'nope')).status).toBe(2);
  }, 60_000);
});
