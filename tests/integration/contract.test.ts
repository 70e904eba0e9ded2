/**
 * Contract test of the mock API: every endpoint, with and without each filter and in the data
 * scenarios, answers bodies that the schemas in src/api/schemas.ts accept; errors are problem
 * documents with the right status; the bundled dataset keeps its invariants.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
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
  RoadmapSchema,
  STATUS_CODES,
  type CommitmentList,
  type Period,
  type Roadmap,
} from '../../src/api/schemas';
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

/** Parses with the schema and fails with zod's readable report naming the endpoint. */
function expectValid<T extends z.ZodMiniType>(schema: T, body: unknown, label: string): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw new Error(`${label} does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

async function getValid<T extends z.ZodMiniType>(schema: T, path: string, scenario?: ScenarioName): Promise<z.infer<T>> {
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
  it('GET /roadmap and /jurisdictions', async () => {
    const body: Roadmap = await getValid(RoadmapSchema, '/roadmap');
    expect(body).toEqual(roadmap);
    const list = await getValid(JurisdictionListSchema, '/jurisdictions');
    expect(list.items.map((j) => j.code)).toEqual(['AL', 'BA', 'XK', 'ME', 'MK', 'RS']);
    for (const code of JURISDICTION_CODES) {
      const one = await getValid(JurisdictionSchema, `/jurisdictions/${code}`);
      expect(one.code).toBe(code);
    }
  });

  it('GET /commitments without filters and with each filter, at several periods', async () => {
    const all = await getValid(CommitmentListSchema, '/commitments');
    expect(all.period).toBe(roadmap.asOfPeriod);
    expect(all.total).toBe(dataset.commitments.length);
    checkListAgainstFilters(all, {});

    for (const period of SAMPLE_PERIODS) {
      const list = await getValid(CommitmentListSchema, `/commitments?period=${period}`);
      expect(list.period).toBe(period);
      checkListAgainstFilters(list, {});
      // Commitments added after the period are left out.
      const expected = dataset.commitments.filter((c) => comparePeriods(c.history[0]!.period, period) <= 0).length;
      expect(list.total).toBe(expected);
    }
    for (const jurisdiction of JURISDICTION_CODES) {
      for (const period of SAMPLE_PERIODS) {
        const list = await getValid(CommitmentListSchema, `/commitments?jurisdiction=${jurisdiction}&period=${period}`);
        checkListAgainstFilters(list, { jurisdiction });
      }
    }
    for (const pillar of pillarIds) {
      checkListAgainstFilters(await getValid(CommitmentListSchema, `/commitments?pillar=${pillar}`), { pillar });
    }
    for (const status of STATUS_CODES) {
      const list = await getValid(CommitmentListSchema, `/commitments?status=${status}&period=2023-H2`);
      checkListAgainstFilters(list, { status });
      expect(list.total, status).toBeGreaterThan(0);
    }
    const combined = await getValid(CommitmentListSchema, '/commitments?jurisdiction=ME&pillar=asset-recovery&status=completed&period=2025-H2');
    checkListAgainstFilters(combined, { jurisdiction: 'ME', pillar: 'asset-recovery', status: 'completed' });
    // Empty filter values count as absent.
    expect((await getValid(CommitmentListSchema, '/commitments?jurisdiction=&pillar=&status=&period=')).total).toBe(all.total);
  });

  it('GET /commitments/{id} for every commitment, and as at an earlier period', async () => {
    for (const commitment of dataset.commitments) {
      const detail = await getValid(CommitmentDetailSchema, `/commitments/${commitment.id}`);
      expect(detail).toEqual(commitment);
    }
    const early = dataset.commitments.find((c) => c.history[0]?.period === '2019-H2' && c.status === 'completed')!;
    const detail = await getValid(CommitmentDetailSchema, `/commitments/${early.id}?period=2020-H1`);
    expect(detail.history.map((h) => h.period)).toEqual(['2019-H2', '2020-H1']);
    expect(detail.status).toBe(detail.history[1]!.status);
  });

  it('GET /indicators with and without filters, and /indicators/{id}', async () => {
    const all = await getValid(IndicatorListSchema, '/indicators');
    expect(all.items).toEqual(dataset.indicators);
    for (const pillar of pillarIds) {
      const list = await getValid(IndicatorListSchema, `/indicators?pillar=${pillar}`);
      expect(list.items.every((i) => i.pillar === pillar)).toBe(true);
    }
    for (const jurisdiction of JURISDICTION_CODES) {
      const list = await getValid(IndicatorListSchema, `/indicators?jurisdiction=${jurisdiction}`);
      expect(list.items).toHaveLength(dataset.indicators.length);
      for (const item of list.items) expect(item.series.map((s) => s.jurisdiction)).toEqual([jurisdiction]);
    }
    const both = await getValid(IndicatorListSchema, '/indicators?pillar=regional-cooperation&jurisdiction=XK');
    expect(both.items.length).toBeGreaterThan(0);
    for (const indicator of dataset.indicators) {
      expect(await getValid(IndicatorSchema, `/indicators/${indicator.id}`)).toEqual(indicator);
    }
  });

  it('GET /progress for every period', async () => {
    const latest = await getValid(ProgressSchema, '/progress');
    expect(latest.period).toBe(roadmap.asOfPeriod);
    for (const period of roadmap.periods) {
      const progress = await getValid(ProgressSchema, `/progress?period=${period}`);
      expect(progress.period).toBe(period);
      expect(progress.byJurisdiction.map((c) => c.jurisdiction)).toEqual(['AL', 'BA', 'XK', 'ME', 'MK', 'RS']);
      expect(progress.byJurisdictionAndPillar).toHaveLength(6 * 8);
      const upTo = roadmap.periods.filter((p) => comparePeriods(p, period) <= 0);
      expect(progress.trend).toHaveLength(upTo.length * 6);
      expect([...new Set(progress.trend.map((t) => t.period))]).toEqual(upTo);
      const list = await getValid(CommitmentListSchema, `/commitments?period=${period}`);
      expect(progress.byJurisdiction.reduce((sum, c) => sum + c.total, 0)).toBe(list.total);
    }
  });

  it('GET /openapi.json serves the OpenAPI document', async () => {
    const response = await call('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi?: string; paths?: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.1/);
    expect(Object.keys(document.paths ?? {})).toContain('/commitments');
  });
});

describe('errors are problem documents', () => {
  it('answers 404 for unknown ids and paths', async () => {
    await expectProblem('/jurisdictions/FR', 404);
    await expectProblem('/commitments/AL-9-99', 404);
    await expectProblem('/commitments/nothing', 404);
    await expectProblem('/indicators/no-such-indicator', 404);
    await expectProblem('/no-such-resource', 404);
    const late = dataset.commitments.find((c) => c.history[0]?.period === '2021-H1')!;
    await expectProblem(`/commitments/${late.id}?period=2020-H2`, 404);
  });

  it('answers 400 naming the parameter for malformed codes and unknown filter values', async () => {
    await expectProblem('/jurisdictions/albania', 400);
    await expectProblem('/jurisdictions/al', 400);
    const cases: Array<[string, string]> = [
      ['/commitments?jurisdiction=FR', 'jurisdiction'],
      ['/commitments?jurisdiction=al', 'jurisdiction'],
      ['/commitments?pillar=money', 'pillar'],
      ['/commitments?status=overdue', 'status'],
      ['/commitments?period=2026-H3', 'period'],
      ['/commitments?period=2030-H1', 'period'],
      ['/commitments?period=2019-H1', 'period'],
      ['/commitments/AL-1-01?period=latest', 'period'],
      ['/progress?period=2027-H1', 'period'],
      ['/indicators?pillar=nope', 'pillar'],
      ['/indicators?jurisdiction=EU', 'jurisdiction'],
    ];
    for (const [path, parameter] of cases) {
      const { problem } = await expectProblem(path, 400);
      expect(problem.detail, path).toContain(`"${parameter}"`);
    }
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
    expect(await getValid(RoadmapSchema, '/roadmap')).toEqual(roadmap);
    expect((await getValid(JurisdictionListSchema, '/jurisdictions')).items).toHaveLength(6);
    await getValid(JurisdictionSchema, '/jurisdictions/XK');
    for (const path of ['/commitments', '/commitments?jurisdiction=AL&status=completed&period=2022-H1']) {
      const list = await getValid(CommitmentListSchema, path);
      expect(list).toMatchObject({ total: 0, items: [] });
    }
    expect((await getValid(IndicatorListSchema, '/indicators')).items).toEqual([]);
    for (const period of SAMPLE_PERIODS) {
      const progress = await getValid(ProgressSchema, `/progress?period=${period}`);
      for (const cell of [...progress.byJurisdiction, ...progress.byJurisdictionAndPillar]) {
        expect(cell.total).toBe(0);
        expect(cell.completion).toBeNull();
      }
      expect(progress.trend.every((t) => t.completion === null)).toBe(true);
    }
    await expectProblem('/commitments/AL-1-01', 404);
    await expectProblem('/indicators/str-received', 404);
    await expectProblem('/commitments?pillar=nope', 400);
  });

  it('large: thousands of commitments and 20 years of indicators, still within the contract', async () => {
    useScenario('large');
    const all = await getValid(CommitmentListSchema, '/commitments');
    expect(all.total).toBeGreaterThanOrEqual(5000);
    checkListAgainstFilters(all, {});
    for (const jurisdiction of JURISDICTION_CODES) {
      const list = await getValid(CommitmentListSchema, `/commitments?jurisdiction=${jurisdiction}&period=2022-H2`);
      checkListAgainstFilters(list, { jurisdiction });
    }
    const list = await getValid(CommitmentListSchema, '/commitments?pillar=asset-recovery&status=in_progress');
    checkListAgainstFilters(list, { pillar: 'asset-recovery', status: 'in_progress' });
    for (const item of all.items.filter((_, i) => i % 500 === 0)) {
      await getValid(CommitmentDetailSchema, `/commitments/${item.id}`);
    }
    const indicators = await getValid(IndicatorListSchema, '/indicators');
    expect(indicators.items[0]?.series[0]?.observations[0]?.year).toBe(2006);
    await getValid(IndicatorSchema, `/indicators/${indicators.items[0]!.id}?jurisdiction=RS`);
    for (const period of ['2020-H1', '2026-H1']) await getValid(ProgressSchema, `/progress?period=${period}`);
  });

  it('partial: the indicators endpoints fail, everything else works', async () => {
    useScenario('partial');
    await expectProblem('/indicators', 500);
    await expectProblem('/indicators/str-received', 500);
    await expectProblem('/indicators?pillar=asset-recovery', 500);
    await getValid(RoadmapSchema, '/roadmap');
    await getValid(JurisdictionListSchema, '/jurisdictions');
    await getValid(JurisdictionSchema, '/jurisdictions/MK');
    await getValid(CommitmentListSchema, '/commitments?jurisdiction=BA');
    await getValid(CommitmentDetailSchema, '/commitments/BA-1-01');
    await getValid(ProgressSchema, '/progress?period=2024-H2');
  });

  it('contract-violation: answers 200 with bodies that fail their schemas', async () => {
    useScenario('contract-violation');
    const cases: Array<[z.ZodMiniType, string]> = [
      [RoadmapSchema, '/roadmap'],
      [JurisdictionListSchema, '/jurisdictions'],
      [JurisdictionSchema, '/jurisdictions/AL'],
      [CommitmentListSchema, '/commitments'],
      [CommitmentListSchema, '/commitments?jurisdiction=RS&period=2022-H1'],
      [CommitmentDetailSchema, '/commitments/AL-1-01'],
      [IndicatorListSchema, '/indicators'],
      [IndicatorSchema, '/indicators/str-received'],
      [ProgressSchema, '/progress'],
    ];
    for (const [schema, path] of cases) {
      const response = await call(path);
      expect(response.status, path).toBe(200);
      const result = schema.safeParse(await response.json());
      expect(result.success, path).toBe(false);
      // Exactly one field is wrong.
      expect(result.error?.issues, path).toHaveLength(1);
    }
    // Errors stay errors.
    await expectProblem('/commitments/XX-1-01', 404);
  });

  it('server-error, unavailable and not-found answer problem documents', async () => {
    await expectProblem('/roadmap', 500, 'server-error');
    await expectProblem('/commitments?jurisdiction=AL', 500, 'server-error');
    const { response } = await expectProblem('/progress', 503, 'unavailable');
    expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    await expectProblem('/jurisdictions', 404, 'not-found');
  });

  it('malformed-json answers 200 JSON that does not parse', async () => {
    const response = await call('/roadmap', 'malformed-json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('network-error fails the request without a response', async () => {
    await expect(call('/roadmap', 'network-error')).rejects.toThrow(TypeError);
  });

  it('timeout never answers; slow answers after 2.5 s', async () => {
    await expect(fetch(`${BASE}/roadmap`, { headers: { 'x-mock-scenario': 'timeout' }, signal: AbortSignal.timeout(200) })).rejects.toThrow();
    const started = performance.now();
    await getValid(RoadmapSchema, '/roadmap', 'slow');
    expect(performance.now() - started).toBeGreaterThanOrEqual(2400);
  });

  it('flaky fails every other request, starting with the first', async () => {
    useScenario('flaky');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await call('/jurisdictions')).status);
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
    expect((await call('/roadmap')).status).toBe(500);
    expect((await fetch(`${BASE}/roadmap?scenario=default`)).status).toBe(200);
    expect((await fetch(`${BASE}/roadmap?scenario=not-found`, { headers: { 'x-mock-scenario': 'default' } })).status).toBe(200);
    expect((await fetch(`${BASE}/roadmap?scenario=nonsense`)).status).toBe(500);
    resetScenario();
    expect(getScenario()).toBe('default');
    expect((await call('/roadmap')).status).toBe(200);
  });
});
