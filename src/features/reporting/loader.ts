/** Route loader: starts the screen's queries while its code is still arriving. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { commitmentsQuery, indicatorsQuery, jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import { apiPeriodFor } from '../../domain/periods';

export function makeLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const raw = new URL(request.url).searchParams.get('period');
    void queryClient.prefetchQuery(jurisdictionsQuery());
    void queryClient.prefetchQuery(indicatorsQuery());
    void queryClient
      .ensureQueryData(roadmapQuery())
      .then((roadmap) => queryClient.prefetchQuery(commitmentsQuery({ period: apiPeriodFor(roadmap, raw) })))
      .catch(() => undefined);
    return null;
  };
}
