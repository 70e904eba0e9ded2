import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { RootError } from './root-error';
import { PageFallback, Shell } from './shell';

/**
 * A lazy route module exports `Component` and, optionally, `makeLoader(queryClient)`, which
 * validates the URL and starts the screen's queries while the module's code is still arriving.
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
            { index: true, lazy: lazyRoute(() => import('../features/overview/route'), queryClient) },
            { path: 'jurisdictions/:code', lazy: lazyRoute(() => import('../features/jurisdiction/route'), queryClient) },
            { path: 'pillars/:pillarId', lazy: lazyRoute(() => import('../features/pillar/route'), queryClient) },
            { path: 'indicators/:indicatorId', lazy: lazyRoute(() => import('../features/indicator/route'), queryClient) },
            { path: 'commitments/:commitmentId', lazy: lazyRoute(() => import('../features/commitment/route'), queryClient) },
            { path: 'about', lazy: lazyRoute(() => import('../features/about/route'), queryClient) },
            { path: '*', Component: NotFound },
          ],
        },
      ],
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
