import type { ReviewItem } from '@/domain/progress/review';
import { navigate } from '@/hooks/use-route';
import { drillStarted } from '@/stores/attempts-store';

/** Starts a five-minute drill of one section that is due for review, and opens it. */
export function startDrill(item: ReviewItem): void {
  const attempt = drillStarted({
    id: crypto.randomUUID(),
    promptId: item.promptId,
    promptTitle: item.promptTitle,
    sections: [item.section],
    now: Date.now(),
    reviewOf: item.attemptId,
  });
  navigate({ name: 'attempt', attemptId: attempt.id });
}
