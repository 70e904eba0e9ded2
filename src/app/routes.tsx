import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { releaseQuery } from '../api/queries';
import { NotFound } from '../components/not-found';
import { makeLoader as aboutLoader } from '../features/about/loader';
import { makeLoader as commitmentLoader } from '../features/commitment/loader';
import { makeLoader as indicatorLoader } from '../features/indicator/loader';
import { makeLoader as jurisdictionLoader } from '../features/jurisdiction/loader';
import { makeLoader as overviewLoader } from '../features/overview/loader';
import { makeLoader as pillarLoader } from '../features/pillar/loader';
import { makeLoader as frameworksLoader } from '../features/frameworks/loader';
import { makeLoader as reportingLoader } from '../features/reporting/loader';
import { lazyRoute, type RouteModule } from './lazy-route';
import { childPath } from './screen-paths';
import { RootError } from './root-error';
import { standaloneRoutes } from './standalone-routes';
import { PageFallback, Shell } from './shell';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const screen = (load: () => Promise<RouteModule>, makeLoader: (client: QueryClient) => NonNullable<RouteObject['loader']>) => ({
    loader: makeLoader(queryClient),
    lazy: lazyRoute(load, queryClient),
  });
  return [
    {
      path: '/',
      // The header and footer show the release on every screen: ask for it with the screen's data,
      // not after the first render.
      loader: () => {
        void queryClient.prefetchQuery(releaseQuery());
        return null;
      },
      Component: Shell,
      HydrateFallback: PageFallback,
      ErrorBoundary: RootError,
      children: [
        {
          // Errors inside a page keep the header and navigation.
          ErrorBoundary: RootError,
          children: [
            { index: true, ...screen(() => import('../features/overview/route'), overviewLoader) },
            { path: 'jurisdictions/:code', ...screen(() => import('../features/jurisdiction/route'), jurisdictionLoader) },
            { path: 'pillars/:pillarId', ...screen(() => import('../features/pillar/route'), pillarLoader) },
            { path: 'indicators/:indicatorId', ...screen(() => import('../features/indicator/route'), indicatorLoader) },
            { path: 'commitments/:commitmentId', ...screen(() => import('../features/commitment/route'), commitmentLoader) },
            { path: 'about', ...screen(() => import('../features/about/route'), aboutLoader) },
            { path: childPath('reporting'), ...screen(() => import('../features/reporting/route'), reportingLoader) },
            { path: childPath('frameworks'), ...screen(() => import('../features/frameworks/route'), frameworksLoader) },
            { path: childPath('jurisdiction'), ...screen(() => import('../features/jurisdiction/route'), jurisdictionLoader) },
            { path: childPath('pillar'), ...screen(() => import('../features/pillar/route'), pillarLoader) },
            { path: childPath('indicator'), ...screen(() => import('../features/indicator/route'), indicatorLoader) },
            { path: childPath('commitment'), ...screen(() => import('../features/commitment/route'), commitmentLoader) },
            { path: childPath('about'), ...screen(() => import('../features/about/route'), aboutLoader) },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
    ...standaloneRoutes(queryClient),
  ];
}
