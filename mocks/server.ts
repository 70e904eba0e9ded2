/**
 * The mock API as a standalone HTTP server, for tools outside the browser (curl, a backend team's
 * contract tests, a native client): `npm run mock-api` or `tsx mocks/server.ts`.
 *
 * Environment: MOCK_API_PORT (default 4010), MOCK_SCENARIO (default "default"), MOCK_DATA (a
 * workbook or CSV folder to serve instead of the illustrative data). A request can
 * still pick its own scenario with the x-mock-scenario header or the ?scenario= parameter.
 * Browsers on local origins (localhost, 127.0.0.1, [::1]) may call it cross-origin.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer as createMockApp } from '@mswjs/http-middleware';
import compression from 'compression';
import { setPreviewModel } from './data/dataset';
import { handlers } from './handlers';
import { isScenario, resolveScenario, SCENARIO_HEADER, SCENARIOS, setScenario, type ScenarioName } from './scenarios';

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

export interface MockApiOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  scenario?: ScenarioName;
}

export interface MockApi {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

function allowLocalOrigin(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin || !LOCAL_ORIGIN.test(origin)) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', `Accept, Content-Type, ${SCENARIO_HEADER}`);
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  res.setHeader('Access-Control-Max-Age', '600');
}

export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const host = options.host ?? DEFAULT_HOST;
  if (options.scenario) setScenario(options.scenario);
  const app = createMockApp(...handlers);
  // Responses are compressed (Brotli or gzip, as the client accepts), as a production API's would be.
  const compress = compression();

  const server: Server = createHttpServer((req, res) => {
    allowLocalOrigin(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    // A network error has no HTTP response at all: drop the connection.
    const header = req.headers[SCENARIO_HEADER];
    const requestLike = {
      url: new URL(req.url ?? '/', `http://${req.headers.host ?? host}`).toString(),
      headers: new Headers(typeof header === 'string' ? { [SCENARIO_HEADER]: header } : {}),
    };
    if (resolveScenario(requestLike) === 'network-error' && !requestLike.url.includes('/openapi.json')) {
      req.socket.destroy();
      return;
    }
    // compression is plain connect middleware: node's own request and response objects suffice.
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => app(req, res));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Requests held open by the timeout scenario would otherwise keep the server alive.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const scenario = process.env.MOCK_SCENARIO ?? 'default';
  if (!isScenario(scenario)) {
    console.error(`Unknown MOCK_SCENARIO "${scenario}". Known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
    process.exit(1);
  }
  const port = Number(process.env.MOCK_API_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`MOCK_API_PORT must be a port number, got "${process.env.MOCK_API_PORT}"`);
    process.exit(1);
  }
  const file = process.env.MOCK_DATA;
  if (file) {
    // A workbook served as a preview of what data:build would publish.
    const { loadMockData } = await import('../scripts/data/load');
    try {
      const data = await loadMockData(file);
      setPreviewModel(data.model, data.builtAt);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
  }
  const api = await startMockApi({ port, scenario });
  console.log(`Mock API (${file ? `preview of ${file}` : 'illustrative data'}, scenario "${scenario}") at ${api.url}/api/v1/roadmap.json`);
  const stop = () => void api.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (isMain()) void main();
