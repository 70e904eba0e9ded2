import { QueryClient } from '@tanstack/react-query';
import { isRetryable, TimeoutError } from '../api/errors';

/**
 * One set of query defaults for the app: transient failures are retried twice, with backoff.
 * Contract breaks and client errors are not (they would fail the same way), nor are timeouts: the
 * user has already waited 15 seconds, so they get the message and a Retry button at once.
 * Queries run even when the browser reports no network: the offline demo answers from its service
 * worker, and elsewhere the user gets "could not be reached" with Retry instead of a paused spinner.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(error instanceof TimeoutError) && isRetryable(error) && failureCount < 2,
        refetchOnWindowFocus: false,
        networkMode: 'always',
      },
    },
  });
}
