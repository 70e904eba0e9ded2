import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { AppEnvContext, type AppEnv } from '../components/app-env';
import { i18n } from '../i18n/i18n';

interface AppProps {
  queryClient: QueryClient;
  router: ReturnType<typeof createBrowserRouter>;
  env: AppEnv;
}

/** Providers around the router; tests render this with a memory router and a fresh QueryClient. */
export function App({ queryClient, router, env }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppEnvContext value={env}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AppEnvContext>
    </I18nextProvider>
  );
}
