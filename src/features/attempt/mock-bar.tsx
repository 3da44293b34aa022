import { useEffect, useRef, useState } from 'react';
import { Countdown, formatClock, useNow } from '@/components/countdown';
import type { Attempt, ClockEvent } from '@/domain/attempt';
import { sectionMeta } from '@/domain/sections';
import {
  applyClockEvent,
  canPause,
  clockState,
  endEvent,
  pauseEvent,
  resumeEvent,
  timeUpAt,
} from '@/domain/timer';
import { clockEventRecorded, useAttemptsStore } from '@/stores/attempts-store';
import './mock.css';

/** The attempt as the store has it now: a handler may run before the screen re-renders with the new one. */
const latestOf = (attempt: Attempt) => useAttemptsStore.getState().attempts[attempt.id] ?? attempt;

export interface MockBarProps {
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
  const mustEnd = attempt.mode.kind === 'mock' && state.timeUp && !state.ended;

  useEffect(() => {
    // StrictMode and re-renders run this again: the end event in the store is the guard.
    if (!mustEnd || endedFor.current === attempt.id) return;
    const latest = latestOf(attempt);
    if (latest.clock.some((e) => e.kind === 'end')) return;
    const at = timeUpAt(latest.mode, latest.clock) ?? now;
    const clock = applyClockEvent(latest.mode, latest.clock, endEvent(at, 'time-up'));
    if (typeof clock === 'string') return;
    endedFor.current = attempt.id;
    clockEventRecorded(attempt.id, clock, now);
    onTimeUp();
  }, [mustEnd, attempt, now, onTimeUp]);

  if (attempt.mode.kind !== 'mock') return null;
  const { mode } = attempt;

  const record = (event: ClockEvent): boolean => {
    const latest = latestOf(attempt);
    const clock = applyClockEvent(latest.mode, latest.clock, event);
    if (typeof clock === 'string') {
      setError(clock);
      return false;
    }
    setError(null);
    clockEventRecorded(attempt.id, clock, event.at);
    return true;
  };
  const eventTime = () => fixedNow ?? Date.now();
  const finish = () => {
    setConfirming(false);
    if (record(endEvent(eventTime(), 'submitted'))) onFinish();
  };

  if (state.ended) {
    return (
      <section className="mock-bar mock-bar--ended" aria-label="Mock interview clock">
        <p role="status">
          <strong>{state.endReason === 'time-up' ? 'Time is up.' : 'Interview finished.'}</strong> You used{' '}
          {formatClock(state.elapsedMs)} of {formatClock(mode.totalMs)}. Your answer is locked.
        </p>
      </section>
    );
  }

  return (
    <section className="mock-bar" aria-label="Mock interview clock">
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
          <span className="row" role="group" aria-label="Finish the interview?">
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
            Finish interview
          </button>
        )}
      </div>
      {state.paused && (
        <p className="mock-bar__paused" role="status">
          Paused: the clock is stopped. Resume when you are ready.
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
