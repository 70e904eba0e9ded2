import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { apiGet, endpointPath, formatIssuePath } from '../../../src/api/client';
import { ContractError, HttpError, isNotFound, isRetryable, NetworkError, TimeoutError } from '../../../src/api/errors';
import { server } from '../../../mocks/node';

const Thing = v.object({ items: v.array(v.object({ id: v.string(), count: v.number() })) });
const url = '*/api/v1/things';

describe('apiGet error mapping', () => {
  it('returns the parsed body when it matches the schema', async () => {
    server.use(http.get(url, () => HttpResponse.json({ items: [{ id: 'a', count: 2 }] })));
    await expect(apiGet('/things', Thing)).resolves.toEqual({ items: [{ id: 'a', count: 2 }] });
  });

  it('maps a problem+json error to HttpError with title, detail and Retry-After', async () => {
    server.use(
      http.get(url, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Maintenance' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } },
        ),
      ),
    );
    const error = await apiGet('/things', Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 503, title: 'Service Unavailable', detail: 'Maintenance', retryAfter: 30, endpoint: '/things' });
    expect(isRetryable(error)).toBe(true);
  });

  it('keeps the status line when an error body is not problem+json', async () => {
    server.use(http.get(url, () => new HttpResponse('oops', { status: 502, statusText: 'Bad Gateway' })));
    const error = await apiGet('/things', Thing).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 502, title: 'Bad Gateway' });
  });

  it('does not retry a 404', async () => {
    server.use(http.get(url, () => HttpResponse.json({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 })));
    const error = await apiGet('/things', Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(isRetryable(error)).toBe(false);
    expect(isNotFound(error)).toBe(true);
  });

  it('tells a 404 from other failures (isNotFound)', () => {
    expect(isNotFound(new HttpError('/things', 404, 'Not Found', undefined, undefined))).toBe(true);
    expect(isNotFound(new HttpError('/things', 410, 'Gone', undefined, undefined))).toBe(false);
    expect(isNotFound(new HttpError('/things', 500, 'Server Error', undefined, undefined))).toBe(false);
    expect(isNotFound(new NetworkError('/things', new Error('offline')))).toBe(false);
    expect(isNotFound({ status: 404 })).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });

  it('maps a failed connection to NetworkError', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    const error = await apiGet('/things', Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(isRetryable(error)).toBe(true);
  });

  it('maps a body that is not JSON to ContractError at (body)', async () => {
    server.use(http.get(url, () => new HttpResponse('{"items": [', { headers: { 'Content-Type': 'application/json' } })));
    const error = await apiGet('/things', Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).issues[0]?.path).toBe('(body)');
  });

  it('names the endpoint and the field path of a contract violation', async () => {
    server.use(http.get(url, () => HttpResponse.json({ items: [{ id: 'a', count: 1 }, { id: 'b', count: 'two' }] })));
    const error = await apiGet('/things?x=1', Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).endpoint).toBe('/things?x=1');
    expect((error as ContractError).issues.map((i) => i.path)).toEqual(['items[1].count']);
    // In English, saying what was expected and what came instead.
    expect((error as ContractError).issues[0]?.message).toMatch(/expected number but received "two"/i);
    expect((error as Error).message).toContain('items[1].count');
    expect(isRetryable(error)).toBe(false);
  });

  it('gives up after the timeout with TimeoutError', async () => {
    server.use(
      http.get(url, async () => {
        await delay(2_000);
        return HttpResponse.json({ items: [] });
      }),
    );
    const error = await apiGet('/things', Thing, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain('/things');
  });

  it('rethrows the caller’s own abort unchanged', async () => {
    server.use(
      http.get(url, async () => {
        await delay(2_000);
        return HttpResponse.json({ items: [] });
      }),
    );
    const controller = new AbortController();
    const pending = apiGet('/things', Thing, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('URL helpers', () => {
  it('omits empty parameters', () => {
    expect(endpointPath('/commitments', { jurisdiction: 'AL', status: undefined, pillar: '' })).toBe('/commitments?jurisdiction=AL');
    expect(endpointPath('/roadmap')).toBe('/roadmap');
  });

  it('formats issue paths', () => {
    expect(formatIssuePath([])).toBe('(body)');
    expect(formatIssuePath(['items', 3, 'status'])).toBe('items[3].status');
  });
});
