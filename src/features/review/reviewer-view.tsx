import { useEffect, useRef, useState } from 'react';
import { MarkdownView } from '@/components/markdown-view';
import { MermaidDiagram } from '@/components/mermaid-diagram';
import { ShareOutput } from '@/components/share-output';
import type { Attempt, PartnerReview } from '@/domain/attempt';
import type { ReviewDraft } from '@/domain/pack/review-draft';
import { SECTION_IDS } from '@/domain/sections';
import { useContent } from '@/hooks/use-content';
import { hrefOf } from '@/hooks/use-route';
import { partnerReviewReceived } from '@/stores/attempts-store';
import { reviewDraftEdited, useReviewDraft } from '@/stores/review-drafts-store';
import { DraftStatus } from './draft-status';
import { SectionReview } from './section-review';

/** The review as last sent (or an empty one), for a reviewer with no draft saved. */
function draftOf(attemptId: string, review: PartnerReview | undefined): ReviewDraft {
  return {
    version: 1,
    id: attemptId,
    reviewId: review?.id ?? crypto.randomUUID(),
    reviewer: review?.reviewer ?? '',
    overall: review?.overall ?? '',
    sections: Object.fromEntries(
      Object.entries(review?.sections ?? {}).map(([id, s]) => [
        id,
        { score: s!.score, notes: s!.notes, checked: s!.checked },
      ]),
    ),
    updatedAt: review?.createdAt ?? 0,
  };
}

/** A partner's attempt, read-only, with a score, notes and the rubric's criteria as a checklist per section. */
export function ReviewerView({ attempt }: { attempt: Attempt }) {
  const draft = useReviewDraft(attempt.id);
  if (draft === undefined) return <p className="muted">Loading your review…</p>;
  return <ReviewForm attempt={attempt} initial={draft ?? draftOf(attempt.id, attempt.reviews[0])} />;
}

function ReviewForm({ attempt, initial }: { attempt: Attempt; initial: ReviewDraft }) {
  const { prompts, rubrics } = useContent();
  const prompt = prompts.find((p) => p.id === attempt.promptId);
  const [draft, setDraft] = useState(initial);
  const { reviewer, overall, sections: drafts, reviewId } = draft;
  const [saved, setSaved] = useState<PartnerReview | null>(null);
  const edited = useRef(false);
  useEffect(() => {
    if (edited.current) reviewDraftEdited(draft);
  }, [draft]);
  const edit = (change: Partial<ReviewDraft>) => {
    edited.current = true;
    setSaved(null);
    setDraft((d) => ({ ...d, ...change, updatedAt: Date.now() }));
  };
  const answered = SECTION_IDS.filter((id) => attempt.answers[id].text.trim());
  const sections = Object.fromEntries(
    Object.entries(drafts)
      .filter(([, d]) => d && d.score !== null)
      .map(([id, d]) => [id, { score: d!.score!, notes: d!.notes.trim(), checked: d!.checked }]),
  );
  const scored = Object.keys(sections).length;
  const save = () => {
    const review: PartnerReview = {
      id: reviewId,
      reviewer: reviewer.trim(),
      createdAt: Date.now(),
      overall: overall.trim(),
      sections,
    };
    partnerReviewReceived(attempt.id, review, review.createdAt);
    setSaved(review);
  };
  return (
    <article className="stack review-screen" aria-labelledby="review-title">
      <p>
        <a href={hrefOf({ name: 'attempts' })}>← Attempts</a>
      </p>
      <h1 id="review-title">
        Review {attempt.provenance.author ?? 'a partner'}’s attempt at “{attempt.promptTitle}”
      </h1>
      <p className="muted">
        Read-only. Score each answered section 0-4 against the same rubric the grader uses, tick the criteria
        it meets, add notes, then send the review back as a link or file. What you type is kept on this device
        as you go.
      </p>
      {prompt ? (
        <details className="card">
          <summary>The brief</summary>
          <MarkdownView text={prompt.body} />
        </details>
      ) : (
        <p className="banner info">
          The prompt “{attempt.promptTitle}” is not in your library; the rubric still applies.
        </p>
      )}
      {attempt.diagram.source.trim() && (
        <section className="card" aria-label="Diagram">
          <MermaidDiagram source={attempt.diagram.source} title="The candidate's architecture diagram" />
        </section>
      )}
      {answered.map((id) => (
        <SectionReview
          key={id}
          section={id}
          text={attempt.answers[id].text}
          rubric={rubrics[id]}
          draft={drafts[id] ?? { score: null, notes: '', checked: [] }}
          onChange={(d) => edit({ sections: { ...drafts, [id]: d } })}
        />
      ))}
      <section className="card stack" aria-labelledby="send-review">
        <h2 id="send-review">Send the review</h2>
        <label className="field">
          Your name
          <input
            type="text"
            value={reviewer}
            maxLength={80}
            onChange={(e) => edit({ reviewer: e.target.value })}
          />
        </label>
        <label className="field">
          Overall comments
          <textarea
            rows={4}
            maxLength={5000}
            value={overall}
            onChange={(e) => edit({ overall: e.target.value })}
          />
        </label>
        <p className="muted">
          {scored} of {answered.length} answered section(s) scored. <DraftStatus attemptId={attempt.id} />
        </p>
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={!reviewer.trim() || scored === 0}
            onClick={save}
          >
            Save and create review link
          </button>
        </div>
        {saved && (
          <ShareOutput
            output={{
              kind: 'review',
              attemptId: attempt.id,
              promptTitle: attempt.promptTitle,
              review: saved,
            }}
            fileName={`review-${attempt.id.slice(0, 8)}.json`}
            what="your review"
          />
        )}
      </section>
    </article>
  );
}
