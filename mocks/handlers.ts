/**
 * Every mock API handler, in the order msw tries them: the contract document, the scenario
 * switch, the data endpoints, then a problem response for unknown API paths.
 */
import { commitmentHandlers } from './handlers/commitments';
import { fallbackHandlers } from './handlers/fallback';
import { feedHandlers } from './handlers/feeds';
import { indicatorHandlers } from './handlers/indicators';
import { jurisdictionHandlers } from './handlers/jurisdictions';
import { openApiHandlers } from './handlers/openapi';
import { progressHandlers } from './handlers/progress';
import { roadmapHandlers } from './handlers/roadmap';
import { scenarioHandlers } from './scenarios';

export const handlers = [
  ...openApiHandlers,
  ...scenarioHandlers,
  ...roadmapHandlers,
  ...jurisdictionHandlers,
  ...commitmentHandlers,
  ...indicatorHandlers,
  ...progressHandlers,
  ...feedHandlers,
  ...fallbackHandlers,
];
