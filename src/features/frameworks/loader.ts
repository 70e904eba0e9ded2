/** Route loader: starts the screen's queries while its code is still arriving. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetchWholeRoadmap } from '../../api/prefetch';

export function makeLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    prefetchWholeRoadmap(queryClient, new URL(request.url).searchParams.get('period'));
    return null;
  };
}
