// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { newAttempt, type Attempt } from '@/domain/attempt';
import { mergeChoice, versionsLosingText } from '@/lib/storage/conflict-merge';
import { createMemoryAttemptRepository } from '@/lib/storage/memory-fake';
import { testGrade } from '../../tests/fixtures/grades';
import { attemptsStoreStarted, useAttemptsStore } from './attempts-store';
import {
  conflictFound,
  conflictKeptBoth,
  conflictPartsChosen,
  storagePortConnected,
  useStorageStore,
} from './storage-store';

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const base = newAttempt({ id: 'att-1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: T0 });
const edit = (a: Attempt, changes: Partial<Record<'task' | 'data', string>>, revision: number): Attempt => ({
  ...a,
  revision,
  answers: {
    ...a.answers,
    ...Object.fromEntries(
      Object.entries(changes).map(([k, text]) => [k, { text, updatedAt: T0 + revision }]),
    ),
  },
});

const theirs = {
  ...edit(base, { task: 'task from tab A', data: 'data from tab A' }, 4),
  grades: { task: testGrade('task') },
};
const mine = edit(base, { task: 'task from tab B', data: 'data from tab A' }, 3);

describe('mergeChoice', () => {
  it('takes the other tab’s version and copies over each part chosen from this tab, with its grade', () => {
    const merged = mergeChoice(mine, theirs, { task: 'mine' }, T0 + 99);
    expect(merged.answers.task.text).toBe('task from tab B');
    expect(merged.answers.data.text).toBe('data from tab A');
    expect(merged.grades.task).toBeUndefined();
    expect([merged.revision, merged.updatedAt]).toEqual([4, T0 + 99]);
    expect(mergeChoice(mine, theirs, { task: 'theirs' }, T0).answers.task.text).toBe('task from tab A');
  });

  it('names the versions that lose text under a choice', () => {
    expect(versionsLosingText(mine, theirs, { task: 'mine' })).toEqual(['theirs']);
    expect(versionsLosingText(mine, theirs, { task: 'theirs' })).toEqual(['mine']);
  });
});

describe('settling a conflict', () => {
  let repository: ReturnType<typeof createMemoryAttemptRepository>;
  const discarded: string[] = [];

  beforeEach(async () => {
    repository = createMemoryAttemptRepository({ attempts: [theirs], now: () => T0 + 500 });
    await repository.loadAll();
    discarded.length = 0;
    storagePortConnected({
      discardPending: (id) => void discarded.push(id),
      acceptRevision: (id, revision) => repository.acceptRevision(id, revision),
      keepAside: (attempt, reason) => repository.keepAside(attempt, reason),
      listQuarantine: () => repository.listQuarantine(),
      restoreQuarantined: (key) => repository.restoreQuarantined(key),
      discardQuarantined: (key) => repository.discardQuarantined(key),
    });
    const saved: Attempt[] = [];
    await attemptsStoreStarted({
      loadAtStart: async () => ({ attempts: [mine], damaged: [] }),
      schedule: (attempt) => {
        saved.push(attempt);
        void repository.save(attempt);
      },
      flush: async () => undefined,
      remove: async () => undefined,
    });
    useStorageStore.setState({ conflicts: {} });
  });

  it('saves the chosen parts over the other tab’s revision and keeps the losing version aside', async () => {
    conflictFound({ id: 'att-1', mine, theirs, from: 'save' });
    await conflictPartsChosen('att-1', { task: 'mine' }, T0 + 1000);

    expect(useStorageStore.getState().conflicts).toEqual({});
    expect(discarded).toEqual(['att-1']);
    const stored = await repository.peek('att-1');
    expect(stored?.answers.task.text).toBe('task from tab B');
    expect(stored?.revision).toBe(5);
    const [kept] = await repository.listQuarantine();
    expect(kept?.reason).toMatch(/^The other tab’s version, not chosen/);
    expect(kept?.raw).toMatchObject({ answers: { task: { text: 'task from tab A' } } });
  });

  it('keeps both: the other tab’s version stays, this tab’s becomes a copy', async () => {
    conflictFound({ id: 'att-1', mine, theirs, from: 'reopen' });
    conflictKeptBoth('att-1', T0 + 2000, 'att-1-copy');
    const attempts = useAttemptsStore.getState().attempts;
    expect(attempts['att-1']?.answers.task.text).toBe('task from tab A');
    expect(attempts['att-1-copy']?.answers.task.text).toBe('task from tab B');
    expect(attempts['att-1-copy']?.promptTitle).toBe('Legal RAG (copy from another tab)');
    await Promise.resolve();
    expect((await repository.peek('att-1-copy'))?.answers.task.text).toBe('task from tab B');
  });
});
