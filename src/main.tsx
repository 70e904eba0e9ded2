import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import type { AppEnv } from './components/app-env';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { localeOfPath, rememberedStart } from './app/locale-path';
import { setApiLocale } from './api/locale';
import { setLocale } from './i18n/i18n';
import { DEFAULT_LOCALE } from './i18n/locales';
import './styles.css';

/**
 * The mock API runs in the dev server and in the demo build only. Production builds drop this
 * branch, so no msw code reaches them.
 */
async function startMocks(): Promise<AppEnv> {
  if (import.meta.env.DEV || import.meta.env.MODE === 'demo') {
    if (import.meta.env.VITE_USE_MOCKS === 'false') return { mocks: false };
    // eslint-disable-next-line import-x/no-restricted-paths -- the one env-gated dynamic import of the mock API
    const mock = await import('../mocks/browser');
    await mock.startMockWorker();
    return {
      mocks: true,
      demo: import.meta.env.MODE === 'demo',
      mockControls: {
        scenarios: mock.SCENARIOS,
        current: mock.getScenario,
        set: (name) => {
          if (mock.isScenario(name)) mock.setBrowserScenario(name);
        },
        remembered: mock.scenarioRemembered,
      },
    };
  }
  return { mocks: false };
}

/** The language from the URL's prefix (or the one chosen before, for a visit that starts at `/`). */
async function startLocale(): Promise<string> {
  const start = rememberedStart(window.location.pathname, window.location.search);
  if (start) window.history.replaceState(window.history.state, '', start);
  const { locale, basename } = localeOfPath(window.location.pathname);
  setApiLocale(locale);
  // The page shows in its language from the first render (the strings load before it).
  if (locale !== DEFAULT_LOCALE) await setLocale(locale);
  return basename;
}

async function start() {
  const basename = await startLocale();
  // Should the mock API fail to start, the app still starts, and its screens say the data could not be reached.
  const env = await startMocks().catch((error: unknown) => {
    console.error('The mock API did not start', error);
    return { mocks: false };
  });
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient), { basename });
  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root element');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} env={env} />
    </StrictMode>,
  );
}

void start();
