import { ScoreBadge } from '@/components/score-badge';
import { gradeHistoryOf, graderKind, type Attempt } from '@/domain/attempt';
import type { SectionId } from '@/domain/sections';
import { hrefOf } from '@/hooks/use-route';
import { Disclosure } from './disclosure';

const when = (at: number) =>
  new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Every graded version of a section, newest first, with a link to compare them. */
export function GradeVersions({
  attempt,
  section,
}: {
  attempt: Pick<Attempt, 'id' | 'gradeHistory'>;
  section: SectionId;
}) {
  const history = gradeHistoryOf(attempt, section);
  if (history.length < 2) return null;
  return (
    <Disclosure className="grade-versions" summary={`Graded versions (${history.length})`}>
      <ol reversed>
        {history.toReversed().map((v, i) => (
          <li key={`${v.grade.gradedAt}-${i}`}>
            <ScoreBadge score={v.grade.score} /> {when(v.grade.gradedAt)} ·{' '}
            {graderKind(v.grade) === 'offline'
              ? 'offline check'
              : `LLM ${v.grade.grader.kind === 'llm' ? v.grade.grader.model : ''}`}
            {i === 0 ? ' · latest' : ''}
          </li>
        ))}
      </ol>
      <a href={hrefOf({ name: 'compare', a: null, b: null, attempt: attempt.id, section })}>
        Compare versions
      </a>
    </Disclosure>
  );
}
