/**
 * Contract test of the mock API: every endpoint, with and without each filter and in the data
 * scenarios, answers bodies that the schemas in src/api/schemas.ts accept; errors are problem
 * documents with the right status; the bundled dataset keeps its invariants.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  CommitmentDetailSchema,
  CommitmentListSchema,
  IndicatorListSchema,
  IndicatorSchema,
  JURISDICTION_CODES,
  JurisdictionListSchema,
  JurisdictionSchema,
  ProblemSchema,
  ProgressSchema,
  LOCALES,
  ReleaseSchema,
  RoadmapSchema,
  STATUS_CODES,
  type CommitmentList,
  type Period,
  type Roadmap,
} from '../../src/api/schemas';
import { commitmentAsAt, commitmentListAt } from '../../src/api/as-at';
import { comparePeriods, periodRange } from '../../src/domain/periods';
import { completionShare } from '../../src/domain/progress';
import { buildDataset, buildLargeDataset } from '../../mocks/data/dataset';
import { resetScenario, useScenario } from '../../mocks/node';
import { getScenario, isScenario, RETRY_AFTER_SECONDS, SCENARIOS, setScenario, type ScenarioName } from '../../mocks/scenarios';

const BASE = 'http://localhost/api/v1';

afterEach(() => resetScenario());

async function call(path: string, scenario?: ScenarioName): Promise<Response> {
  return fetch(`${BASE}${path}`, scenario ? { headers: { 'x-mock-scenario': scenario } } : undefined);
}

/** Parses with the schema and fails with valibot's readable summary naming the endpoint. */
function expectValid<T extends v.GenericSchema>(schema: T, body: unknown, label: string): v.InferOutput<T> {
  const result = v.safeParse(schema, body);
  if (!result.success) throw new Error(`${label} does not match its schema:\n${v.summarize(result.issues)}`);
  return result.output;
}

async function getValid<T extends v.GenericSchema>(schema: T, path: string, scenario?: ScenarioName): Promise<v.InferOutput<T>> {
  const response = await call(path, scenario);
  const label = `GET ${path}${scenario ? ` [${scenario}]` : ''}`;
  expect(response.status, label).toBe(200);
  expect(response.headers.get('content-type'), label).toMatch(/^application\/json/);
  return expectValid(schema, await response.json(), label);
}

async function expectProblem(path: string, status: number, scenario?: ScenarioName) {
  const response = await call(path, scenario);
  const label = `GET ${path}${scenario ? ` [${scenario}]` : ''}`;
  expect(response.status, label).toBe(status);
  expect(response.headers.get('content-type'), label).toBe('application/problem+json');
  const problem = expectValid(ProblemSchema, await response.json(), label);
  expect(problem.status, label).toBe(status);
  expect(problem.detail, label).toBeTruthy();
  return { response, problem };
}

const dataset = buildDataset();
const { roadmap } = dataset;
const pillarIds = roadmap.pillars.map((p) => p.id);
const SAMPLE_PERIODS: Period[] = ['2019-H2', '2020-H2', '2021-H1', '2023-H2', '2026-H1'];

function checkListAgainstFilters(list: CommitmentList, filters: { jurisdiction?: string; pillar?: string; status?: string }) {
  expect(list.total).toBe(list.items.length);
  for (const item of list.items) {
    if (filters.jurisdiction) expect(item.jurisdiction).toBe(filters.jurisdiction);
    if (filters.pillar) expect(item.pillar).toBe(filters.pillar);
    if (filters.status) expect(item.status).toBe(filters.status);
    const last = item.history[item.history.length - 1];
    expect(last?.period).toBeDefined();
    expect(comparePeriods(last!.period, list.period)).toBeLessThanOrEqual(0);
    expect(item.status).toBe(last!.status);
    expect(item.history.some((entry) => entry.period === item.lastUpdate)).toBe(true);
  }
}

