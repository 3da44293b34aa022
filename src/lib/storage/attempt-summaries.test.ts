// @vitest-environment node
// Summaries in IndexedDB: written with every save, built on the first start after the layout upgrade,
// repaired when an attempt changes behind the app's back, and read at start-up instead of the attempts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ATTEMPT_SCHEMA_VERSION, newAttempt, type Attempt } from '@/domain/attempt';
import { summarizeAttempt } from '@/domain/attempt-summary';
import { createAttemptRepository } from './attempt-repository';
import { createDatabase, STORE, transact, type DojoDatabase } from './idb';
import { testGrade } from '../../../tests/fixtures/grades';

const T0 = Date.UTC(2026, 2, 3, 9, 0, 0);
const STORED = join(import.meta.dirname, '../../../tests/fixtures/stored');
const frozen = (name: string): { id: string } => JSON.parse(readFileSync(join(STORED, name), 'utf8'));
const FROZEN_ATTEMPTS = [
  'attempt-v1-practice-graded.json',
  'attempt-v1-mock-ended.json',
  'attempt-v1-imported-strict-timeup.json',
  'attempt-v2-practice-history.json',
  'attempt-v2-drill-graded.json',
  'attempt-v2-mock-followups.json',
  'attempt-v2-imported-pack-prompt.json',
];

async function put(db: DojoDatabase, store: 'attempts' | 'summaries', records: unknown[]) {
  await transact(await db.connect(), store, 'readwrite', (tx) => {
    for (const record of records) tx.objectStore(store).put(record);
    return () => undefined;
  });
}

async function all(db: DojoDatabase, store: 'attempts' | 'summaries' | 'quarantine'): Promise<unknown[]> {
  return transact(await db.connect(), store, 'readonly', (tx) => {
    const request = tx.objectStore(store).getAll();
    return () => request.result as unknown[];
  });
}

function graded(id: string, now = T0): Attempt {
  const a = newAttempt({ id, promptId: 'legal-rag', promptTitle: 'Legal RAG', now });
  return {
    ...a,
    answers: { ...a.answers, task: { text: 'Lawyers need cited answers.', updatedAt: now } },
    grades: { task: testGrade('task', { score: 3, gradedAt: now }) },
  };
}

const byId = <T extends { id: string }>(xs: T[]) => xs.toSorted((a, b) => a.id.localeCompare(b.id));

