import { beforeEach, describe, expect, it } from 'vitest';
import { newAttempt, type Attempt, type FollowUpTurn } from '@/domain/attempt';
import { summarizeAttempt } from '@/domain/attempt-summary';
import { mockMode, pauseEvent, resumeEvent } from '@/domain/timer';
import { testGrade } from '../../tests/fixtures/grades';
import { memoryPersistence } from '../../tests/fixtures/memory-persistence';
import {
  attemptDeleted,
  attemptsStoreStarted,
  attemptWanted,
  deletionUndone,
  type AttemptPersistence,
  drillStarted,
  gradeRecorded,
  selfScoreGiven,
  sectionEdited,
  useAttemptsStore,
} from './attempts-store';
import {
  clockEventRequested,
  followUpReplySubmitted,
  followUpsChanged,
  timeRanOut,
} from './interview-actions';

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

describe('attempts read whole only when a screen needs one', () => {
  const saved = new Map<string, Attempt>();
  const reads: string[] = [];
  let failing: string | null = null;
  const port: AttemptPersistence = {
    loadAtStart: async () => ({
      attempts: [],
      summaries: [...saved.values()].map(summarizeAttempt),
      damaged: [],
    }),
    get: async (id) => {
      reads.push(id);
      if (failing) throw new Error(failing);
      return saved.get(id) ?? null;
    },
    schedule: (a) => void saved.set(a.id, a),
    flush: async () => undefined,
    remove: async (id) => void saved.delete(id),
  };

  beforeEach(async () => {
    saved.clear();
    reads.length = 0;
    failing = null;
    for (const id of ['s1', 's2']) {
      const a = newAttempt({ id, promptId: 'p', promptTitle: `P ${id}`, now: T0 });
      saved.set(id, { ...a, answers: { ...a.answers, task: { text: `text of ${id}`, updatedAt: T0 } } });
    }
    useAttemptsStore.setState(useAttemptsStore.getInitialState(), true);
    await attemptsStoreStarted(port);
  });

  it('starts from summaries alone, then reads one attempt by key, once', async () => {
    const state = useAttemptsStore.getState();
    expect(Object.keys(state.summaries).sort()).toEqual(['s1', 's2']);
    expect(state.summaries.s1?.written).toEqual(['task']);
    expect(state.attempts).toEqual({});
    await Promise.all([attemptWanted('s1'), attemptWanted('s1')]);
    await attemptWanted('s1');
    expect(reads).toEqual(['s1']);
    expect(useAttemptsStore.getState().attempts.s1?.answers.task.text).toBe('text of s1');
    expect(useAttemptsStore.getState().attempts.s2).toBeUndefined();
  });

  it('finds an attempt another tab saved since start-up, says an unknown id is missing, a failed read why', async () => {
    const other = newAttempt({ id: 'from-other-tab', promptId: 'p', promptTitle: 'Other', now: T0 + 9 });
    saved.set(other.id, other);
    await attemptWanted('from-other-tab');
    expect(useAttemptsStore.getState().attempts['from-other-tab']).toEqual(other);
    expect(useAttemptsStore.getState().summaries['from-other-tab']?.promptTitle).toBe('Other');
    await attemptWanted('constructor');
    expect(useAttemptsStore.getState().reads.constructor).toEqual({ state: 'missing' });
    expect(Object.hasOwn(useAttemptsStore.getState().attempts, 'constructor')).toBe(false);
    failing = 'The disk is gone.';
    await attemptWanted('s2');
    expect(useAttemptsStore.getState().reads.s2).toEqual({ state: 'failed', message: 'The disk is gone.' });
  });

  it('keeps the summary of an attempt in step with its edits', async () => {
    await attemptWanted('s1');
    sectionEdited('s1', 'cost', '2 cents a question', T0 + 5);
    expect(useAttemptsStore.getState().summaries.s1).toMatchObject({
      updatedAt: T0 + 5,
      written: ['task', 'cost'],
    });
    expect(saved.get('s1')?.answers.cost.text).toBe('2 cents a question');
  });

  it('reads an attempt whole before deleting it, so Undo brings back its text', async () => {
    await attemptDeleted('s2');
    expect(reads).toEqual(['s2']);
    expect(saved.has('s2')).toBe(false);
    expect(Object.keys(useAttemptsStore.getState().summaries)).toEqual(['s1']);
    // A screen asking for it before its removal reached storage does not bring it back.
    saved.set('s2', useAttemptsStore.getState().recentlyDeleted!);
    await attemptWanted('s2');
    expect(Object.hasOwn(useAttemptsStore.getState().attempts, 's2')).toBe(false);
    expect(Object.keys(useAttemptsStore.getState().summaries)).toEqual(['s1']);
    deletionUndone();
    expect(saved.get('s2')?.answers.task.text).toBe('text of s2');
    expect(useAttemptsStore.getState().summaries.s2?.written).toEqual(['task']);
  });
});
