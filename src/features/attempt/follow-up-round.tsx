import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useNow } from '@/components/countdown';
import type { Attempt, FollowUpTurn } from '@/domain/attempt';
import type { Prompt } from '@/domain/content-schema';
import type { Grade } from '@/domain/grade-schema';
import { sectionMeta } from '@/domain/sections';
import { followUpReplySubmitted, followUpsChanged, followUpTurnChanged } from '@/stores/interview-actions';
import { ActiveTurn, AnsweredTurn } from './follow-up-turn';
import { FOLLOW_UP_LIMIT_MS, pickFollowUps } from './pick-follow-ups';
import './mock.css';

interface FollowUpRoundProps {
  attempt: Attempt;
  prompt: Pick<Prompt, 'followUps'>;
  grader: 'offline' | 'llm';
  /** Grades the reply against the section it probes, with the configured grader. */
  gradeReply: (turn: FollowUpTurn) => Promise<Grade>;
  /** Fixed time for tests; the round otherwise follows the wall clock. */
  now?: number;
}

const timeOfEvent = (fixedNow: number | undefined) => fixedNow ?? Date.now();

export function FollowUpRound({ attempt, prompt, grader, gradeReply, now: fixedNow }: FollowUpRoundProps) {
  const ticking = useNow(1000);
  const now = fixedNow ?? ticking;
  const [grading, setGrading] = useState<ReadonlySet<string>>(() => new Set());
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [emptyReply, setEmptyReply] = useState(false);
  const submitted = useRef(new Set<string>());
  const eventTime = () => timeOfEvent(fixedNow);

  // Turns change through store actions that read the stored turns, never this render's copy.
  const patchTurn = (id: string, patch: Partial<FollowUpTurn>, at: number) =>
    followUpTurnChanged(attempt.id, id, patch, at);

  const grade = (turn: FollowUpTurn) => {
    setGrading((s) => new Set(s).add(turn.id));
    setErrors(({ [turn.id]: _old, ...rest }) => rest);
    gradeReply(turn)
      .then((g) => patchTurn(turn.id, { grade: g }, g.gradedAt))
      .catch((err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        setErrors((e) => ({ ...e, [turn.id]: message }));
      })
      .finally(() =>
        setGrading((s) => {
          const next = new Set(s);
          next.delete(turn.id);
          return next;
        }),
      );
  };
  const submit = (id: string, at: number, requireText = false) => {
    if (submitted.current.has(id)) return;
    const answered = followUpReplySubmitted(attempt.id, id, at, requireText);
    if (answered === 'empty') setEmptyReply(true);
    if (!answered || answered === 'empty') return;
    submitted.current.add(id);
    setEmptyReply(false);
    grade(answered);
  };

  const turns = attempt.followUps;
  const active = turns.find((t) => t.askedAt !== null && t.answeredAt === null);
  const deadline = active?.askedAt != null ? active.askedAt + active.limitMs : null;
  const expired = deadline !== null && now >= deadline;
  // Time ran out: the reply is submitted as it is, empty or not.
  const onExpired = useEffectEvent((id: string, at: number) => {
    if (submitted.current.has(id)) return;
    const answered = followUpReplySubmitted(attempt.id, id, at);
    if (!answered || answered === 'empty') return;
    submitted.current.add(id);
    // Grading updates this component's state: start it after the effect, not inside it.
    queueMicrotask(() => grade(answered));
  });
  useEffect(() => {
    if (active && expired && deadline !== null) onExpired(active.id, deadline);
  }, [active, expired, deadline]);

  if (turns.length === 0) {
    const picks = pickFollowUps(attempt, prompt, grader);
    const start = () => {
      const at = eventTime();
      const created = picks.map((p, i) => ({
        ...p,
        answer: '',
        askedAt: i === 0 ? at : null,
        answeredAt: null,
        grade: null,
      }));
      followUpsChanged(attempt.id, created, at);
    };
    return (
      <section className="follow-up-round card stack" aria-label="Follow-up questions">
        <h2>Interviewer follow-ups</h2>
        {picks.length === 0 ? (
          <p className="muted">There are no follow-up questions for this attempt.</p>
        ) : (
          <>
            <p>
              The interviewer has {picks.length} follow-up {picks.length === 1 ? 'question' : 'questions'}.
              You get {FOLLOW_UP_LIMIT_MS / 60_000} minutes for each; when the time runs out, your reply is
              submitted as it is.
            </p>
            <ol>
              {picks.map((p) => (
                <li key={p.id}>
                  <span className="muted">{sectionMeta(p.section).title}:</span> {p.question}
                </li>
              ))}
            </ol>
            <button type="button" className="primary" onClick={start}>
              Start follow-up round
            </button>
          </>
        )}
      </section>
    );
  }

  const next = !active ? turns.find((t) => t.askedAt === null) : undefined;
  const answered = turns.filter((t) => t.answeredAt !== null);
  const done = answered.length === turns.length && grading.size === 0;
  const graded = turns.flatMap((t) => (t.grade ? [t.grade] : []));

  return (
    <section className="follow-up-round card stack" aria-label="Follow-up questions">
      <h2>Interviewer follow-ups</h2>
      <ol className="follow-up-turns stack">
        {turns
          .filter((t) => t.askedAt !== null)
          .map((t, i) => (
            <li
              key={t.id}
              className={
                t.answeredAt === null ? 'follow-up-turn stack' : 'follow-up-turn follow-up-turn--done stack'
              }
            >
              <h3>
                Question {i + 1} of {turns.length} · {sectionMeta(t.section).title}
              </h3>
              {t.answeredAt === null ? (
                <ActiveTurn
                  turn={t}
                  remainingMs={Math.max(0, (deadline ?? now) - now)}
                  emptyReply={emptyReply}
                  onChange={(answer) => {
                    setEmptyReply(false);
                    patchTurn(t.id, { answer }, eventTime());
                  }}
                  onSubmit={() => submit(t.id, eventTime(), true)}
                />
              ) : (
                <AnsweredTurn
                  turn={t}
                  grading={grading.has(t.id)}
                  error={errors[t.id]}
                  onRetry={() => grade(t)}
                />
              )}
            </li>
          ))}
      </ol>
      {next && (
        <button
          type="button"
          className="primary"
          onClick={() => {
            const at = eventTime();
            patchTurn(next.id, { askedAt: at }, at);
          }}
        >
          Next question
        </button>
      )}
      {done && (
        <div className="banner info" role="status">
          <strong>Follow-up round complete.</strong>{' '}
          {graded.length > 0
            ? `Average ${(graded.reduce((s, g) => s + g.score, 0) / graded.length).toFixed(1)}/4 over ${graded.length} graded ${graded.length === 1 ? 'reply' : 'replies'}.`
            : 'No reply could be graded.'}
          {graded.length < turns.length && ` ${turns.length - graded.length} not graded yet.`}
        </div>
      )}
    </section>
  );
}
