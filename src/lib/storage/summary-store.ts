// The summaries object store: reading what start-up compares (attempt keys and their indexed updatedAt,
// and the stored summaries) and writing rebuilt summaries. Saves write a summary in the attempt's own
// transaction (attempt-repository.ts); these helpers serve start-up and repairs after a read.
import type { AttemptSummary } from '@/domain/attempt-summary';
import { ATTEMPT_INDEX, STORE, transact, type DojoDatabase } from './idb';

interface SummaryIndex {
  /** Every stored attempt id with its indexed `updatedAt` (null when the record has none). */
  attempts: Map<string, number | null>;
  /** True when some attempt is stored under a key that is not a string (only a full read reaches it). */
  oddKeys: boolean;
  /** The stored summaries, unchecked. */
  stored: unknown[];
}

/** Reads attempt keys (from the updatedAt index, no record is loaded) and every stored summary. */
export async function readSummaryIndex(db: DojoDatabase): Promise<SummaryIndex> {
  const connection = await db.connect();
  return transact(connection, [STORE.attempts, STORE.summaries], 'readonly', (tx) => {
    const attempts = tx.objectStore(STORE.attempts);
    const keys = attempts.getAllKeys();
    const updated = new Map<string, number>();
    const cursor = attempts.index(ATTEMPT_INDEX.updatedAt).openKeyCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      if (typeof at.primaryKey === 'string' && typeof at.key === 'number') updated.set(at.primaryKey, at.key);
      at.continue();
    };
    const stored = tx.objectStore(STORE.summaries).getAll();
    return () => {
      const index: SummaryIndex = { attempts: new Map(), oddKeys: false, stored: stored.result as unknown[] };
      for (const key of keys.result) {
        if (typeof key === 'string') index.attempts.set(key, updated.get(key) ?? null);
        else index.oddKeys = true;
      }
      return index;
    };
  });
}

/** Writes rebuilt summaries and deletes those of attempts that are gone, in one transaction. */
export async function writeSummaries(
  db: DojoDatabase,
  put: readonly AttemptSummary[],
  remove: readonly string[],
): Promise<void> {
  if (put.length === 0 && remove.length === 0) return;
  const connection = await db.connect();
  await transact(connection, STORE.summaries, 'readwrite', (tx) => {
    const store = tx.objectStore(STORE.summaries);
    for (const summary of put) store.put(summary);
    for (const id of remove) store.delete(id);
    return () => undefined;
  });
}
