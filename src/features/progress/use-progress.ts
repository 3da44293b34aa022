import { useMemo } from 'react';
import type { AttemptSummary } from '@/domain/attempt-summary';
import { ownAttempts } from '@/domain/progress/input';
import type { ProgressFilter } from '@/domain/progress/stats';
import { NO_PROGRESS_FILTERS, useRoute, type ProgressFilters } from '@/hooks/use-route';
import { useSummaries } from '@/stores/attempts-store';

/**
 * The summaries of your own saved attempts, oldest first (a stable array while none changes): progress
 * reads no answer text. Attempts shared with you for review are someone else's work and are left out.
 */
export function useAllAttempts(): AttemptSummary[] {
  const summaries = useSummaries();
  return useMemo(() => ownAttempts(summaries).toSorted((a, b) => a.createdAt - b.createdAt), [summaries]);
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
