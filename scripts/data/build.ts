/**
 * Writes the static API of a model under DIR/api/v1/: every resource as a .json file, in English
 * and in each locale the data has translations for (DIR/api/v1/{locale}/...), each validated with the app's valibot schemas, plus
 * the Atom feeds in the same languages (feeds/... and {locale}/feeds/...), openapi.json and the release record. Atomic: everything is written into a new folder beside DIR,
 * which then takes DIR's place; a failure before that leaves DIR as it was.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import * as v from 'valibot';
import { buildOpenApiDocument } from '../../src/api/openapi';
import { buildFeeds } from '../../src/domain/feed';
import { CommitmentListSchema, CommitmentSchema, type ApiLocale, type CommitmentDetail, type CommitmentList, type IndicatorList, type Release, type ReleaseChange } from '../../src/api/schemas';
import type { Model } from '../../mocks/data/model';
import { commitmentList, countsOf, endpoints, localize, progressByPeriod, summaryOf, translatedLocales, type Endpoint } from '../../mocks/data/payloads';

export const MAX_CHANGE_ITEMS = 500;

export interface BuildOptions {
  /** Build time (default: now). */
  now?: Date;
  /** Fills the new folder before the API is written (the site puts the app there); default: DIR's files other than api/. */
  seed?: (dir: string) => void;
  /** Origin (and base path) of the published site, for the feeds' links; default: root-relative links. */
  siteUrl?: string;
}

export interface BuildResult {
  release: Release;
  files: number;
  bytes: number;
}

/** The payload in `file`, or undefined when there is none or it cannot be read. */
function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** What changed between the previous release's English payloads in DIR and the new ones. */
export function changesSince(previous: { commitments?: CommitmentList; indicators?: IndicatorList }, next: { commitments: CommitmentList; indicators: IndicatorList }): Release['changes'] {
  const items: ReleaseChange[] = [];
  const changes = { statusUpdatesAdded: 0, statusUpdatesChanged: 0, valuesAdded: 0, valuesRevised: 0 };
  const before = new Map<string, string>();
  // Periods filled forward (`reported: false`) are no status update.
  for (const c of previous.commitments?.items ?? []) for (const h of c.history) if (h.reported !== false) before.set(`${c.id}|${h.period}`, h.status);
  for (const c of next.commitments.items) {
    for (const h of c.history) {
      if (h.reported === false) continue;
      const was = before.get(`${c.id}|${h.period}`);
      if (was === h.status) continue;
      if (was === undefined) changes.statusUpdatesAdded += 1;
      else changes.statusUpdatesChanged += 1;
      items.push({ kind: was === undefined ? 'status-added' : 'status-changed', jurisdiction: c.jurisdiction, commitment: c.id, period: h.period, from: was ?? null, to: h.status });
    }
  }
  const values = new Map<string, number | null>();
  for (const i of previous.indicators?.items ?? []) for (const s of i.series) for (const o of s.observations) values.set(`${i.id}|${s.jurisdiction}|${o.year}`, o.value);
  for (const i of next.indicators.items) {
    for (const s of i.series) {
      for (const o of s.observations) {
        if (o.value === null) continue;
        const was = values.get(`${i.id}|${s.jurisdiction}|${o.year}`);
        if (was === o.value) continue;
        const added = was === undefined || was === null;
        if (added) changes.valuesAdded += 1;
        else changes.valuesRevised += 1;
        items.push({ kind: added ? 'value-added' : 'value-revised', jurisdiction: s.jurisdiction, indicator: i.id, year: o.year, from: was ?? null, to: o.value });
      }
    }
  }
  return { ...changes, items: items.slice(0, MAX_CHANGE_ITEMS), truncated: items.length > MAX_CHANGE_ITEMS };
}

function releaseId(builtAt: string, sha256: string | null): string {
  return `${builtAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}${sha256 ? `-${sha256.slice(0, 8)}` : ''}`;
}

