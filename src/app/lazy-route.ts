import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/**
 * Each screen has a small loader (`features/<screen>/loader.ts`) in the entry bundle: it checks the
 * URL and starts the screen's queries at once, while the screen's code (`route.tsx`, loaded
 * lazily) is still arriving. A lazy module exports `Component` and, optionally,
 * `makeLoader(queryClient)` when its loader needs the module's own code (the presenter's deck).
 */
export interface RouteModule {
  Component: React.ComponentType;
  makeLoader?: (queryClient: QueryClient) => NonNullable<RouteObject['loader']>;
}

export function lazyRoute(load: () => Promise<RouteModule>, queryClient: QueryClient): RouteObject['lazy'] {
  return async () => {
    const module = await load();
    return module.makeLoader
      ? { Component: module.Component, loader: module.makeLoader(queryClient) }
      : { Component: module.Component };
  };
}

