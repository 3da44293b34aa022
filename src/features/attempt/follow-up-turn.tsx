import { useId } from 'react';
import { Countdown } from '@/components/countdown';
import { ScoreBadge } from '@/components/score-badge';
import type { FollowUpTurn } from '@/domain/attempt';
import { SCORE_LABELS } from '@/domain/sections';
import type { ClockWarning } from '@/domain/timer';

const MAX_REPLY_CHARS = 50_000;

const warningsFor = (turn: FollowUpTurn, remainingMs: number): ClockWarning[] =>
  turn.limitMs > 60_000 && remainingMs <= 60_000 ? ['1min'] : [];

export function ActiveTurn(props: {
  turn: FollowUpTurn;
  remainingMs: number;
  emptyReply: boolean;
  onChange: (answer: string) => void;
  onSubmit: () => void;
}) {
  const { turn, remainingMs } = props;
  const id = useId();
  return (
    <>
      <Countdown
        key={turn.id}
        remainingMs={remainingMs}
        sectionRemainingMs={null}
        sectionTitle=""
        paused={false}
        warnings={warningsFor(turn, remainingMs)}
      />
      <label htmlFor={id} className="follow-up-turn__question">
        {turn.question}
      </label>
      <textarea
        id={id}
        value={turn.answer}
        onChange={(e) => props.onChange(e.target.value)}
        rows={6}
        maxLength={MAX_REPLY_CHARS}
        aria-describedby={props.emptyReply ? `${id}-empty` : undefined}
      />
      {props.emptyReply && (
        <p id={`${id}-empty`} className="banner warn" role="alert">
          Write a reply first; when the time runs out, whatever is written is submitted.
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={props.onSubmit}>
          Submit answer
        </button>
      </div>
    </>
  );
}

export function AnsweredTurn({
  turn,
  grading,
  error,
  onRetry,
}: {
  turn: FollowUpTurn;
  grading: boolean;
  error: string | undefined;
  onRetry: () => void;
}) {
  return (
    <>
      <p className="follow-up-turn__question">{turn.question}</p>
      <p className="follow-up-turn__reply">
        {turn.answer.trim() ? turn.answer : <span className="muted">No reply.</span>}
      </p>
      {turn.grade ? (
        <div className="stack">
          <p className="row">
            <ScoreBadge score={turn.grade.score} /> <span>{SCORE_LABELS[turn.grade.score]}</span>
          </p>
          <p>
            <strong>Next step:</strong> {turn.grade.nextStep}
          </p>
        </div>
      ) : grading ? (
        <p className="muted" role="status">
          Grading your reply…
        </p>
      ) : (
        <div className="stack">
          <p className={error ? 'banner error' : 'muted'} role={error ? 'alert' : undefined}>
            {error
              ? `Your reply could not be graded: ${error}. It is kept; try again.`
              : 'This reply is not graded yet.'}
          </p>
          <div className="row">
            <button type="button" onClick={onRetry}>
              {error ? 'Retry grading' : 'Grade reply'}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
