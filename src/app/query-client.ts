import { QueryClient } from '@tanstack/react-query';
import { isRetryable, TimeoutError } from '../api/errors';

/**
 * One set of query defaults for the app: transient failures are retried twice, with backoff.
 * Contract breaks and client errors are not (they would fail the same way), nor are timeouts: the
 * user has already waited 15 seconds, so they get the message and a Retry button at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(error instanceof TimeoutError) && isRetryable(error) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