describe('attempt summaries in IndexedDB', () => {
  it('are built on the first start after an upgrade from layout 2000, from every frozen attempt', async () => {
    const factory = new IDBFactory();
    const old = createDatabase({ factory, version: 2000 });
    await put(old, STORE.attempts, FROZEN_ATTEMPTS.map(frozen));
    expect([...(await old.connect()).objectStoreNames]).not.toContain(STORE.summaries);
    old.close();

    const db = createDatabase({ factory });
    const repo = createAttemptRepository(db, { now: () => T0 });
    const first = await repo.loadSummaries();
    expect(first.damaged).toEqual([]);
    const whole = await createAttemptRepository(db).loadAll();
    expect(byId(first.summaries)).toEqual(byId(whole.attempts.map(summarizeAttempt)));
    expect(byId((await all(db, STORE.summaries)) as { id: string }[])).toEqual(byId(first.summaries));
    expect(first.summaries).toHaveLength(FROZEN_ATTEMPTS.length);
    db.close();
  });

  it('are read instead of the attempts once stored, and rebuilt when an attempt changed behind them', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    const repo = createAttemptRepository(db, { now: () => T0 });
    await repo.save(graded('a1'));
    await repo.save(graded('a2'));
    // Written behind the app's back: a1 keeps its updatedAt (its summary is trusted as it is), a2 moves on.
    const [a1, a2] = byId((await all(db, STORE.attempts)) as Attempt[]);
    await put(db, STORE.attempts, [
      { ...a1, promptTitle: 'Changed without a save' },
      { ...a2, promptTitle: 'Saved by an older build', updatedAt: T0 + 5 },
    ]);
    const { summaries } = await createAttemptRepository(db).loadSummaries();
    expect(byId(summaries).map((s) => [s.id, s.promptTitle, s.updatedAt])).toEqual([
      ['a1', 'Legal RAG', T0],
      ['a2', 'Saved by an older build', T0 + 5],
    ]);
    db.close();
  });

  it('of another summary version, or unreadable, are rebuilt from their attempt', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    const repo = createAttemptRepository(db, { now: () => T0 });
    await repo.save(graded('a1'));
    await repo.save(graded('a2'));
    const [s1, s2] = byId((await all(db, STORE.summaries)) as { id: string }[]);
    await put(db, STORE.summaries, [
      { ...s1, summaryVersion: 0, promptTitle: 'Old shape' },
      { ...s2, grades: 'not grades' },
    ]);
    const { summaries } = await createAttemptRepository(db).loadSummaries();
    expect(byId(summaries)).toEqual([s1, s2]);
    expect(byId((await all(db, STORE.summaries)) as { id: string }[])).toEqual([s1, s2]);
    db.close();
  });

  it('follow every save, deletion and restore in the same transaction as the attempt', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    const repo = createAttemptRepository(db, { now: () => T0 });
    const a = graded('a1');
    const saved = await repo.save(a);
    expect(saved).toEqual({ ok: true, revision: 1 });
    expect(await all(db, STORE.summaries)).toEqual([summarizeAttempt({ ...a, revision: 1 })]);
    const regraded = { ...a, grades: { task: testGrade('task', { score: 1, gradedAt: T0 + 9 }) } };
    await repo.save(regraded);
    expect(await all(db, STORE.summaries)).toEqual([summarizeAttempt({ ...regraded, revision: 2 })]);

    // A refused save (another tab saved first) leaves both the attempt and its summary as they were.
    const otherTab = createAttemptRepository(db, { now: () => T0 });
    await otherTab.get('a1');
    await otherTab.save({ ...regraded, promptTitle: 'Other tab' });
    expect((await repo.save({ ...regraded, promptTitle: 'This tab' })).ok).toBe(false);
    expect((await all(db, STORE.summaries)) as { promptTitle: string }[]).toMatchObject([
      { promptTitle: 'Other tab' },
    ]);

    await repo.remove('a1');
    expect(await all(db, STORE.summaries)).toEqual([]);

    // Brought back from the kept-aside records: the attempt and its summary return together.
    const entry = await repo.keepAside({ ...regraded, promptTitle: 'Kept aside' }, 'Not chosen.');
    expect(await repo.restoreQuarantined(entry.key)).toMatchObject({ ok: true });
    expect(await all(db, STORE.summaries)).toMatchObject([{ id: 'a1', promptTitle: 'Kept aside' }]);
    db.close();
  });

  it('send a damaged record to the quarantine, leave a newer one alone, and drop orphans', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    const newer = { ...graded('from-newer'), schemaVersion: ATTEMPT_SCHEMA_VERSION + 1 };
    await put(db, STORE.attempts, [{ id: 'broken', promptId: 7 }, newer, graded('ok')]);
    await put(db, STORE.summaries, [{ ...summarizeAttempt(graded('gone')) }, { id: 'junk' }]);
    const loaded = await createAttemptRepository(db, { now: () => T0 }).loadSummaries();
    expect(loaded.summaries.map((s) => s.id)).toEqual(['ok']);
    expect(loaded.damaged.map((d) => d.id)).toEqual(['broken']);
    expect(loaded.skipped.map((d) => d.id)).toEqual(['from-newer']);
    expect(((await all(db, STORE.quarantine)) as { id: string }[]).map((q) => q.id)).toEqual(['broken']);
    expect(((await all(db, STORE.summaries)) as { id: string }[]).map((s) => s.id)).toEqual(['ok']);
    expect(((await all(db, STORE.attempts)) as { id: string }[]).map((s) => s.id).sort()).toEqual([
      'from-newer',
      'ok',
    ]);
    db.close();
  });

  it('reads each stale attempt by key when few, and the whole store once when many', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    const many = Array.from({ length: 40 }, (_, i) => graded(`m${String(i).padStart(2, '0')}`, T0 + i));
    await put(db, STORE.attempts, many);
    const { summaries } = await createAttemptRepository(db).loadSummaries();
    expect(byId(summaries)).toEqual(many.map(summarizeAttempt));
    await put(db, STORE.attempts, [{ ...many[3]!, updatedAt: T0 + 100, promptTitle: 'Moved on' }]);
    const again = await createAttemptRepository(db).loadSummaries();
    expect(again.summaries.find((s) => s.id === 'm03')?.promptTitle).toBe('Moved on');
    expect(again.summaries).toHaveLength(40);
    db.close();
  });
});
