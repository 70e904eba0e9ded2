/**
 * The fetch client: builds URLs under the versioned base path, enforces a timeout, maps failures to
 * typed errors and validates every response body against its schema.
 */
import * as v from 'valibot';
import { ContractError, HttpError, NetworkError, TimeoutError, type ContractIssue } from './errors';
import { ProblemSchema } from './schemas';

export const API_PREFIX = '/api/v1';
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Base URL of the API: VITE_API_BASE_URL, or the app's own origin when unset. */
export function apiBaseUrl(): string {
  const configured = (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '';
  return configured.replace(/\/+$/, '');
}

export type QueryParams = Record<string, string | undefined>;

/** Path plus query string, e.g. "/commitments?jurisdiction=AL"; parameters left undefined are omitted. */
export function endpointPath(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  const query = search.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

function absoluteUrl(endpoint: string): string {
  const relative = `${apiBaseUrl()}${API_PREFIX}${endpoint}`;
  return new URL(relative, globalThis.location?.href ?? 'http://localhost/').toString();
}

/** "items[3].status" from the keys of an issue's path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(body)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export interface GetOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function problemFrom(endpoint: string, response: Response): Promise<HttpError> {
  let title = response.statusText || 'Error';
  let detail: string | undefined;
  try {
    const parsed = v.safeParse(ProblemSchema, await response.json());
    if (parsed.success) {
      title = parsed.output.title;
      detail = parsed.output.detail;
    }
  } catch {
    // A body that is not problem+json still yields the status line.
  }
  return new HttpError(endpoint, response.status, title, detail, retryAfterSeconds(response.headers.get('Retry-After')));
}

/**
 * GET `endpoint` (relative to /api/v1) and return its body parsed by `schema`.
 * Throws HttpError, NetworkError, TimeoutError or ContractError; an abort from the caller's signal
 * is rethrown unchanged.
 */
export async function apiGet<S extends v.GenericSchema>(endpoint: string, schema: S, options: GetOptions = {}): Promise<v.InferOutput<S>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(absoluteUrl(endpoint), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw new TimeoutError(endpoint, timeoutMs);
    throw new NetworkError(endpoint, error);
  }

  if (!response.ok) throw await problemFrom(endpoint, response);

  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw new TimeoutError(endpoint, timeoutMs);
    throw new ContractError(endpoint, [{ path: '(body)', message: 'The response is not valid JSON' }]);
  }

  const parsed = v.safeParse(schema, body);
  if (!parsed.success) {
    const issues: ContractIssue[] = parsed.issues.map((issue) => ({
      path: formatIssuePath(issue.path?.map((item) => item.key as PropertyKey) ?? []),
      message: issue.message,
    }));
    throw new ContractError(endpoint, issues);
  }
  return parsed.output;
}
