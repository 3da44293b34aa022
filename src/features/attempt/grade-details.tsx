import type { Grade } from '@/domain/grade-schema';
import { Disclosure } from './disclosure';

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
      <Disclosure summary={`Criteria: ${met} of ${grade.criteria.length} met`}>
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
      </Disclosure>
      {grade.missing.length > 0 && (
        <Disclosure summary={`What is missing (${grade.missing.length})`}>
          <ul>
            {grade.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Disclosure>
      )}
      {grade.reasoning && (
        <Disclosure summary="Why this score">
          <p>{grade.reasoning}</p>
        </Disclosure>
      )}

      {reference.length > 0 && (
        <Disclosure className="reference" summary="Model-answer outline for this prompt">
          <ul>
            {reference.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Disclosure>
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
