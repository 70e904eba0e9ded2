/**
 * Path patterns of the API. The leading "*" matches any origin, so the same handlers answer
 * same-origin requests in the browser, absolute URLs in tests and the standalone server.
 */
export const API_BASE_PATH = '/api/v1';

export function apiPath(path: string): string {
  return `*${API_BASE_PATH}${path}`;
}
