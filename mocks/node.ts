/** The mock API for Node: component and integration tests (vitest) use the same handlers as the app. */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { resetScenario, setScenario, type ScenarioName } from './scenarios';

export const server = setupServer(...handlers);

/** Switches the mock API to a scenario for the current test; tests call resetScenario() in afterEach. */
export const useScenario = (name: ScenarioName): void => setScenario(name);

export { resetScenario };
