import { ScoreBadge } from '@/components/score-badge';
import { selfScoreForGrade, type Attempt } from '@/domain/attempt';
import { quoteSources, unverifiedReason } from '@/domain/evidence';
import type { Flag } from '@/domain/grade-schema';
import { scoreSpread } from '@/domain/llm/grade-adjust';
import { SCORE_LABELS, type SectionId } from '@/domain/sections';
import { GradeDetails } from './grade-details';
import { GradeVersions } from './grade-versions';
import { SelfScoreInput, SelfVersusGrader } from './self-score';

const FLAG_TEXT: Record<Flag['kind'], string> = {
  'possible-injection':
    'Possible prompt injection: text addressed to the grader was found. It earned nothing.',
  'off-section': 'Content that belongs to another section.',
  empty: 'This section is empty.',
  'unverified-evidence': 'Evidence check failed: treat this grade with care.',
  padding: 'Long text with few concrete points: length does not earn points.',
  'copied-rubric': 'Text copied from the rubric or the brief: it earned nothing.',
  'copied-model-answer': 'Text copied from the model answer: it earned nothing.',
  'unanswered-questions': 'Questions without answers: a question earns nothing until it is answered.',
  'term-salad': 'A list of terms or figures with no decision or reason: capped at 1.',
  'off-prompt': 'This reads like an answer about another system: capped at 1.',
};

/** A flag's detail without the parts it repeats ("Note to the grader; Note to the grader"). */
const flagDetail = (detail: string) => [...new Set(detail.split('; ').map((p) => p.trim()))].join('; ');

interface GradePanelProps {
  attempt: Attempt;
  section: SectionId;
  stale: boolean;
  /** The prompt's model-answer outline for the section; empty while it must stay hidden. */
  reference: string[];
  /** While a mock's clock runs, grades stay hidden: the reason to show instead. */
  hiddenReason: string | null;
  /** Absent for an attempt shared with you: its self-scores are its author's. */
  onSelfScore?: (score: number) => void;
}

export function GradePanel({
  attempt,
  section,
  stale,
  reference,
  hiddenReason,
  onSelfScore,
}: GradePanelProps) {
  const grade = attempt.grades[section];
  if (hiddenReason || !grade) {
    return (
      <section className="grade-panel" aria-label="Grade">
        <h2>Grade</h2>
        <p className="muted">
          {hiddenReason ??
            (onSelfScore
              ? 'Not graded yet. Press “Grade section” when your draft is ready.'
              : 'Not graded by the person who shared it.')}
        </p>
        {onSelfScore && <SelfScoreInput attempt={attempt} section={section} onScore={onSelfScore} />}
      </section>
    );
  }
  const self = selfScoreForGrade(attempt, grade);
  const spread = scoreSpread(grade);
  return (
    <section className="grade-panel" aria-label="Grade">
      <h2 className="row grade-panel__score">
        <ScoreBadge score={grade.score} /> <span>{SCORE_LABELS[grade.score]}</span>
      </h2>
      <p className="muted grader-label">
        {grade.grader.kind === 'offline'
          ? `Offline rubric check (not an AI), ${grade.grader.version}`
          : `LLM grade by ${grade.grader.model}`}{' '}
        · rubric {grade.rubricVersion}
      </p>
      {spread && (
        <p className={spread.uncertain ? 'banner warn' : 'muted'} data-testid="score-spread">
          Graded {spread.count} times: {spread.text}.{' '}
          {spread.uncertain
            ? 'Uncertain: the samples differ by 2 or more, so read the evidence before trusting the score.'
            : 'The median is kept.'}
        </p>
      )}
      {stale && (
        <p className="banner warn">
          <strong>Graded an earlier version.</strong> You edited this section after it was graded; grade it
          again to update.
        </p>
      )}
      {self && <SelfVersusGrader self={self.score} grader={grade.score} />}
      <div className="next-step-box">
        <h3>Next step</h3>
        <p className="next-step">{grade.nextStep}</p>
      </div>
      {grade.flags.map((f, i) => (
        <p
          key={`${f.kind}-${i}`}
          className={`banner ${f.kind === 'possible-injection' ? 'error' : 'warn'}`}
          data-flag={f.kind}
        >
          <strong>{FLAG_TEXT[f.kind]}</strong> {flagDetail(f.detail)}
        </p>
      ))}
      {grade.evidence.length > 0 && (
        <>
          <h3>Evidence from your answer</h3>
          {grade.evidence.map((e, i) => (
            <blockquote key={i} className={e.verified ? 'evidence' : 'evidence unverified'}>
              {e.quote}
              {!e.verified && (
                <span className="chip">
                  {unverifiedReason(e.quote, quoteSources(attempt, section, grade.answerHash)) === 'too-short'
                    ? ' too short to count as evidence'
                    : ' not found in your answer'}
                </span>
              )}
            </blockquote>
          ))}
        </>
      )}
      <GradeDetails grade={grade} reference={reference} />
      <GradeVersions attempt={attempt} section={section} />
      {stale && onSelfScore && <SelfScoreInput attempt={attempt} section={section} onScore={onSelfScore} />}
    </section>
  );
}
