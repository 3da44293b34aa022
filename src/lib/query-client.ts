// TanStack Query defaults for the app. Grading is a mutation: never retried automatically here,
// because each LLM call costs money; the LLM adapter has its own bounded retry policy.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 60_000 },
      mutations: { retry: false },
    },
  });
}
