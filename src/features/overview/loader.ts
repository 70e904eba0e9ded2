/** Route loader: checks the URL and starts the screen's queries while its code is still arriving. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import { apiPeriodFor } from '../../domain/periods';

export function makeLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const period = new URL(request.url).searchParams.get('period');
    void queryClient.prefetchQuery(jurisdictionsQuery());
    void queryClient.prefetchQuery(roadmapQuery());
    // The latest period is the API's default: its figures load alongside the roadmap.
    if (period === null) {
      void queryClient.prefetchQuery(progressQuery());
    } else {
      void queryClient
        .ensureQueryData(roadmapQuery())
        .then((roadmap) => queryClient.prefetchQuery(progressQuery(apiPeriodFor(roadmap, period))))
        .catch(() => undefined);
    }
    return null;
  };
}
