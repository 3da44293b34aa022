import { useMemo } from 'react';
import type { Attempt } from '@/domain/attempt';
import { ownAttempts } from '@/domain/progress/input';
import type { ProgressFilter } from '@/domain/progress/stats';
import { NO_PROGRESS_FILTERS, useRoute, type ProgressFilters } from '@/hooks/use-route';
import { useAttemptsStore } from '@/stores/attempts-store';

/**
 * Your own saved attempts, oldest first (a stable array while the store does not change). Attempts shared
 * with you for review are someone else's work and are left out of progress and the report.
 */
export function useAllAttempts(): Attempt[] {
  const attempts = useAttemptsStore((s) => s.attempts);
  return useMemo(
    () => ownAttempts(Object.values(attempts)).toSorted((a, b) => a.createdAt - b.createdAt),
    [attempts],
  );
}

/** The progress filters from the URL, in the domain's shape. */
export function useProgressFilters(): { filters: ProgressFilters; filter: ProgressFilter } {
  const route = useRoute();
  const filters = (route.name === 'progress' && route.filters) || NO_PROGRESS_FILTERS;
  const filter = useMemo(
    () => ({ promptId: filters.prompt, mode: filters.mode, grader: filters.grader }),
    [filters.prompt, filters.mode, filters.grader],
  );
  return { filters, filter };
}
