/**
 * Routes outside the site's shell: presenter mode and the embed view. They are kept out of
 * routes.tsx on purpose: the build counts the screens that routes.tsx loads to decide what goes in
 * the entry file (vite.config.ts, `inEntry`), and these two show the charts of every screen.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { lazyRoute } from './lazy-route';
import { RootError } from './root-error';
import { PageFallback } from './shell';

export function standaloneRoutes(queryClient: QueryClient): RouteObject[] {
  return [
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
