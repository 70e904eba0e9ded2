/** Route loader: checks the URL and starts the screen's queries while its code is still arriving. */
import type { QueryClient } from '@tanstack/react-query';
import { jurisdictionsQuery, roadmapQuery } from '../../api/queries';

export function makeLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(roadmapQuery());
    void queryClient.prefetchQuery(jurisdictionsQuery());
    return null;
  };
}
