// @vitest-environment jsdom
// The two tests run in order: the first leaves state and a storage connection behind, the second
// shows that the shared setup (tests/setup.ts) cleared both.
import { describe, expect, it } from 'vitest';
import { newAttempt } from '@/domain/attempt';
import { attemptsStoreStarted, sectionEdited, useAttemptsStore } from '@/stores/attempts-store';

const scheduled: string[] = [];
const schedule = (a: { id: string }) => void scheduled.push(a.id);
const attempt = newAttempt({ id: 'a1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: 0 });

describe('store reset between tests', () => {
  it('leaves an attempt and a storage connection behind', async () => {
    await attemptsStoreStarted({
      loadAtStart: async () => ({ attempts: [attempt], damaged: [] }),
      schedule,
      flush: async () => undefined,
      remove: async () => undefined,
    });
    sectionEdited('a1', 'task', 'first test', 1);
    expect(useAttemptsStore.getState().attempts.a1?.answers.task.text).toBe('first test');
    expect(scheduled).toEqual(['a1']);
  });

  it('starts from the initial state, and edits no longer reach the old storage', () => {
    expect(useAttemptsStore.getState()).toEqual(useAttemptsStore.getInitialState());
    useAttemptsStore.setState({ attempts: { a1: attempt } });
    sectionEdited('a1', 'task', 'second test', 2);
    expect(scheduled).toEqual(['a1']);
  });
});
