/**
 * The mock API in the browser (dev server and demo build), through msw's service worker.
 *
 * Scenario: `?scenario=` in the page URL wins and is remembered in sessionStorage for the tab;
 * without it, the remembered one, then VITE_MOCK_SCENARIO, then "default". The page URL and
 * sessionStorage are read again on every request, so changing either takes effect without a reload.
 */
// First: lets msw load when the browser blocks storage (see storage-guard.ts).
import { restoreLocalStorage } from './storage-guard';
import { setupWorker } from 'msw/browser';
import { createSafeStore, session } from '../src/components/safe-storage';
import previewData from 'virtual:mock-data';
import { setPreviewModel } from './data/dataset';
import { handlers } from './handlers';
import { DEFAULT_SCENARIO, isScenario, SCENARIO_PARAM, setScenario, setScenarioReader, type ScenarioName } from './scenarios';

restoreLocalStorage();

export const SCENARIO_STORAGE_KEY = 'roadmap-monitor.scenario';

export const worker = setupWorker(...handlers);

/** When the browser refuses sessionStorage, the scenario lasts until the page is reloaded. */
const scenarioStore = createSafeStore(SCENARIO_STORAGE_KEY, session);

function readStored(): string | null {
  return scenarioStore.read().value;
}

function store(name: ScenarioName): void {
  scenarioStore.write(name);
}

/** For the tester panel: false when the browser refused to remember the scenario for the tab. */
export function scenarioRemembered(): boolean {
  return scenarioStore.read().remembered;
}

function readPageParam(): string | null {
  return new URLSearchParams(window.location.search).get(SCENARIO_PARAM);
}

/** The scenario for the next request: page URL (remembered when valid), then sessionStorage. */
function readBrowserScenario(): ScenarioName | null {
  const fromPage = readPageParam();
  if (isScenario(fromPage)) {
    if (readStored() !== fromPage) store(fromPage);
    return fromPage;
  }
  const stored = readStored();
  return isScenario(stored) ? stored : null;
}

function initialScenario(): ScenarioName {
  const fromEnv = import.meta.env.VITE_MOCK_SCENARIO;
  return readBrowserScenario() ?? (isScenario(fromEnv) ? fromEnv : DEFAULT_SCENARIO);
}

export async function startMockWorker(): Promise<void> {
  // MOCK_DATA=workbook.xlsx npm run dev: the mock API serves that workbook (a preview before publishing).
  if (previewData) setPreviewModel(previewData.model, previewData.builtAt);
  const scenario = initialScenario();
  setScenario(scenario);
  store(scenario);
  setScenarioReader(readBrowserScenario);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    // The demo build's worker also caches the app for offline use (mocks/demo-sw.js).
    serviceWorker: { url: `${import.meta.env.BASE_URL}${import.meta.env.MODE === 'demo' ? 'demo-sw.js' : 'mockServiceWorker.js'}` },
  });
}

/**
 * For the in-app tester panel: switch scenario now and remember it for the tab. A `?scenario=` in
 * the page URL is updated too, so that it does not override the choice on the next request.
 */
export function setBrowserScenario(name: ScenarioName): void {
  setScenario(name);
  store(name);
  const url = new URL(window.location.href);
  if (url.searchParams.has(SCENARIO_PARAM)) {
    url.searchParams.set(SCENARIO_PARAM, name);
    window.history.replaceState(window.history.state, '', url);
  }
}

export { getScenario, isScenario, SCENARIOS, type ScenarioName } from './scenarios';
