import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import './styles.css';

/**
 * The mock API runs in the dev server and in the demo build only. Production builds drop this
 * branch, so no msw code reaches them.
 */
async function startMocks(): Promise<boolean> {
  if (import.meta.env.DEV || import.meta.env.MODE === 'demo') {
    if (import.meta.env.VITE_USE_MOCKS === 'false') return false;
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
    return true;
  }
  return false;
}

async function start() {
  const mocks = await startMocks();
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient));
  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root element');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} env={{ mocks }} />
    </StrictMode>,
  );
}

void start();
