// Attempts in IndexedDB: the one place they are read and written. Every stored record is migrated and
// parsed on the way out (damaged ones are quarantined and reported), and every write checks the
// revision this tab last saw, so two tabs cannot silently overwrite each other (STYLE habits 2 and 5).
import type { Attempt } from '@/domain/attempt';
import {
  checkAttemptRecord,
  checkForSave,
  conflictError,
  nextRevision,
  storedRevision,
  type AttemptRepository,
  type AttemptRepositoryOptions,
  type SaveResult,
} from './attempt-records';
import { defaultDatabase, STORE, toStorageError, transact, type DojoDatabase } from './idb';
import { ATTEMPT_MIGRATIONS } from './migrations';
import { discardQuarantined, listQuarantine, readChecked } from './quarantine';

export type {
  AttemptRepository,
  AttemptRepositoryOptions,
  GetResult,
  LoadResult,
  SaveResult,
} from './attempt-records';

async function rejectAsStorageError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

export function createAttemptRepository(
  db: DojoDatabase = defaultDatabase(),
  options: AttemptRepositoryOptions = {},
): AttemptRepository {
  const migrations = options.migrations ?? ATTEMPT_MIGRATIONS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();

  const read = async (query: string | null) => {
    const result = await readChecked(db, {
      source: STORE.attempts,
      query,
      check: (raw) => checkAttemptRecord(raw, migrations),
      at: now(),
    });
    const attempts = result.valid.map((entry) => entry.value);
    for (const attempt of attempts) seen.set(attempt.id, attempt.revision);
    return { attempts, damaged: result.damaged };
  };

  const write = async (attempt: Attempt, base: number): Promise<SaveResult> => {
    const connection = await db.connect();
    return transact(connection, STORE.attempts, 'readwrite', (tx) => {
      const store = tx.objectStore(STORE.attempts);
      let result: SaveResult = { ok: false, error: conflictError() };
      const current = store.get(attempt.id);
      current.onsuccess = () => {
        const next = nextRevision(storedRevision(current.result), base);
        if (!next.ok) return;
        store.put({ ...attempt, revision: next.revision });
        result = { ok: true, revision: next.revision };
      };
      return () => result;
    });
  };

  return {
    loadAll: () => rejectAsStorageError(() => read(null)),

    get: (id) =>
      rejectAsStorageError(async () => {
        const { attempts, damaged } = await read(id);
        return { attempt: attempts[0] ?? null, damaged: damaged[0] ?? null };
      }),

    async save(attempt) {
      const checked = checkForSave(attempt);
      if (!checked.ok) return checked;
      try {
        const result = await write(checked.attempt, seen.get(attempt.id) ?? attempt.revision);
        if (result.ok) seen.set(attempt.id, result.revision);
        return result;
      } catch (error) {
        return { ok: false, error: toStorageError(error) };
      }
    },

    remove: (id) =>
      rejectAsStorageError(async () => {
        const connection = await db.connect();
        await transact(connection, STORE.attempts, 'readwrite', (tx) => {
          tx.objectStore(STORE.attempts).delete(id);
          return () => undefined;
        });
        seen.delete(id);
      }),

    listQuarantine: () => listQuarantine(db),
    discardQuarantined: (key) => discardQuarantined(db, key),
  };
}
