import { http } from 'msw';
import { API_BASE_PATH, apiPath } from './paths';
import { problem, PROBLEM_TYPES } from './problem';

/** Anything else under the API path: a problem response rather than the app's HTML page. */
export const fallbackHandlers = [
  http.all(apiPath('/*'), ({ request }) => {
    const { pathname } = new URL(request.url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return problem(405, `The API is read-only; ${request.method} is not supported.`, {
        headers: { Allow: 'GET' },
        instance: pathname,
      });
    }
    return problem(404, `There is no API resource at ${pathname}. Resources live under ${API_BASE_PATH}.`, {
      type: PROBLEM_TYPES.notFound,
      instance: pathname,
    });
  }),
];
