import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { createMemoryRouter } from 'react-router';
import { App } from '../src/app/app';
import { createRoutes } from '../src/app/routes';
import { localeOfPath } from '../src/app/locale-path';
import { setApiLocale } from '../src/api/locale';
import { i18n, setLocale } from '../src/i18n/i18n';
import type { MockControls } from '../src/components/app-env';
import { getScenario, isScenario, SCENARIOS, setScenario } from '../mocks/scenarios';

/** A fresh QueryClient per test, without retries, so that error states show at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** The tester panel's controls, wired to the node mock API as main.tsx wires them in the browser. */
export const testMockControls: MockControls = {
  scenarios: SCENARIOS,
  current: getScenario,
  set: (name) => {
    if (isScenario(name)) setScenario(name);
  },
};

/**
 * Renders the whole app (shell, routes, providers) at `path` against the msw handlers. A path with
 * a language prefix (`/sq/...`) opens in that language, as main.tsx does: the router's basename,
 * the API's language, and the strings (await `languageReady` before asserting on them).
 */
export function renderApp(path = '/') {
  const queryClient = createTestQueryClient();
  const { locale, basename } = localeOfPath(path.split('?')[0] ?? '/');
  setApiLocale(locale);
  const languageReady = locale === i18n.language ? Promise.resolve() : setLocale(locale);
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path], basename: basename || undefined });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} env={{ mocks: true, mockControls: testMockControls }} />);
  return { ...view, user, router, queryClient, languageReady };
}

/** The current location of a memory router as "path?query". */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
}

/**
 * Downloads the page makes: the Blob handed to URL.createObjectURL and the link's file name.
 * jsdom cannot follow a download link, so the click is recorded instead (restored after each test).
 */
export function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}
