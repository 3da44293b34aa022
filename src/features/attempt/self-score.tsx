import { useId } from 'react';
import { hashText, type Attempt } from '@/domain/attempt';
import { SCORE_LABELS, type SectionId } from '@/domain/sections';

const SCORES = [0, 1, 2, 3, 4] as const;

/** The candidate's own 0-4 score for the section's current text, given before a grade is shown. */
export function SelfScoreInput({
  attempt,
  section,
  onScore,
}: {
  attempt: Pick<Attempt, 'answers' | 'selfScores'>;
  section: SectionId;
  onScore: (score: number) => void;
}) {
  const id = useId();
  const self = attempt.selfScores[section];
  const current = self && self.answerHash === hashText(attempt.answers[section].text) ? self.score : null;
  return (
    <fieldset className="self-score">
      <legend>Your own score, before you see the grade (optional)</legend>
      <div className="row" role="radiogroup" aria-describedby={`${id}-help`}>
        {SCORES.map((s) => (
          <label key={s} className="self-score__option" title={SCORE_LABELS[s]}>
            <input type="radio" name={`${id}-self`} checked={current === s} onChange={() => onScore(s)} />
            {s}
          </label>
        ))}
      </div>
      <p id={`${id}-help`} className="muted self-score__help">
        {current === null
          ? '0 missing · 1 superficial · 2 adequate · 3 strong · 4 exceptional'
          : `You gave ${current}/4 (${SCORE_LABELS[current]}). The grade will show it beside the grader's.`}
      </p>
    </fieldset>
  );
}

/** Self-score and grader score side by side. */
export function SelfVersusGrader({ self, grader }: { self: number; grader: number }) {
  const gap = self - grader;
  const verdict =
    gap === 0
      ? 'You and the grader agree.'
      : Math.abs(gap) === 1
        ? `Within one: you scored ${gap > 0 ? 'one higher' : 'one lower'}.`
        : `You scored ${Math.abs(gap)} ${gap > 0 ? 'higher' : 'lower'} than the grader.`;
  return (
    <dl className="self-vs-grader" aria-label="Your score and the grader's">
      <div>
        <dt>You</dt>
        <dd>{self}/4</dd>
      </div>
      <div>
        <dt>Grader</dt>
        <dd>{grader}/4</dd>
      </div>
      <p className="muted">{verdict}</p>
    </dl>
  );
}
