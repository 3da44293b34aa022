import { useMemo, useState } from 'react';
import { attemptSections } from '@/domain/attempt';
import type { AttemptSummary } from '@/domain/attempt-summary';
import { ownAttempts } from '@/domain/progress/input';
import { reviewSchedule, type ReviewSchedule } from '@/domain/progress/review';
import { promptTotals, type PromptTotals } from '@/domain/progress/stats';
import { useSummaries } from '@/stores/attempts-store';

export interface LibraryStats {
  byPrompt: Map<string, PromptTotals & { due: number }>;
  review: ReviewSchedule;
  /** The most recently edited attempt that is neither ended nor fully graded. */
  unfinished: AttemptSummary | null;
  now: number;
}

/**
 * What the library knows about you: per prompt totals and due sections, the review list, where you left off.
 * Attempts shared with you are someone else's work and are left out.
 */
export function useLibraryStats(): LibraryStats {
  const summaries = useSummaries();
  const [now] = useState(() => Date.now());
  return useMemo(() => {
    const list = ownAttempts(summaries);
    const review = reviewSchedule(list, now);
    const dueBy = new Map<string, number>();
    for (const d of review.due) dueBy.set(d.promptId, (dueBy.get(d.promptId) ?? 0) + 1);
    const byPrompt = new Map(
      promptTotals(list).map((t) => [t.promptId, { ...t, due: dueBy.get(t.promptId) ?? 0 }]),
    );
    const unfinished =
      list
        .filter(
          (a) => !a.clock.some((e) => e.kind === 'end') && attemptSections(a).some((id) => !a.grades[id]),
        )
        .toSorted((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
    return { byPrompt, review, unfinished, now };
  }, [summaries, now]);
}
