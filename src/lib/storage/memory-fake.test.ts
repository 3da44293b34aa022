// @vitest-environment node
// The fake shares the repository contract tests in attempt-repository.test.ts; these cover its extras.
import { describe, expect, it } from 'vitest';
import { newAttempt } from '@/domain/attempt';
import { StorageError } from './idb';
import { createMemoryAttemptRepository, createMemoryStateStorage } from './memory-fake';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
const attempt = newAttempt({ id: 'att-1', promptId: 'support-bot', promptTitle: 'Support', now: T0 });

describe('createMemoryAttemptRepository', () => {
  it('starts from seeded attempts', async () => {
    const repo = createMemoryAttemptRepository({ attempts: [attempt] });
    expect((await repo.loadAll()).attempts).toEqual([attempt]);
  });

  it('fails the next call with a chosen error, then recovers', async () => {
    const repo = createMemoryAttemptRepository();
    repo.failNext(new StorageError('quota'));
    const failed = await repo.save(attempt);
    expect(!failed.ok && failed.error.kind).toBe('quota');
    expect(await repo.save(attempt)).toEqual({ ok: true, revision: 1 });

    repo.failNext(new StorageError('unavailable'));
    await expect(repo.loadAll()).rejects.toMatchObject({ kind: 'unavailable' });
    expect((await repo.loadAll()).attempts).toHaveLength(1);
  });

  it('stores copies, so later changes to an object do not leak into storage', async () => {
    const repo = createMemoryAttemptRepository();
    const mutable = structuredClone(attempt);
    await repo.save(mutable);
    mutable.answers.task.text = 'changed after saving';
    expect((await repo.get('att-1')).attempt?.answers.task.text).toBe('');
  });
});

describe('createMemoryStateStorage', () => {
  it('keeps items by name', async () => {
    const storage = createMemoryStateStorage();
    await storage.setItem('settings', '{"state":{}}');
    expect(await storage.getItem('settings')).toBe('{"state":{}}');
    expect(storage.entries.size).toBe(1);
    await storage.removeItem('settings');
    expect(await storage.getItem('settings')).toBeNull();
  });
});
