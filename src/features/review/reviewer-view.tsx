import { useState } from 'react';
import { MarkdownView } from '@/components/markdown-view';
import { MermaidDiagram } from '@/components/mermaid-diagram';
import { ShareOutput } from '@/components/share-output';
import type { Attempt, PartnerReview } from '@/domain/attempt';
import { SECTION_IDS } from '@/domain/sections';
import { useContent } from '@/hooks/use-content';
import { hrefOf } from '@/hooks/use-route';
import { partnerReviewReceived } from '@/stores/attempts-store';
import { SectionReview, type SectionDraft } from './section-review';

type Drafts = Partial<Record<(typeof SECTION_IDS)[number], SectionDraft>>;

function draftsOf(review: PartnerReview | undefined): Drafts {
  return Object.fromEntries(
    Object.entries(review?.sections ?? {}).map(([id, s]) => [
      id,
      { score: s!.score, notes: s!.notes, checked: s!.checked },
    ]),
  );
}

/** A partner's attempt, read-only, with a score, notes and the rubric's criteria as a checklist per section. */
export function ReviewerView({ attempt }: { attempt: Attempt }) {
  const { prompts, rubrics } = useContent();
  const prompt = prompts.find((p) => p.id === attempt.promptId);
  const mine = attempt.reviews[0];
  const [reviewer, setReviewer] = useState(mine?.reviewer ?? '');
  const [overall, setOverall] = useState(mine?.overall ?? '');
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(mine));
  const [saved, setSaved] = useState<PartnerReview | null>(null);
  const answered = SECTION_IDS.filter((id) => attempt.answers[id].text.trim());
  const [reviewId] = useState(() => mine?.id ?? crypto.randomUUID());
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
        it meets, add notes, then send the review back as a link or file.
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
          onChange={(d) => {
            setSaved(null);
            setDrafts((all) => ({ ...all, [id]: d }));
          }}
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
            onChange={(e) => (setSaved(null), setReviewer(e.target.value))}
          />
        </label>
        <label className="field">
          Overall comments
          <textarea
            rows={4}
            maxLength={5000}
            value={overall}
            onChange={(e) => (setSaved(null), setOverall(e.target.value))}
          />
        </label>
        <p className="muted">
          {scored} of {answered.length} answered section(s) scored.
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
