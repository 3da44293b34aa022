import { useEffect, useRef, useState } from 'react';
import { Countdown, formatClock, useNow } from '@/components/countdown';
import type { Attempt, ClockEvent } from '@/domain/attempt';
import { sectionMeta } from '@/domain/sections';
import { canPause, clockState, endEvent, pauseEvent, resumeEvent } from '@/domain/timer';
import { clockEventRequested, timeRanOut } from '@/stores/interview-actions';
import './mock.css';

interface MockBarProps {
  attempt: Attempt;
  /** Called once, right after time ran out and the attempt was ended: lock the answer and grade it. */
  onTimeUp: () => void;
  /** Called after the candidate ended the interview early. */
  onFinish: () => void;
  /** Fixed time for tests; the bar otherwise follows the wall clock. */
  now?: number;
}

export function MockBar({ attempt, onTimeUp, onFinish, now: fixedNow }: MockBarProps) {
  const ticking = useNow(1000);
  const now = fixedNow ?? ticking;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const endedFor = useRef<string | null>(null);
  const state = clockState(attempt.mode, attempt.clock, now);
  const mustEnd = attempt.mode.kind !== 'practice' && state.timeUp && !state.ended;

  useEffect(() => {
    // StrictMode and re-renders run this again: the store ends the attempt only once.
    if (!mustEnd || endedFor.current === attempt.id) return;
    if (!timeRanOut(attempt.id, now)) return;
    endedFor.current = attempt.id;
    onTimeUp();
  }, [mustEnd, attempt.id, now, onTimeUp]);

  if (attempt.mode.kind === 'practice') return null;
  const { mode } = attempt;
  const what = mode.kind === 'drill' ? 'drill' : 'interview';
  const label = mode.kind === 'drill' ? 'Drill clock' : 'Mock interview clock';

  const record = (event: ClockEvent): boolean => {
    const refused = clockEventRequested(attempt.id, event);
    setError(refused);
    return refused === null;
  };
  const eventTime = () => fixedNow ?? Date.now();
  const finish = () => {
    setConfirming(false);
    if (record(endEvent(eventTime(), 'submitted'))) onFinish();
  };

  if (state.ended) {
    return (
      <section className="mock-bar mock-bar--ended" aria-label={label}>
        <p role="status">
          <strong>
            {state.endReason === 'time-up'
              ? 'Time is up.'
              : `${what === 'drill' ? 'Drill' : 'Interview'} finished.`}
          </strong>{' '}
          You used {formatClock(state.elapsedMs)} of {formatClock(mode.totalMs)}. Your answer is locked.
        </p>
      </section>
    );
  }

  return (
    <section className="mock-bar" aria-label={label}>
      <Countdown
        remainingMs={state.remainingMs ?? 0}
        sectionRemainingMs={state.sectionRemainingMs}
        sectionTitle={sectionMeta(state.currentSection).title}
        paused={state.paused}
        warnings={state.warnings}
      />
      <div className="row mock-bar__actions">
        {!canPause(mode) ? (
          <span className="muted">Strict mode: the clock cannot be paused.</span>
        ) : state.paused ? (
          <button type="button" className="primary" onClick={() => record(resumeEvent(eventTime()))}>
            Resume
          </button>
        ) : (
          <button type="button" onClick={() => record(pauseEvent(eventTime()))}>
            Pause
          </button>
        )}
        {confirming ? (
          <span className="row" role="group" aria-label={`Finish the ${what}?`}>
            <span>End now? Your answer locks and is graded.</span>
            <button type="button" className="primary" onClick={finish}>
              Yes, finish
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep going
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Finish {what}
          </button>
        )}
      </div>
      {state.paused && (
        <p className="mock-bar__paused" role="status">
          Paused: the clock is stopped and your answer is read-only. Resume when you are ready.
        </p>
      )}
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
