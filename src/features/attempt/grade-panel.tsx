import { ScoreBadge } from '@/components/score-badge';
import type { Grade, Flag } from '@/domain/grade-schema';
import { SCORE_LABELS } from '@/domain/sections';

const VERDICT = { met: '✓ Met', partial: '◐ Partly met', missing: '✗ Missing' } as const;

const FLAG_TEXT: Record<Flag['kind'], string> = {
  'possible-injection':
    'Possible prompt injection: text addressed to the grader was found. It earned nothing.',
  'off-section': 'Content that belongs to another section.',
  empty: 'This section is empty.',
  'unverified-evidence':
    'None of the quoted evidence could be found in your answer: treat this grade with care.',
  padding: 'Long text with few concrete points: length does not earn points.',
};

function graderLabel(grade: Grade): string {
  return grade.grader.kind === 'offline'
    ? `Offline rubric check (not an AI), ${grade.grader.version}`
    : `LLM grade by ${grade.grader.model}`;
}

export function GradePanel({
  grade,
  stale,
  reference,
}: {
  grade: Grade | undefined;
  stale: boolean;
  reference: string[];
}) {
  if (!grade) {
    return (
      <section className="grade-panel card" aria-label="Grade">
        <h2>Grade</h2>
        <p className="muted">Not graded yet. Press “Grade section” when your draft is ready.</p>
      </section>
    );
  }
  return (
    <section className="grade-panel card" aria-label="Grade">
      <h2 className="row">
        <ScoreBadge score={grade.score} /> <span>{SCORE_LABELS[grade.score]}</span>
      </h2>
      <p className="muted grader-label">
        {graderLabel(grade)} · rubric {grade.rubricVersion}
      </p>
      {stale && (
        <p className="banner warn">You edited this section after it was graded. Grade it again to update.</p>
      )}
      {grade.flags.map((f, i) => (
        <p
          key={`${f.kind}-${i}`}
          className={`banner ${f.kind === 'possible-injection' ? 'error' : 'warn'}`}
          data-flag={f.kind}
        >
          <strong>{FLAG_TEXT[f.kind]}</strong> {f.detail}
        </p>
      ))}
      {grade.reasoning && <p>{grade.reasoning}</p>}
      <h3>Criteria</h3>
      <ul className="criteria">
        {grade.criteria.map((c) => (
          <li key={c.id} className={`criterion criterion-${c.verdict}`}>
            <strong>
              {VERDICT[c.verdict]}: {c.label}
            </strong>
            {c.found && <div>Found: {c.found}</div>}
            {c.missing && <div className="muted">Missing: {c.missing}</div>}
          </li>
        ))}
      </ul>
      {grade.evidence.length > 0 && (
        <>
          <h3>Evidence from your answer</h3>
          {grade.evidence.map((e, i) => (
            <blockquote key={i} className={e.verified ? 'evidence' : 'evidence unverified'}>
              {e.quote}
              {!e.verified && <span className="chip"> not found in your answer</span>}
            </blockquote>
          ))}
        </>
      )}
      {grade.missing.length > 0 && (
        <>
          <h3>What is missing</h3>
          <ul>
            {grade.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Next step</h3>
      <p className="next-step">{grade.nextStep}</p>
      {grade.followUp && (
        <>
          <h3>An interviewer would ask</h3>
          <p>{grade.followUp}</p>
        </>
      )}
      {grade.usage && (
        <p className="muted">
          {grade.usage.tokensIn} tokens in ({grade.usage.cachedTokens} cached), {grade.usage.tokensOut} out,{' '}
          {(grade.usage.latencyMs / 1000).toFixed(1)} s
          {grade.usage.costUsd !== null ? `, ≈ $${grade.usage.costUsd.toFixed(4)}` : ''}
        </p>
      )}
      {reference.length > 0 && (
        <details className="reference">
          <summary>Model-answer outline for this prompt</summary>
          <ul>
            {reference.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
