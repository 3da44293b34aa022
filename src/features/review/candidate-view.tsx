import { useMemo, useState } from 'react';
import { ShareOutput } from '@/components/share-output';
import type { Attempt } from '@/domain/attempt';
import { splitPromptId } from '@/domain/pack/namespace';
import { scoreRows } from '@/domain/pack/review-compare';
import { sharedFromAttempt } from '@/domain/pack/shared-attempt';
import type { PackPrompt } from '@/domain/pack/pack-schema';
import { sectionMeta } from '@/domain/sections';
import { useContent } from '@/hooks/use-content';
import { hrefOf } from '@/hooks/use-route';
import { authoredById, packById, usePacksStore } from '@/stores/packs-store';

const cell = (score: number | null) => (score === null ? '–' : `${score}/4`);

function SideBySide({ attempt }: { attempt: Attempt }) {
  const rows = scoreRows(attempt);
  const reviewers = attempt.reviews.toSorted((a, b) => a.createdAt - b.createdAt);
  return (
    <section className="card stack" aria-labelledby="side-by-side">
      <h2 id="side-by-side">Self, partner and grader</h2>
      {reviewers.length === 0 && (
        <p className="muted">
          No partner review yet. Share the attempt below and import the review link you get back.
        </p>
      )}
      <div className="table-scroll">
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Self</th>
              {reviewers.map((r) => (
                <th scope="col" key={r.id}>
                  {r.reviewer}
                </th>
              ))}
              <th scope="col">Grader</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.section} className={row.disagree ? 'disagree' : undefined}>
                <th scope="row">
                  {sectionMeta(row.section).title}
                  {row.disagree && <span className="disagree-note"> differ by {row.spread}</span>}
                </th>
                <td>{cell(row.self)}</td>
                {row.partners.map((p, i) => (
                  <td key={reviewers[i]!.id} title={p.notes || undefined}>
                    {cell(p.score)}
                  </td>
                ))}
                <td>{cell(row.grader)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reviewers.map((r) => (
        <details key={r.id}>
          <summary>Notes from {r.reviewer}</summary>
          {r.overall && <p>{r.overall}</p>}
          <ul>
            {rows
              .filter((row) => r.sections[row.section]?.notes)
              .map((row) => (
                <li key={row.section}>
                  <strong>{sectionMeta(row.section).title}:</strong> {r.sections[row.section]!.notes}
                </li>
              ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

function ShareAttempt({ attempt }: { attempt: Attempt }) {
  const [includeGrades, setIncludeGrades] = useState(true);
  const [author, setAuthor] = useState(attempt.provenance.author ?? '');
  const { prompts } = useContent();
  const ns = splitPromptId(attempt.promptId);
  const pack = usePacksStore((s) => (ns ? packById(s, ns.packId)?.pack : undefined));
  const authored = usePacksStore((s) => (ns ? authoredById(s, ns.promptId)?.prompt : undefined));
  const prompt: PackPrompt | null = ns
    ? (pack?.prompts.find((p) => p.id === ns.promptId) ?? authored ?? null)
    : null;
  const output = useMemo(
    () => ({
      kind: 'attempt' as const,
      attempt: sharedFromAttempt(attempt, { includeGrades, author: author.trim() || null }),
      prompt,
    }),
    [attempt, includeGrades, author, prompt],
  );
  const known = prompts.some((p) => p.id === attempt.promptId);
  return (
    <section className="card stack" aria-labelledby="share-attempt">
      <h2 id="share-attempt">Ask a partner to review it</h2>
      <label className="field">
        Your name (shown to your partner)
        <input type="text" value={author} maxLength={80} onChange={(e) => setAuthor(e.target.value)} />
      </label>
      <label className="row">
        <input type="checkbox" checked={includeGrades} onChange={(e) => setIncludeGrades(e.target.checked)} />
        Include the grader's scores and my self-scores
      </label>
      {!known && (
        <p className="banner warn">
          This attempt's prompt is not in your library any more; the partner sees the answers only.
        </p>
      )}
      <ShareOutput output={output} fileName={`attempt-${attempt.id.slice(0, 8)}.json`} what="this attempt" />
    </section>
  );
}

/** The candidate's side: share the attempt, then see every score side by side. */
export function CandidateView({ attempt }: { attempt: Attempt }) {
  return (
    <article className="stack review-screen" aria-labelledby="review-title">
      <p>
        <a href={hrefOf({ name: 'attempt', attemptId: attempt.id })}>← Back to the attempt</a>
      </p>
      <h1 id="review-title">Reviews of your attempt at “{attempt.promptTitle}”</h1>
      <SideBySide attempt={attempt} />
      <ShareAttempt attempt={attempt} />
    </article>
  );
}
