// The timed interview's actions on an attempt: the section in focus, the clock (pause, resume, time up)
// and the follow-up questions asked after the answer. Each is checked against the stored attempt, which may
// be newer than what the screen last rendered.
import type { ClockEvent, FollowUpTurn } from '@/domain/attempt';
import type { SectionId } from '@/domain/sections';
import { applyClockEvent, endEvent, timeUpAt } from '@/domain/timer';
import { own, update, useAttemptsStore } from './attempts-store';

export function sectionFocused(id: string, section: SectionId, now: number, clockEvent: ClockEvent | null) {
  update(
    id,
    (a) =>
      a.currentSection === section && !clockEvent
        ? null
        : { ...a, currentSection: section, clock: clockEvent ? [...a.clock, clockEvent] : a.clock },
    now,
  );
}

function clockEventRecorded(id: string, clock: ClockEvent[], now: number) {
  update(id, (a) => ({ ...a, clock }), now);
}

/**
 * The candidate (or the time) moved the clock: the event is checked against the stored clock, which
 * may be newer than the one the screen last rendered. Returns why it was refused, or null.
 */
export function clockEventRequested(id: string, event: ClockEvent): string | null {
  const attempt = own(useAttemptsStore.getState().attempts, id);
  if (!attempt) return 'This attempt is not loaded.';
  const clock = applyClockEvent(attempt.mode, attempt.clock, event);
  if (typeof clock === 'string') return clock;
  clockEventRecorded(id, clock, event.at);
  return null;
}

/** The timed attempt's time ran out: ends it when time ran out (once). True when this call ended it. */
export function timeRanOut(id: string, now: number): boolean {
  const attempt = own(useAttemptsStore.getState().attempts, id);
  if (!attempt || attempt.clock.some((e) => e.kind === 'end')) return false;
  const at = timeUpAt(attempt.mode, attempt.clock) ?? now;
  const clock = applyClockEvent(attempt.mode, attempt.clock, endEvent(at, 'time-up'));
  if (typeof clock === 'string') return false;
  clockEventRecorded(id, clock, now);
  return true;
}

export function followUpsChanged(id: string, followUps: FollowUpTurn[], now: number) {
  update(id, (a) => ({ ...a, followUps }), now);
}

/** One follow-up turn changed (asked, typed into, graded), against the stored turns. */
export function followUpTurnChanged(id: string, turnId: string, patch: Partial<FollowUpTurn>, at: number) {
  update(
    id,
    (a) => ({ ...a, followUps: a.followUps.map((t) => (t.id === turnId ? { ...t, ...patch } : t)) }),
    at,
  );
}

/**
 * A follow-up reply was submitted, by the candidate (who must have written something: `requireText`)
 * or by its time running out. Returns the answered turn to grade, 'empty' when text was required and
 * there is none, or null when the turn was not open (already answered, never asked, or unknown).
 */
export function followUpReplySubmitted(
  id: string,
  turnId: string,
  at: number,
  requireText = false,
): FollowUpTurn | 'empty' | null {
  const turn = own(useAttemptsStore.getState().attempts, id)?.followUps.find((t) => t.id === turnId);
  if (!turn || turn.askedAt === null || turn.answeredAt !== null) return null;
  if (requireText && !turn.answer.trim()) return 'empty';
  const answeredAt = Math.min(at, turn.askedAt + turn.limitMs);
  followUpTurnChanged(id, turnId, { answeredAt }, at);
  return { ...turn, answeredAt };
}
