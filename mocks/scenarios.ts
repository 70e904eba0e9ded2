/**
 * Scenarios switch the mock API's behaviour without code changes: slow answers, failures, broken
 * payloads, an empty or a very large dataset.
 *
 * The scenario of a request is, in order: the `x-mock-scenario` request header, the `scenario`
 * query parameter of the request URL, the reader set by the browser entry (page URL, then
 * sessionStorage), and finally the module's current scenario (setScenario; default "default").
 * Unknown names are ignored at every step.
 *
 * openapi.json is answered before any scenario applies.
 */
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { LOCALES, type ApiLocale } from '../src/api/schemas';
import { getDataset, type Dataset, type DatasetKind } from './data/dataset';
import { API_BASE_PATH, apiPath } from './handlers/paths';
import { problem } from './handlers/problem';

export const SCENARIOS = [
  { name: 'default', description: 'The illustrative dataset, answered at once.' },
  { name: 'slow', description: 'Every request takes 2.5 seconds.' },
  { name: 'timeout', description: 'Requests are never answered.' },
  { name: 'server-error', description: 'Every request fails with 500 and a problem document.' },
  { name: 'unavailable', description: 'Every request fails with 503 and Retry-After: 30.' },
  { name: 'network-error', description: 'Every request fails at the network level (no response).' },
  { name: 'not-found', description: 'Every request answers 404 with a problem document.' },
  { name: 'malformed-json', description: 'Answers 200 with a body that is not valid JSON.' },
  { name: 'contract-violation', description: 'Answers 200 with the real payload, but one field has the wrong type.' },
  { name: 'empty', description: 'A roadmap with no commitments and no indicators yet.' },
  { name: 'partial', description: 'Only the indicators endpoints fail with 500; everything else works.' },
  { name: 'large', description: 'About 900 commitments per jurisdiction and indicators for 2006-2025.' },
  { name: 'flaky', description: 'Every other request fails with 500, starting with the first.' },
  {
    name: 'english-only',
    description: 'A static API built from a workbook without translations: resources in another language answer 404 and the release lists no languages.',
  },
] as const;

export type ScenarioName = (typeof SCENARIOS)[number]['name'];

export const DEFAULT_SCENARIO: ScenarioName = 'default';
export const SCENARIO_HEADER = 'x-mock-scenario';
export const SCENARIO_PARAM = 'scenario';
export const SLOW_DELAY_MS = 2500;
export const RETRY_AFTER_SECONDS = 30;

const NAMES: ReadonlySet<string> = new Set(SCENARIOS.map((s) => s.name));

export function isScenario(name: unknown): name is ScenarioName {
  return typeof name === 'string' && NAMES.has(name);
}

let current: ScenarioName = DEFAULT_SCENARIO;
let flakyCount = 0;
let reader: (() => string | null | undefined) | null = null;

/** Sets the scenario for requests that do not name one; restarts the flaky sequence. */
export function setScenario(name: ScenarioName): void {
  if (!isScenario(name)) throw new RangeError(`Unknown mock scenario "${String(name)}"`);
  current = name;
  flakyCount = 0;
}

export function getScenario(): ScenarioName {
  return current;
}

export function resetScenario(): void {
  setScenario(DEFAULT_SCENARIO);
}

/** A source consulted on every request before the current scenario (the browser uses the page URL). */
export function setScenarioReader(read: (() => string | null | undefined) | null): void {
  reader = read;
}

export function resolveScenario(request: { url: string; headers: Headers }): ScenarioName {
  const fromHeader = request.headers.get(SCENARIO_HEADER);
  if (isScenario(fromHeader)) return fromHeader;
  const fromUrl = new URL(request.url).searchParams.get(SCENARIO_PARAM);
  if (isScenario(fromUrl)) return fromUrl;
  const fromReader = reader?.();
  if (isScenario(fromReader)) return fromReader;
  return current;
}

function datasetKind(scenario: ScenarioName): DatasetKind {
  if (scenario === 'empty' || scenario === 'large') return scenario;
  return 'default';
}

/**
 * The languages besides English that the API publishes for a request (release.locales): all of the
 * dataset's, or none in the english-only scenario.
 */
export function publishedLocales<L extends ApiLocale>(request: Request, locales: readonly L[]): L[] {
  return resolveScenario(request) === 'english-only' ? [] : [...locales];
}

const LOCALE_PATH = new RegExp(`${API_BASE_PATH}/(?:${LOCALES.join('|')})/`);

/** The dataset that answers a request, in its locale: empty and large scenarios have their own. */
export function datasetFor(request: Request, locale: ApiLocale = 'en'): Dataset {
  return getDataset(datasetKind(resolveScenario(request)), locale);
}

/**
 * Breaks the contract in one place, deterministically: the first number in the body (depth first)
 * becomes a string; a body without numbers has its first string turned into a number.
 */
export function violateContract<T extends JsonBodyType>(body: T): T {
  const copy = structuredClone(body);
  const visit = (value: unknown, wanted: 'number' | 'string'): boolean => {
    if (value === null || typeof value !== 'object') return false;
    const container = value as Record<string, unknown>;
    for (const key of Object.keys(container)) {
      const child = container[key];
      if (typeof child === wanted) {
        container[key] = wanted === 'number' ? String(child) : 42;
        return true;
      }
      if (visit(child, wanted)) return true;
    }
    return false;
  };
  if (!visit(copy, 'number')) visit(copy, 'string');
  return copy;
}

/** The hook every successful data response passes through. */
export function transformBody(request: Request, body: JsonBodyType): JsonBodyType {
  return resolveScenario(request) === 'contract-violation' ? violateContract(body) : body;
}

function simulated(status: number, scenario: ScenarioName, pathname: string, headers?: Record<string, string>): Response {
  return problem(status, `Simulated by the mock API (scenario "${scenario}").`, { instance: pathname, headers });
}

/**
 * Runs before the data handlers. Returning nothing lets the request fall through to them.
 */
export const scenarioHandlers = [
  http.all(apiPath('/*'), async ({ request }) => {
    const { pathname } = new URL(request.url);
    if (pathname.endsWith(`${API_BASE_PATH}/openapi.json`)) return undefined;
    const scenario = resolveScenario(request);
    switch (scenario) {
      case 'slow':
        await delay(SLOW_DELAY_MS);
        return undefined;
      case 'timeout':
        await delay('infinite');
        return undefined;
      case 'server-error':
        return simulated(500, scenario, pathname);
      case 'unavailable':
        return simulated(503, scenario, pathname, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
      case 'network-error':
        return HttpResponse.error();
      case 'not-found':
        return simulated(404, scenario, pathname);
      case 'malformed-json':
        return new HttpResponse('{"items": [{"code": "AL", "name": "Alban', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      case 'partial':
        return /\/indicators(\/|\.json$)/.test(pathname) ? simulated(500, scenario, pathname) : undefined;
      case 'flaky':
        flakyCount += 1;
        return flakyCount % 2 === 1 ? simulated(500, scenario, pathname) : undefined;
      case 'english-only':
        // As a static host answers for a language folder that data:build did not write.
        return LOCALE_PATH.test(pathname) ? simulated(404, scenario, pathname) : undefined;
      default:
        return undefined;
    }
  }),
];
