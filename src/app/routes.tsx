import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { makeLoader as aboutLoader } from '../features/about/loader';
import { makeLoader as commitmentLoader } from '../features/commitment/loader';
import { makeLoader as indicatorLoader } from '../features/indicator/loader';
import { makeLoader as jurisdictionLoader } from '../features/jurisdiction/loader';
import { makeLoader as overviewLoader } from '../features/overview/loader';
import { makeLoader as pillarLoader } from '../features/pillar/loader';
import { makeLoader as frameworksLoader } from '../features/frameworks/loader';
import { makeLoader as reportingLoader } from '../features/reporting/loader';
import { RootError } from './root-error';
import { PageFallback, Shell } from './shell';

/**
 * Each screen has a small loader (`features/<screen>/loader.ts`) in the entry bundle: it checks the
 * URL and starts the screen's queries at once, while the screen's code (`route.tsx`, loaded
 * lazily) is still arriving. A lazy module exports `Component` and, optionally,
 * `makeLoader(queryClient)` when its loader needs the module's own code (the presenter's deck).
 */
interface RouteModule {
  Component: React.ComponentType;
  makeLoader?: (queryClient: QueryClient) => NonNullable<RouteObject['loader']>;
}

function lazyRoute(load: () => Promise<RouteModule>, queryClient: QueryClient): RouteObject['lazy'] {
  return async () => {
    const module = await load();
    return module.makeLoader
      ? { Component: module.Component, loader: module.makeLoader(queryClient) }
      : { Component: module.Component };
  };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const screen = (load: () => Promise<RouteModule>, makeLoader: (client: QueryClient) => NonNullable<RouteObject['loader']>) => ({
    loader: makeLoader(queryClient),
    lazy: lazyRoute(load, queryClient),
  });
  return [
    {
      path: '/',
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
            { path: 'reporting', ...screen(() => import('../features/reporting/route'), reportingLoader) },
            { path: 'frameworks', ...screen(() => import('../features/frameworks/route'), frameworksLoader) },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
    {
      // One chart alone, for framing in other sites (the CSP allows framing of /embed/* only).
      path: '/embed/:chartId/:subject?',
      HydrateFallback: PageFallback,
      ErrorBoundary: RootError,
      lazy: lazyRoute(() => import('../features/embed/route'), queryClient),
    },
    {
      // Presenter mode: full screen, without the site's header and navigation.
      path: '/present',
      HydrateFallback: PageFallback,
      ErrorBoundary: RootError,
      lazy: lazyRoute(() => import('../features/presenter/route'), queryClient),
    },
  ];
}
