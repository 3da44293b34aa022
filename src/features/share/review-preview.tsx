import type { PartnerReview } from '@/domain/attempt';
import { SECTION_IDS, sectionMeta } from '@/domain/sections';
import { hrefOf, navigate } from '@/hooks/use-route';
import { partnerReviewReceived, useAttemptRead } from '@/stores/attempts-store';

/** A partner's review of one of this user's attempts; adding it shows the scores side by side. */
export function ReviewPreview({
  attemptId,
  promptTitle,
  review,
}: {
  attemptId: string;
  promptTitle: string;
  review: PartnerReview;
}) {
  const { attempt: target, state } = useAttemptRead(attemptId);
  const ready = state !== 'loading';
  const already = target?.reviews.some((r) => r.id === review.id);
  const confirm = () => {
    partnerReviewReceived(attemptId, review, Date.now());
    navigate({ name: 'review', attemptId });
  };
  return (
    <section className="card stack" aria-labelledby="preview-title">
      <h2 id="preview-title">
        Review by {review.reviewer} <span className="muted">of your attempt at “{promptTitle}”</span>
      </h2>
      <ul className="row" aria-label="Scores given">
        {SECTION_IDS.filter((id) => review.sections[id]).map((id) => (
          <li key={id} className="chip">
            {sectionMeta(id).title}: {review.sections[id]!.score}/4
          </li>
        ))}
      </ul>
      {!ready ? (
        <p className="muted">Loading your saved attempts…</p>
      ) : !target ? (
        <p className="banner error" role="alert">
          This review is for an attempt that is not in this library (id “{attemptId}”), so nothing was
          imported. Open the link in the browser where you wrote the attempt.
        </p>
      ) : (
        <>
          {already && (
            <p className="banner warn">You added this review before; adding it again replaces it.</p>
          )}
          <div className="row">
            <button type="button" className="primary" onClick={confirm}>
              Add review
            </button>
            <a href={hrefOf({ name: 'attempts' })}>Cancel</a>
          </div>
        </>
      )}
    </section>
  );
}
