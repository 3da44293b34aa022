import { beforeEach, describe, expect, it } from 'vitest';
import { newAttempt, type FollowUpTurn } from '@/domain/attempt';
import { mockMode, pauseEvent, resumeEvent } from '@/domain/timer';
import { testGrade } from '../../tests/fixtures/grades';
import { memoryPersistence } from '../../tests/fixtures/memory-persistence';
import {
  attemptsStoreStarted,
  clockEventRequested,
  drillStarted,
  followUpReplySubmitted,
  followUpsChanged,
  gradeRecorded,
  selfScoreGiven,
  sectionEdited,
  timeRanOut,
  useAttemptsStore,
} from './attempts-store';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);
const MIN = 60_000;
const stored = () => useAttemptsStore.getState().attempts.a1!;

describe('attempts store actions', () => {
  let storage: ReturnType<typeof memoryPersistence>;
  beforeEach(async () => {
    useAttemptsStore.setState({ status: 'loading', attempts: {}, damaged: [], recentlyDeleted: null });
    const mock = newAttempt({
      id: 'a1',
      promptId: 'p',
      promptTitle: 'P',
      now: T0,
      mode: mockMode({ customMinutes: 2 }, false),
    });
    storage = memoryPersistence([mock]);
    await attemptsStoreStarted(storage);
  });

  it('checks clock events against the stored clock and says why one is refused', () => {
    expect(clockEventRequested('a1', pauseEvent(T0 + 1000))).toBeNull();
    expect(clockEventRequested('a1', pauseEvent(T0 + 2000))).toBe('The clock is already paused.');
    expect(clockEventRequested('a1', resumeEvent(T0 + 3000))).toBeNull();
    expect(stored().clock.map((e) => e.kind)).toEqual(['start', 'pause', 'resume']);
    expect(clockEventRequested('nope', pauseEvent(T0))).toBe('This attempt is not loaded.');
  });

  it('ends a timed attempt once when time runs out, back-dated to the moment it ran out', () => {
    expect(timeRanOut('a1', T0 + 5 * MIN)).toBe(true);
    expect(timeRanOut('a1', T0 + 6 * MIN)).toBe(false);
    expect(stored().clock.at(-1)).toEqual({ kind: 'end', at: T0 + 2 * MIN, reason: 'time-up' });
    expect(storage.saved.get('a1')?.clock.at(-1)?.kind).toBe('end');
  });

  it('submits a follow-up reply once, capped at its time limit, and refuses an empty one when asked', () => {
    const turn: FollowUpTurn = {
      id: 't1',
      section: 'retrieval',
      question: 'Why?',
      source: 'prompt',
      answer: '',
      askedAt: T0,
      answeredAt: null,
      limitMs: 3 * MIN,
      grade: null,
    };
    followUpsChanged('a1', [turn], T0);
    expect(followUpReplySubmitted('a1', 't1', T0 + MIN, true)).toBe('empty');
    const answered = followUpReplySubmitted('a1', 't1', T0 + 10 * MIN);
    expect(answered).toMatchObject({ id: 't1', answeredAt: T0 + 3 * MIN });
    expect(followUpReplySubmitted('a1', 't1', T0 + 11 * MIN)).toBeNull();
    expect(stored().followUps[0]?.answeredAt).toBe(T0 + 3 * MIN);
  });

  it('records grades into the history with their text, and self-scores for the current text', () => {
    sectionEdited('a1', 'task', 'draft one', T0);
    selfScoreGiven('a1', 'task', 2, T0 + 1);
    gradeRecorded('a1', testGrade('task', { score: 1, gradedAt: T0 + 2 }), 'draft one');
    sectionEdited('a1', 'task', 'draft two', T0 + 3);
    gradeRecorded('a1', testGrade('task', { score: 3, gradedAt: T0 + 4, answerHash: 'x' }), 'draft two');
    expect(stored().grades.task?.score).toBe(3);
    expect(stored().gradeHistory.task?.map((v) => [v.text, v.grade.score])).toEqual([
      ['draft one', 1],
      ['draft two', 3],
    ]);
    expect(stored().selfScores.task?.score).toBe(2);
  });

  it('starts a drill of the given sections', () => {
    const drill = drillStarted({
      id: 'd1',
      promptId: 'p',
      promptTitle: 'P',
      sections: ['cost'],
      now: T0,
      reviewOf: 'a1',
    });
    expect(drill.mode).toMatchObject({ kind: 'drill', sections: ['cost'], totalMs: 5 * MIN, reviewOf: 'a1' });
    expect(storage.saved.get('d1')?.currentSection).toBe('cost');
  });
});
