import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem';

/** Retries once for network or server trouble, never for a request the server rejected (4xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          const status = error instanceof ApiError ? error.problem.status : undefined;
          if (status !== undefined && status < 500) return false;
          return failureCount < 1;
        },
      },
    },
  });
}