/** Writes the API for `model` into DIR atomically. Throws (leaving DIR untouched) when a payload breaks the contract. */
export function buildStaticApi(model: Model, outDir: string, options: BuildOptions = {}): BuildResult {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const suffix = randomBytes(4).toString('hex');
  const staging = join(parent, `.${basename(target)}.new-${suffix}`);
  const retired = join(parent, `.${basename(target)}.old-${suffix}`);
  const api = (dir: string) => join(dir, 'api', 'v1');

  try {
    mkdirSync(staging, { recursive: true });
    if (options.seed) options.seed(staging);
    else if (existsSync(target)) {
      for (const name of readdirSync(target)) if (name !== 'api') cpSync(join(target, name), join(staging, name), { recursive: true });
    }

    const builtAt = (options.now ?? new Date()).toISOString();
    const previousDir = api(target);
    const previousRelease = readJson<Release>(join(previousDir, 'release.json'));
    const english = localize(model, 'en', placeholderRelease());
    const commitments = commitmentList(english);
    const indicators = { items: english.indicators };
    const release: Release = {
      id: releaseId(builtAt, model.source.sha256),
      builtAt,
      kind: 'published',
      source: { name: model.source.name, sha256: model.source.sha256 },
      counts: countsOf(model),
      locales: translatedLocales(model),
      previous: previousRelease && typeof previousRelease.id === 'string' && typeof previousRelease.builtAt === 'string' ? { id: previousRelease.id, builtAt: previousRelease.builtAt } : null,
      changes: changesSince(
        { commitments: readJson<CommitmentList>(join(previousDir, 'commitments.json')), indicators: readJson<IndicatorList>(join(previousDir, 'indicators.json')) },
        { commitments, indicators },
      ),
    };

    let files = 0;
    let bytes = 0;
    const made = new Set<string>();
    const write = (file: string, body: unknown) => {
      const dir = dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const text = JSON.stringify(body);
      writeFileSync(file, text);
      files += 1;
      bytes += Buffer.byteLength(text);
    };
    const progress = progressByPeriod(english);
    // Atom feeds of the release in each language: the as-of period's changes, region, per jurisdiction and per pillar.
    const siteUrl = (options.siteUrl ?? '').replace(/\/$/, '');
    const feedRelease = { id: release.id, period: model.roadmap.asOfPeriod, builtAt };
    for (const locale of ['en', ...release.locales] as ApiLocale[]) {
      const data = locale === 'en' ? { ...english, release } : localize(model, locale, release);
      const root = locale === 'en' ? api(staging) : join(api(staging), locale);
      const check = validator(locale);
      for (const endpoint of endpoints(data, progress)) {
        check(endpoint);
        write(join(root, `${endpoint.path.slice(1)}.json`), endpoint.body);
      }
      // Keyed by path under api/v1: feeds/... in English, <locale>/feeds/... otherwise.
      for (const [path, xml] of buildFeeds(data, feedRelease, { siteUrl, apiUrl: `${siteUrl}/api/v1`, locale })) {
        const file = join(api(staging), path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, xml);
        files += 1;
        bytes += Buffer.byteLength(xml);
      }
    }
    write(join(api(staging), 'openapi.json'), buildOpenApiDocument());

    // The swap: the old DIR steps aside and the new one takes its name (two renames on one file system).
    if (existsSync(target)) renameSync(target, retired);
    renameSync(staging, target);
    rmSync(retired, { recursive: true, force: true });
    return { release, files, bytes };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(retired)) renameSync(retired, target);
    throw error;
  }
}

/**
 * Validates each payload with its schema. A commitment list holds the summaries of commitment
 * records validated just before (the same objects, a subset of the record's fields), so those items
 * are not validated a second time; every other item is.
 */
function validator(locale: ApiLocale): (endpoint: Endpoint) => void {
  const valid = new WeakSet<object>();
  const fail = (path: string, issues: v.BaseIssue<unknown>[]) => {
    const issue = issues[0];
    throw new Error(`The ${locale} payload ${path}.json breaks the contract at ${(issue && v.getDotPath(issue)) || '(body)'}: ${issue?.message ?? 'invalid'}`);
  };
  return ({ path, body, schema }) => {
    if (schema === CommitmentListSchema) {
      const list = body as CommitmentList;
      const envelope = v.safeParse(CommitmentListSchema, { ...list, items: [] });
      if (!envelope.success) fail(path, envelope.issues);
      for (const item of list.items) {
        if (valid.has(item)) continue;
        const parsed = v.safeParse(CommitmentSchema, item);
        if (!parsed.success) fail(path, parsed.issues);
      }
      return;
    }
    const parsed = v.safeParse(schema, body);
    if (!parsed.success) fail(path, parsed.issues);
    if (path.startsWith('/commitments/')) valid.add(summaryOf(body as CommitmentDetail));
  };
}

/** A release for payload building before the real one is known (it is not written). */
function placeholderRelease(): Release {
  return {
    id: 'pending',
    builtAt: new Date(0).toISOString(),
    kind: 'published',
    source: { name: 'pending', sha256: null },
    counts: { jurisdictions: 0, pillars: 0, commitments: 0, statusUpdates: 0, indicators: 0, observations: 0 },
    locales: [],
    previous: null,
    changes: { statusUpdatesAdded: 0, statusUpdatesChanged: 0, valuesAdded: 0, valuesRevised: 0, items: [], truncated: false },
  };
}
