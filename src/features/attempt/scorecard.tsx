import { ScoreBadge } from '@/components/score-badge';
import { attemptSections, totalScore, type Attempt } from '@/domain/attempt';
import { sectionMeta, type SectionId } from '@/domain/sections';
import { TimeReport } from './time-report';

/** The two weakest graded sections, lowest score first (ties in interview order). */
function weakest(attempt: Attempt, count = 2): SectionId[] {
  return attemptSections(attempt)
    .filter((s) => attempt.grades[s])
    .toSorted((a, b) => (attempt.grades[a]?.score ?? 0) - (attempt.grades[b]?.score ?? 0))
    .slice(0, count);
}

/** What a timed attempt ends on: the total, each section's score, time against budget, what to work on. */
export function Scorecard({
  attempt,
  grading,
  onOpenSection,
}: {
  attempt: Attempt;
  grading: boolean;
  onOpenSection: (section: SectionId) => void;
}) {
  const total = totalScore(attempt);
  const sections = attemptSections(attempt);
  const weak = weakest(attempt);
  const kind = attempt.mode.kind === 'drill' ? 'Drill' : 'Interview';
  return (
    <section className="scorecard card" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">{kind} scorecard</h2>
      <p className="scorecard__total" aria-live="polite">
        {grading && total.graded < sections.length ? (
          <>
            Grading your answer… {total.graded} of {sections.length} sections graded.
          </>
        ) : (
          <>
            <strong>
              {total.score}/{total.max}
            </strong>{' '}
            <span className="muted">
              total over {total.graded} of {sections.length} sections
            </span>
          </>
        )}
      </p>
      {weak.length > 0 && (
        <div className="scorecard__weak">
          <h3>Work on these first</h3>
          <ol>
            {weak.map((s) => (
              <li key={s}>
                <button type="button" className="link" onClick={() => onOpenSection(s)}>
                  {sectionMeta(s).title}
                </button>{' '}
                <ScoreBadge score={attempt.grades[s]?.score ?? 0} />: {attempt.grades[s]?.nextStep}
              </li>
            ))}
          </ol>
        </div>
      )}
      <div className="scorecard__grid">
        <table className="scorecard__scores">
          <caption>Score per section</caption>
          <tbody>
            {sections.map((s) => (
              <tr key={s}>
                <th scope="row">{sectionMeta(s).title}</th>
                <td>{attempt.grades[s] ? <ScoreBadge score={attempt.grades[s].score} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <TimeReport attempt={attempt} />
      </div>
    </section>
  );
}
