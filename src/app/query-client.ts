import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api/errors';

/** One set of query defaults for the app: retry transient failures twice, never contract breaks. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isRetryable(error) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