describe('the bundled dataset', () => {
  it('is deterministic: building it twice gives the same data', () => {
    expect(buildDataset()).toEqual(dataset);
  });

  it('validates against the schemas', () => {
    expectValid(RoadmapSchema, roadmap, 'roadmap');
    for (const j of dataset.jurisdictions) expectValid(JurisdictionSchema, j, `jurisdiction ${j.code}`);
    for (const c of dataset.commitments) expectValid(CommitmentDetailSchema, c, `commitment ${c.id}`);
    for (const i of dataset.indicators) expectValid(IndicatorSchema, i, `indicator ${i.id}`);
  });

  it('describes the roadmap as illustrative, with 8 pillars and the 4 statuses', () => {
    expect(roadmap.dataStatus).toBe('illustrative');
    expect(roadmap.description).toMatch(/illustrative/i);
    expect(roadmap.asOf).toBe('2026-07-31');
    expect(roadmap.asOfPeriod).toBe('2026-H1');
    expect(roadmap.periods).toEqual(periodRange('2019-H2', '2026-H1'));
    expect(roadmap.pillars.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(pillarIds).size).toBe(8);
    expect(roadmap.statuses.map((s) => s.code)).toEqual([...STATUS_CODES]);
    expect(roadmap.statuses.map((s) => s.label)).toEqual(['Not started', 'In progress', 'Completed', 'Discontinued']);
  });

  it('has six jurisdictions in alphabetical order, Kosovo* with its footnote', () => {
    const names = dataset.jurisdictions.map((j) => j.name);
    expect(names).toEqual(['Albania', 'Bosnia and Herzegovina', 'Kosovo*', 'Montenegro', 'North Macedonia', 'Serbia']);
    expect([...names].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(names);
    expect(new Set(dataset.jurisdictions.map((j) => j.code))).toEqual(new Set(JURISDICTION_CODES));
    for (const j of dataset.jurisdictions) {
      if (j.code === 'XK') expect(j.designationFootnote).toMatch(/^This designation is without prejudice .*ICJ Opinion on the Kosovo declaration of independence\.$/);
      else expect(j.designationFootnote).toBeNull();
      expect(new Set(j.institutions.map((i) => i.id)).size).toBe(j.institutions.length);
      expect(j.institutions.some((i) => i.kind === 'fiu')).toBe(true);
    }
  });

  it('has 30-60 commitments per jurisdiction with unique, well-formed ids', () => {
    const ids = dataset.commitments.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const code of JURISDICTION_CODES) {
      const count = dataset.commitments.filter((c) => c.jurisdiction === code).length;
      expect(count, code).toBeGreaterThanOrEqual(30);
      expect(count, code).toBeLessThanOrEqual(60);
    }
    for (const c of dataset.commitments) {
      const pillar = roadmap.pillars.find((p) => p.id === c.pillar);
      expect(c.id.startsWith(`${c.jurisdiction}-${pillar?.number}-`), c.id).toBe(true);
      const institutions = dataset.jurisdictions.find((j) => j.code === c.jurisdiction)?.institutions ?? [];
      expect(institutions.map((i) => i.name), c.id).toContain(c.institution);
      expect(c.deadline, c.id).toMatch(/^20(2\d)-(03-31|06-30|09-30|12-31)$/);
      expect(c.deadline >= '2020-01-01' && c.deadline <= '2028-12-31', c.id).toBe(true);
    }
  });

  it('keeps every history within the roadmap periods, ascending, one entry per period up to the as-of period', () => {
    for (const c of dataset.commitments) {
      const periods = c.history.map((h) => h.period);
      expect(['2019-H2', '2021-H1'], c.id).toContain(periods[0]);
      expect(periods, c.id).toEqual(periodRange(periods[0]!, roadmap.asOfPeriod));
      for (const p of periods) expect(roadmap.periods).toContain(p);
      // Completed and discontinued are final.
      const closedAt = c.history.findIndex((h) => h.status === 'completed' || h.status === 'discontinued');
      if (closedAt >= 0) expect(new Set(c.history.slice(closedAt).map((h) => h.status)).size, c.id).toBe(1);
    }
    expect(dataset.commitments.some((c) => c.history[0]?.period === '2021-H1')).toBe(true);
    expect(dataset.commitments.some((c) => c.history.some((h) => h.note))).toBe(true);
  });

  it('shows jurisdictions at visibly different completion levels', () => {
    const shares = JURISDICTION_CODES.map((code) => {
      const counts = { not_started: 0, in_progress: 0, completed: 0, discontinued: 0 };
      for (const c of dataset.commitments) if (c.jurisdiction === code) counts[c.status] += 1;
      return completionShare(counts) ?? 0;
    });
    expect(Math.min(...shares)).toBeLessThan(0.4);
    expect(Math.max(...shares)).toBeGreaterThan(0.6);
  });

  it('has evidence with unsafe and missing addresses for the UI to handle', () => {
    const evidence = dataset.commitments.flatMap((c) => c.evidence);
    expect(evidence.some((e) => e.url?.startsWith('javascript:'))).toBe(true);
    expect(evidence.some((e) => e.url === null)).toBe(true);
    expect(evidence.filter((e) => e.url?.startsWith('https://')).length).toBeGreaterThan(evidence.length / 2);
    for (const e of evidence) expect(e.date <= roadmap.asOf).toBe(true);
    for (const c of dataset.commitments) {
      const dates = c.evidence.map((e) => e.date);
      expect(dates, c.id).toEqual([...dates].sort());
    }
  });

  it('has 10-20 indicators with yearly observations 2018-2025 and honest gaps', () => {
    expect(dataset.indicators.length).toBeGreaterThanOrEqual(10);
    expect(dataset.indicators.length).toBeLessThanOrEqual(20);
    expect(new Set(dataset.indicators.map((i) => i.id)).size).toBe(dataset.indicators.length);
    let missing = 0;
    for (const indicator of dataset.indicators) {
      expect(pillarIds).toContain(indicator.pillar);
      expect(indicator.source).toMatch(/^Illustrative/);
      expect(indicator.series.map((s) => s.jurisdiction)).toEqual(dataset.jurisdictions.map((j) => j.code));
      for (const series of indicator.series) {
        expect(series.observations.map((o) => o.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
        for (const o of series.observations) {
          expect(o.value === null, `${indicator.id} ${series.jurisdiction} ${o.year}`).toBe(o.quality === 'missing');
          if (o.value === null) missing += 1;
          else expect(o.source).toBeTruthy();
        }
      }
    }
    expect(missing).toBeGreaterThan(0);
  });

  it('includes a lower-is-better indicator, a target already met at baseline, a deteriorating series and series without target', () => {
    const better = (direction: 'higher' | 'lower', a: number, b: number) => (direction === 'higher' ? a >= b : a <= b);
    const all = dataset.indicators.flatMap((i) => i.series.map((s) => ({ indicator: i, series: s })));
    expect(dataset.indicators.some((i) => i.direction === 'lower')).toBe(true);
    expect(all.some(({ series }) => series.target === null)).toBe(true);
    expect(
      all.some(({ indicator, series }) => series.baseline && series.target && better(indicator.direction, series.baseline.value, series.target.value)),
    ).toBe(true);
    expect(
      all.some(({ indicator, series }) => {
        const latest = series.observations.findLast((o) => o.value !== null)?.value;
        return series.baseline && latest != null && !better(indicator.direction, latest, series.baseline.value * 1.1);
      }),
    ).toBe(true);
    const provisional = all.flatMap(({ series }) => series.observations.filter((o) => o.quality === 'provisional'));
    expect(provisional.length).toBeGreaterThan(0);
    expect(provisional.every((o) => o.year === 2025)).toBe(true);
  });

  it('has a large variant with 5,000+ commitments and 20 years of indicator data', () => {
    const large = buildLargeDataset();
    expect(large.commitments.length).toBeGreaterThanOrEqual(5000);
    expect(new Set(large.commitments.map((c) => c.id)).size).toBe(large.commitments.length);
    for (const series of large.indicators.flatMap((i) => i.series)) {
      expect(series.observations.map((o) => o.year)).toEqual(periodYears(2006, 2025));
    }
  });
});

function periodYears(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('every endpoint matches the contract (default scenario)', () => {
  it('GET /roadmap.json and /jurisdictions.json', async () => {
    const body: Roadmap = await getValid(RoadmapSchema, '/roadmap.json');
    expect(body).toEqual(roadmap);
    const list = await getValid(JurisdictionListSchema, '/jurisdictions.json');
    expect(list.items.map((j) => j.code)).toEqual(['AL', 'BA', 'XK', 'ME', 'MK', 'RS']);
    for (const code of JURISDICTION_CODES) {
      const one = await getValid(JurisdictionSchema, `/jurisdictions/${code}.json`);
      expect(one.code).toBe(code);
    }
  });

  it('GET the commitment lists: all, per jurisdiction, per pillar; a period and other filters apply in the client', async () => {
    const all = await getValid(CommitmentListSchema, '/commitments.json');
    expect(all.period).toBe(roadmap.asOfPeriod);
    expect(all.total).toBe(dataset.commitments.length);
    checkListAgainstFilters(all, {});

    for (const period of SAMPLE_PERIODS) {
      const list = commitmentListAt(all, period);
      expect(list.period).toBe(period);
      checkListAgainstFilters(list, {});
      // Commitments added after the period are left out.
      const expected = dataset.commitments.filter((c) => comparePeriods(c.history[0]!.period, period) <= 0).length;
      expect(list.total).toBe(expected);
    }
    for (const jurisdiction of JURISDICTION_CODES) {
      const list = await getValid(CommitmentListSchema, `/jurisdictions/${jurisdiction}/commitments.json`);
      checkListAgainstFilters(list, { jurisdiction });
      expect(list.items).toEqual(all.items.filter((c) => c.jurisdiction === jurisdiction));
      for (const period of SAMPLE_PERIODS) checkListAgainstFilters(commitmentListAt(list, period), { jurisdiction });
    }
    for (const pillar of pillarIds) {
      const list = await getValid(CommitmentListSchema, `/pillars/${pillar}/commitments.json`);
      checkListAgainstFilters(list, { pillar });
      expect(list.total).toBe(all.items.filter((c) => c.pillar === pillar).length);
    }
    for (const status of STATUS_CODES) {
      const list = commitmentListAt(all, '2023-H2', { status });
      checkListAgainstFilters(list, { status });
      expect(list.total, status).toBeGreaterThan(0);
    }
    const me = await getValid(CommitmentListSchema, '/jurisdictions/ME/commitments.json');
    const combined = commitmentListAt(me, '2025-H2', { pillar: 'asset-recovery', status: 'completed' });
    checkListAgainstFilters(combined, { jurisdiction: 'ME', pillar: 'asset-recovery', status: 'completed' });
  });

  it('GET /commitments/{id}.json for every commitment; as at an earlier period in the client', async () => {
    for (const commitment of dataset.commitments) {
      const detail = await getValid(CommitmentDetailSchema, `/commitments/${commitment.id}.json`);
      expect(detail).toEqual(commitment);
    }
    const early = dataset.commitments.find((c) => c.history[0]?.period === '2019-H2' && c.status === 'completed')!;
    const detail = commitmentAsAt(await getValid(CommitmentDetailSchema, `/commitments/${early.id}.json`), '2020-H1')!;
    expect(detail.history.map((h) => h.period)).toEqual(['2019-H2', '2020-H1']);
    expect(detail.status).toBe(detail.history[1]!.status);
    expect(detail.evidence.every((e) => e.date <= '2020-06-30')).toBe(true);
  });

  it('GET the indicator lists: all, per pillar, per jurisdiction, and /indicators/{id}.json', async () => {
    const all = await getValid(IndicatorListSchema, '/indicators.json');
    expect(all.items).toEqual(dataset.indicators);
    for (const pillar of pillarIds) {
      const list = await getValid(IndicatorListSchema, `/pillars/${pillar}/indicators.json`);
      expect(list.items.every((i) => i.pillar === pillar)).toBe(true);
      expect(list.items).toHaveLength(dataset.indicators.filter((i) => i.pillar === pillar).length);
    }
    for (const jurisdiction of JURISDICTION_CODES) {
      const list = await getValid(IndicatorListSchema, `/jurisdictions/${jurisdiction}/indicators.json`);
      expect(list.items).toHaveLength(dataset.indicators.length);
      for (const item of list.items) expect(item.series.map((s) => s.jurisdiction)).toEqual([jurisdiction]);
    }
    for (const indicator of dataset.indicators) {
      expect(await getValid(IndicatorSchema, `/indicators/${indicator.id}.json`)).toEqual(indicator);
    }
  });

  it('GET /progress.json and /progress/{period}.json for every period', async () => {
    const latest = await getValid(ProgressSchema, '/progress.json');
    expect(latest.period).toBe(roadmap.asOfPeriod);
    const all = await getValid(CommitmentListSchema, '/commitments.json');
    for (const period of roadmap.periods) {
      const progress = await getValid(ProgressSchema, `/progress/${period}.json`);
      expect(progress.period).toBe(period);
      expect(progress.byJurisdiction.map((c) => c.jurisdiction)).toEqual(['AL', 'BA', 'XK', 'ME', 'MK', 'RS']);
      expect(progress.byJurisdictionAndPillar).toHaveLength(6 * 8);
      const upTo = roadmap.periods.filter((p) => comparePeriods(p, period) <= 0);
      expect(progress.trend).toHaveLength(upTo.length * 6);
      expect([...new Set(progress.trend.map((t) => t.period))]).toEqual(upTo);
      expect(progress.byJurisdiction.reduce((sum, c) => sum + c.total, 0)).toBe(commitmentListAt(all, period).total);
    }
    expect(await getValid(ProgressSchema, `/progress/${roadmap.asOfPeriod}.json`)).toEqual(latest);
  });

  it('GET /release.json describes the generated dataset', async () => {
    const release = await getValid(ReleaseSchema, '/release.json');
    expect(release).toMatchObject({ kind: 'illustrative', previous: null, source: { sha256: null } });
    expect(release.counts.commitments).toBe(dataset.commitments.length);
  });

  it('GET /{locale}/... serves the same shapes, naming untranslated fields', async () => {
    for (const locale of LOCALES) {
      const localized = await getValid(RoadmapSchema, `/${locale}/roadmap.json`);
      expect(localized.periods).toEqual(roadmap.periods);
      // Until translations are supplied, every text falls back to English and says so.
      if (localized.title === roadmap.title) expect(localized.untranslated).toContain('title');
      const list = await getValid(CommitmentListSchema, `/${locale}/jurisdictions/AL/commitments.json`);
      expect(list.items.map((c) => c.id)).toEqual(dataset.commitments.filter((c) => c.jurisdiction === 'AL').map((c) => c.id));
      await getValid(ProgressSchema, `/${locale}/progress/2024-H2.json`);
    }
    expect((await getValid(RoadmapSchema, '/roadmap.json')).untranslated).toBeUndefined();
    await expectProblem('/xx/roadmap.json', 404);
  });

  it('GET /openapi.json serves the OpenAPI document', async () => {
    const response = await call('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi?: string; paths?: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.1/);
    expect(Object.keys(document.paths ?? {})).toContain('/commitments.json');
    expect(Object.keys(document.paths ?? {})).toContain('/{locale}/progress/{period}.json');
    expect(Object.keys(document.paths ?? {}).some((path) => path.includes('?'))).toBe(false);
  });
});

describe('errors are problem documents', () => {
  it('answers 404 for unknown ids, periods, pillars and paths', async () => {
    await expectProblem('/jurisdictions/FR.json', 404);
    await expectProblem('/jurisdictions/FR/commitments.json', 404);
    await expectProblem('/commitments/AL-9-99.json', 404);
    await expectProblem('/commitments/nothing.json', 404);
    await expectProblem('/indicators/no-such-indicator.json', 404);
    await expectProblem('/pillars/money/commitments.json', 404);
    await expectProblem('/pillars/money/indicators.json', 404);
    await expectProblem('/progress/2026-H3.json', 404);
    await expectProblem('/progress/2019-H1.json', 404);
    await expectProblem('/progress/latest.json', 404);
    await expectProblem('/no-such-resource', 404);
    await expectProblem('/roadmap', 404);
  });

  it('answers 400 for malformed jurisdiction codes', async () => {
    await expectProblem('/jurisdictions/albania.json', 400);
    await expectProblem('/jurisdictions/al.json', 400);
    await expectProblem('/jurisdictions/al/indicators.json', 400);
  });
});

describe('scenarios', () => {
  it('lists every scenario with a description and recognises their names', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(13);
    for (const s of SCENARIOS) {
      expect(isScenario(s.name)).toBe(true);
      expect(s.description).toBeTruthy();
    }
    expect(isScenario('nonsense')).toBe(false);
  });

  it('empty: the roadmap without commitments or indicators, still within the contract', async () => {
    useScenario('empty');
    expect(await getValid(RoadmapSchema, '/roadmap.json')).toEqual(roadmap);
    expect((await getValid(JurisdictionListSchema, '/jurisdictions.json')).items).toHaveLength(6);
    await getValid(JurisdictionSchema, '/jurisdictions/XK.json');
    for (const path of ['/commitments.json', '/jurisdictions/AL/commitments.json', '/pillars/asset-recovery/commitments.json']) {
      const list = await getValid(CommitmentListSchema, path);
      expect(list).toMatchObject({ total: 0, items: [] });
    }
    expect((await getValid(IndicatorListSchema, '/indicators.json')).items).toEqual([]);
    for (const period of SAMPLE_PERIODS) {
      const progress = await getValid(ProgressSchema, `/progress/${period}.json`);
      for (const cell of [...progress.byJurisdiction, ...progress.byJurisdictionAndPillar]) {
        expect(cell.total).toBe(0);
        expect(cell.completion).toBeNull();
      }
      expect(progress.trend.every((t) => t.completion === null)).toBe(true);
    }
    await expectProblem('/commitments/AL-1-01.json', 404);
    await expectProblem('/indicators/str-received.json', 404);
    await expectProblem('/pillars/nope/commitments.json', 404);
  });

  it('large: thousands of commitments and 20 years of indicators, still within the contract', async () => {
    useScenario('large');
    const all = await getValid(CommitmentListSchema, '/commitments.json');
    expect(all.total).toBeGreaterThanOrEqual(5000);
    checkListAgainstFilters(all, {});
    for (const jurisdiction of JURISDICTION_CODES) {
      const list = await getValid(CommitmentListSchema, `/jurisdictions/${jurisdiction}/commitments.json`);
      checkListAgainstFilters(commitmentListAt(list, '2022-H2'), { jurisdiction });
    }
    const list = await getValid(CommitmentListSchema, '/pillars/asset-recovery/commitments.json');
    checkListAgainstFilters(commitmentListAt(list, undefined, { status: 'in_progress' }), { pillar: 'asset-recovery', status: 'in_progress' });
    for (const item of all.items.filter((_, i) => i % 500 === 0)) {
      await getValid(CommitmentDetailSchema, `/commitments/${item.id}.json`);
    }
    const indicators = await getValid(IndicatorListSchema, '/indicators.json');
    expect(indicators.items[0]?.series[0]?.observations[0]?.year).toBe(2006);
    await getValid(IndicatorSchema, `/indicators/${indicators.items[0]!.id}.json`);
    for (const period of ['2020-H1', '2026-H1']) await getValid(ProgressSchema, `/progress/${period}.json`);
  });

  it('partial: the indicators endpoints fail, everything else works', async () => {
    useScenario('partial');
    await expectProblem('/indicators.json', 500);
    await expectProblem('/indicators/str-received.json', 500);
    await expectProblem('/pillars/asset-recovery/indicators.json', 500);
    await expectProblem('/jurisdictions/AL/indicators.json', 500);
    await expectProblem('/sq/indicators.json', 500);
    await getValid(RoadmapSchema, '/roadmap.json');
    await getValid(JurisdictionListSchema, '/jurisdictions.json');
    await getValid(JurisdictionSchema, '/jurisdictions/MK.json');
    await getValid(CommitmentListSchema, '/jurisdictions/BA/commitments.json');
    await getValid(CommitmentDetailSchema, '/commitments/BA-1-01.json');
    await getValid(ProgressSchema, '/progress/2024-H2.json');
  });

  it('contract-violation: answers 200 with bodies that fail their schemas', async () => {
    useScenario('contract-violation');
    const cases: Array<[v.GenericSchema, string]> = [
      [RoadmapSchema, '/roadmap.json'],
      [ReleaseSchema, '/release.json'],
      [JurisdictionListSchema, '/jurisdictions.json'],
      [JurisdictionSchema, '/jurisdictions/AL.json'],
      [CommitmentListSchema, '/commitments.json'],
      [CommitmentListSchema, '/jurisdictions/RS/commitments.json'],
      [CommitmentDetailSchema, '/commitments/AL-1-01.json'],
      [IndicatorListSchema, '/indicators.json'],
      [IndicatorSchema, '/indicators/str-received.json'],
      [ProgressSchema, '/progress.json'],
      [ProgressSchema, '/sq/progress/2022-H1.json'],
    ];
    for (const [schema, path] of cases) {
      const response = await call(path);
      expect(response.status, path).toBe(200);
      const result = v.safeParse(schema, await response.json());
      expect(result.success, path).toBe(false);
      // Exactly one field is wrong.
      expect(result.issues, path).toHaveLength(1);
    }
    // Errors stay errors.
    await expectProblem('/commitments/XX-1-01.json', 404);
  });

  it('server-error, unavailable and not-found answer problem documents', async () => {
    await expectProblem('/roadmap.json', 500, 'server-error');
    await expectProblem('/jurisdictions/AL/commitments.json', 500, 'server-error');
    const { response } = await expectProblem('/progress.json', 503, 'unavailable');
    expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    await expectProblem('/jurisdictions.json', 404, 'not-found');
  });

  it('malformed-json answers 200 JSON that does not parse', async () => {
    const response = await call('/roadmap.json', 'malformed-json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('network-error fails the request without a response', async () => {
    await expect(call('/roadmap.json', 'network-error')).rejects.toThrow(TypeError);
  });

  it('timeout never answers; slow answers after 2.5 s', async () => {
    await expect(fetch(`${BASE}/roadmap.json`, { headers: { 'x-mock-scenario': 'timeout' }, signal: AbortSignal.timeout(200) })).rejects.toThrow();
    const started = performance.now();
    await getValid(RoadmapSchema, '/roadmap.json', 'slow');
    expect(performance.now() - started).toBeGreaterThanOrEqual(2400);
  });

  it('flaky fails every other request, starting with the first', async () => {
    useScenario('flaky');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await call('/jurisdictions.json')).status);
    expect(statuses).toEqual([500, 200, 500, 200, 500, 200]);
  });

  it('openapi.json is not affected by failure scenarios', async () => {
    for (const scenario of ['server-error', 'not-found', 'malformed-json', 'contract-violation', 'network-error'] as const) {
      const response = await call('/openapi.json', scenario);
      expect(response.status, scenario).toBe(200);
      expect(((await response.json()) as { openapi: string }).openapi).toMatch(/^3\.1/);
    }
  });

  it('resolves the scenario from the header, then the URL parameter, then the current scenario', async () => {
    setScenario('server-error');
    expect(getScenario()).toBe('server-error');
    expect((await call('/roadmap.json')).status).toBe(500);
    expect((await fetch(`${BASE}/roadmap.json?scenario=default`)).status).toBe(200);
    expect((await fetch(`${BASE}/roadmap.json?scenario=not-found`, { headers: { 'x-mock-scenario': 'default' } })).status).toBe(200);
    expect((await fetch(`${BASE}/roadmap.json?scenario=nonsense`)).status).toBe(500);
    resetScenario();
    expect(getScenario()).toBe('default');
    expect((await call('/roadmap.json')).status).toBe(200);
  });
});
