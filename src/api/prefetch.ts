/**
 * Prefetches shared by the screens that read every commitment and indicator of the roadmap
 * (reporting completeness, the framework crosswalk): started by their loaders while the code arrives.
 */
import type { QueryClient } from '@tanstack/react-query';
import { apiPeriodFor } from '../domain/periods';
import { commitmentsQuery, indicatorsQuery, jurisdictionsQuery, roadmapQuery } from './queries';

export function prefetchWholeRoadmap(queryClient: QueryClient, rawPeriod: string | null): void {
  void queryClient.prefetchQuery(jurisdictionsQuery());
  void queryClient.prefetchQuery(indicatorsQuery());
  void queryClient
    .ensureQueryData(roadmapQuery())
    .then((roadmap) => queryClient.prefetchQuery(commitmentsQuery({ period: apiPeriodFor(roadmap, rawPeriod) })))
    .catch(() => undefined);
}
