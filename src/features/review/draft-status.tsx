import { useReviewDraftsStore } from '@/stores/review-drafts-store';

/** Whether what the reviewer typed is stored yet; a failed write says so and why. */
export function DraftStatus({ attemptId }: { attemptId: string }) {
  const state = useReviewDraftsStore((s) =>
    Object.hasOwn(s.save, attemptId) ? s.save[attemptId] : undefined,
  );
  if (state && typeof state === 'object')
    return (
      <span role="alert" className="field-error">
        {state.error}
      </span>
    );
  return (
    <span aria-live="polite">
      {state === 'saving' ? 'Saving draft…' : state === 'saved' ? 'Draft saved.' : ''}
    </span>
  );
}
