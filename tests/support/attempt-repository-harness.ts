// The two storage back-ends the attempt repository tests run against (IndexedDB through fake-indexeddb,
// and the in-memory fake the store tests use), with the fixtures they share.
import { IDBFactory } from 'fake-indexeddb';
import { newAttempt, type Attempt } from '@/domain/attempt';
import {
  createAttemptRepository,
  type AttemptRepository,
  type AttemptRepositoryOptions,
} from '@/lib/storage/attempt-repository';
import { createDatabase, STORE, transact } from '@/lib/storage/idb';
import { createMemoryAttemptRepository, createMemoryBacking } from '@/lib/storage/memory-fake';
import type { DamagedRecord } from '@/lib/storage/quarantine';

export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
export const QUARANTINED_AT = Date.UTC(2025, 0, 16, 12, 0, 0);
export const at = () => QUARANTINED_AT;

export function fixture(id = 'att-1', now = T0): Attempt {
  return newAttempt({ id, promptId: 'support-bot', promptTitle: 'Customer support assistant', now });
}

export function withText(attempt: Attempt, text: string, now: number): Attempt {
  return { ...attempt, updatedAt: now, answers: { ...attempt.answers, task: { text, updatedAt: now } } };
}

/** A record as an older build (schema 0) would have written it: no schemaVersion, revision or provenance. */
export function v0Record(id: string): Record<string, unknown> {
  const { schemaVersion: _v, revision: _r, provenance: _p, ...rest } = fixture(id);
  return rest;
}

export interface Harness {
  /** A repository as one browser tab holds it; several share the same storage. */
  tab(options?: AttemptRepositoryOptions): AttemptRepository;
  /** Writes raw values straight into the attempts store, bypassing validation. */
  seed(records: Record<string, unknown>[]): Promise<void>;
  /** Writes an entry straight into the quarantine, as an earlier build (or a fixed bug) left it. */
  seedQuarantine(entry: DamagedRecord): Promise<void>;
}

export function indexedDbHarness(): Harness {
  const factory = new IDBFactory();
  const put = async (store: 'attempts' | 'quarantine', records: unknown[]) => {
    const db = createDatabase({ factory });
    await transact(await db.connect(), store, 'readwrite', (tx) => {
      for (const record of records) tx.objectStore(store).put(record);
      return () => undefined;
    });
    db.close();
  };
  return {
    tab: (options) => createAttemptRepository(createDatabase({ factory }), { now: at, ...options }),
    seed: (records) => put(STORE.attempts, records),
    seedQuarantine: (entry) => put(STORE.quarantine, [entry]),
  };
}

export function memoryHarness(): Harness {
  const backing = createMemoryBacking();
  return {
    tab: (options) => createMemoryAttemptRepository({ now: at, ...options, backing }),
    async seed(records) {
      for (const record of records) backing.attempts.set(String(record.id), structuredClone(record));
    },
    async seedQuarantine(entry) {
      backing.quarantine.set(entry.key, structuredClone(entry));
    },
  };
}
