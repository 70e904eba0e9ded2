/**
 * Test setup: the real msw handlers answer every request; an unhandled request fails the test.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetScenario, server } from '../mocks/node';
import { setApiLocale } from '../src/api/locale';
import { forgetUnpublishedLanguages } from '../src/api/queries';

// Lazy route modules and msw answers take longer than a second on a busy two-core machine.
configure({ asyncUtilTimeout: 5000 });

const unhandled: string[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:unhandled', ({ request }) => {
    unhandled.push(`${request.method} ${request.url}`);
  });
});

afterEach(() => {
  cleanup();
  // A test that opened the app in another language leaves the API in English for the next one.
  setApiLocale('en');
  forgetUnpublishedLanguages();
  server.resetHandlers();
  resetScenario();
  if (unhandled.length > 0) {
    const list = unhandled.splice(0).join(', ');
    throw new Error(`Requests without a mock handler: ${list}`);
  }
});

afterAll(() => server.close());

/**
 * recharts measures its container with ResizeObserver, which jsdom lacks: report a fixed size so
 * charts render. Assigned unconditionally so every environment behaves the same.
 */
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    const entry = { target, contentRect: rect, borderBoxSize: [], contentBoxSize: [], devicePixelContentBoxSize: [] };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;
