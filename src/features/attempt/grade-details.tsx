import type { Grade } from '@/domain/grade-schema';

const VERDICT = { met: '✓ Met', partial: '◐ Partly met', missing: '✗ Missing' } as const;

/** The folded part of a grade: criteria, what is missing, the reasoning, usage and the model outline. */
export function GradeDetails({ grade, reference }: { grade: Grade; reference: string[] }) {
  const met = grade.criteria.filter((c) => c.verdict === 'met').length;
  return (
    <div className="grade-details">
      {grade.followUp && (
        <>
          <h3>An interviewer would ask</h3>
          <p>{grade.followUp}</p>
        </>
      )}
      <details>
        <summary>
          Criteria: {met} of {grade.criteria.length} met
        </summary>
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
      </details>
      {grade.missing.length > 0 && (
        <details>
          <summary>What is missing ({grade.missing.length})</summary>
          <ul>
            {grade.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </details>
      )}
      {grade.reasoning && (
        <details>
          <summary>Why this score</summary>
          <p>{grade.reasoning}</p>
        </details>
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
      {grade.usage && (
        <p className="muted grade-usage">
          {grade.usage.tokensIn} tokens in ({grade.usage.cachedTokens} cached), {grade.usage.tokensOut} out,{' '}
          {(grade.usage.latencyMs / 1000).toFixed(1)} s
          {grade.usage.costUsd !== null ? `, ≈ $${grade.usage.costUsd.toFixed(4)}` : ''}
        </p>
      )}
    </div>
  );
}
