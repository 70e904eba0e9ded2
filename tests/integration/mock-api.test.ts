/**
 * The standalone mock API (mocks/server.ts) over real HTTP: the same handlers behind a Node
 * server, for tools outside the browser.
 */
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ProblemSchema, RoadmapSchema } from '../../src/api/schemas';
import { server } from '../../mocks/node';
import { startMockApi, type MockApi } from '../../mocks/server';

let api: MockApi;

beforeAll(async () => {
  api = await startMockApi({ port: 0 });
});

afterAll(async () => {
  await api.close();
});

// The in-process msw interceptor (tests/setup.ts) must let these requests reach the real server.
beforeEach(() => {
  server.use(http.all(`${api.url}/*`, () => passthrough()));
});

describe('standalone mock API', () => {
  it('listens on a free local port', () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(api.port).toBeGreaterThan(0);
  });

  it('serves the roadmap over HTTP', async () => {
    const response = await fetch(`${api.url}/api/v1/roadmap.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const roadmap = v.parse(RoadmapSchema, await response.json());
    expect(roadmap.dataStatus).toBe('illustrative');
  });

  it('answers unknown ids with a 404 problem document', async () => {
    const response = await fetch(`${api.url}/api/v1/commitments/XX-0-00.json`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(v.parse(ProblemSchema, await response.json()).status).toBe(404);
  });

  it('lets a request choose its scenario with the x-mock-scenario header', async () => {
    const response = await fetch(`${api.url}/api/v1/roadmap.json`, { headers: { 'x-mock-scenario': 'unavailable' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect((await fetch(`${api.url}/api/v1/roadmap.json`)).status).toBe(200);
  });

  it('drops the connection in the network-error scenario', async () => {
    await expect(fetch(`${api.url}/api/v1/roadmap.json?scenario=network-error`)).rejects.toThrow(TypeError);
  });

  it('allows cross-origin calls from local origins only', async () => {
    const local = await fetch(`${api.url}/api/v1/jurisdictions.json`, { headers: { Origin: 'http://localhost:5173' } });
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const preflight = await fetch(`${api.url}/api/v1/jurisdictions.json`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Headers': 'x-mock-scenario' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-mock-scenario/i);
    const remote = await fetch(`${api.url}/api/v1/jurisdictions.json`, { headers: { Origin: 'https://example.com' } });
    expect(remote.headers.get('access-control-allow-origin')).toBeNull();
  });
});
