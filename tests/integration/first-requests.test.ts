/**
 * The boot script preloads what src/boot/first-requests.ts lists; the app's loaders then make the
 * real requests. Every preloaded endpoint must be one the loaders request at once, or the preload
 * is wasted (and the browser warns about it). Checked here against the real routes and handlers.
 */
import { createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { createRoutes } from '../../src/app/routes';
import { SCREEN_PATHS } from '../../src/app/screen-paths';
import { firstRequests } from '../../src/boot/first-requests';
import { createTestQueryClient } from '../utils';

/** API endpoints (relative to /api/v1) requested while the router loads `url`. */
async function requestedWhileLoading(url: string): Promise<string[]> {
  const requested: string[] = [];
  const record = ({ request }: { request: Request }) => {
    const { pathname, search } = new URL(request.url);
    requested.push(`${pathname.replace(/^\/api\/v1/, '')}${search}`);
  };
  server.events.on('request:start', record);
  try {
    const router = createMemoryRouter(createRoutes(createTestQueryClient()), { initialEntries: [url] });
    await new Promise<void>((resolve) => {
      if (router.state.initialized) resolve();
      else router.subscribe((state) => state.initialized && resolve());
    });
    router.dispose();
  } finally {
    server.events.removeListener('request:start', record);
  }
  return requested;
}

const URLS = [
  '/',
  '/?period=2025-H2',
  '/jurisdictions/AL',
  '/jurisdictions/xk',
  '/jurisdictions/RS?period=2025-H2',
  '/jurisdictions/ZZ',
  // Ids the loaders reject: nothing may be preloaded for them.
  '/pillars/Not_A_Pillar',
  '/indicators/NOT-AN-ID',
  '/commitments/al-1-01',
  '/pillars/financial-intelligence',
  '/indicators/str-received',
  '/commitments/AL-1-01',
  '/about',
  '/no/such/page',
];

describe('the boot script preloads only what the opening screen requests at once', () => {
  it.each(URLS)('%s', async (url) => {
    const { pathname, searchParams } = new URL(url, 'http://localhost');
    const preloaded = firstRequests(pathname, searchParams, { paths: SCREEN_PATHS, locales: [] }).endpoints;
    const requested = await requestedWhileLoading(url);
    for (const endpoint of preloaded) expect(requested, endpoint).toContain(endpoint);
    // The roadmap comes first in every list: each screen's loader asks for it at once.
    if (preloaded.length > 0) expect(preloaded[0]).toBe('/roadmap.json');
  });
});
