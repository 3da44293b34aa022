import { hrefOf } from '@/hooks/use-route';
import { useAttemptsStore } from '@/stores/attempts-store';
import { CandidateView } from './candidate-view';
import { ReviewerView } from './reviewer-view';
import './review.css';

/**
 * `#/review/<attemptId>`: for an attempt someone shared with you, the read-only answer and a review form;
 * for your own attempt, sharing it and the self / partner / grader scores side by side.
 */
export function ReviewScreen({ attemptId }: { attemptId: string }) {
  const status = useAttemptsStore((s) => s.status);
  const attempt = useAttemptsStore((s) =>
    Object.hasOwn(s.attempts, attemptId) ? s.attempts[attemptId] : undefined,
  );
  if (status === 'loading') return <p className="muted">Loading your saved attempts…</p>;
  if (!attempt)
    return (
      <section>
        <h1>Attempt not found</h1>
        <p>
          There is no attempt “{attemptId}” in this library.{' '}
          <a href={hrefOf({ name: 'attempts' })}>See your attempts</a>
        </p>
      </section>
    );
  return attempt.provenance.importedFrom === null ? (
    <CandidateView attempt={attempt} />
  ) : (
    <ReviewerView attempt={attempt} />
  );
}
