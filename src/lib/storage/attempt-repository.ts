// Attempts in IndexedDB: the one place they are read and written. Every stored record is migrated and
// parsed on the way out (a damaged part is set aside, a damaged record quarantined, both reported), and
// every write checks the revision this tab last saw, so two tabs cannot silently overwrite each other.
import type { Attempt } from '@/domain/attempt';
import {
  checkAttemptRecord,
  checkForSave,
  conflictError,
  isFromNewerVersion,
  newerVersionError,
  nextRevision,
  planRestore,
  refusedPart,
  storedRevision,
  type AttemptRepository,
  type AttemptRepositoryOptions,
  type LoadResult,
  type RestoreResult,
  type SaveResult,
} from './attempt-records';
import { ATTEMPT_INDEX, defaultDatabase, STORE, toStorageError, transact, type DojoDatabase } from './idb';
import { ATTEMPT_MIGRATIONS } from './migrations';
import {
  damagedRecord,
  DamagedRecordSchema,
  discardQuarantined,
  listQuarantine,
  readChecked,
  type ReadRequest,
} from './quarantine';

export type {
  AttemptRepository,
  AttemptRepositoryOptions,
  GetResult,
  LoadResult,
  RestoreResult,
  SaveResult,
} from './attempt-records';

async function rejectAsStorageError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

type Query = Pick<ReadRequest<Attempt>, 'query' | 'index' | 'limit'>;

export function createAttemptRepository(
  db: DojoDatabase = defaultDatabase(),
  options: AttemptRepositoryOptions = {},
): AttemptRepository {
  const migrations = options.migrations ?? ATTEMPT_MIGRATIONS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();

  const read = async (query: Query, remember = true): Promise<LoadResult> => {
    const result = await readChecked(db, {
      source: STORE.attempts,
      ...query,
      check: (raw) => checkAttemptRecord(raw, migrations),
      at: now(),
    });
    const attempts = result.valid.map((entry) => entry.value);
    if (remember) for (const attempt of attempts) seen.set(attempt.id, attempt.revision);
    return { attempts, damaged: result.damaged, skipped: result.skipped };
  };

  const write = async (attempt: Attempt, base: number): Promise<SaveResult> => {
    const connection = await db.connect();
    return transact(connection, STORE.attempts, 'readwrite', (tx) => {
      const store = tx.objectStore(STORE.attempts);
      let result: SaveResult = { ok: false, error: conflictError() };
      const current = store.get(attempt.id);
      current.onsuccess = () => {
        const stored: unknown = current.result;
        if (isFromNewerVersion(stored)) {
          result = { ok: false, error: newerVersionError() };
          return;
        }
        const next = nextRevision(storedRevision(stored), base);
        if (!next.ok) return;
        // Part by part: an invalid part keeps its stored version and is reported; the rest is written.
        const checked = checkForSave(attempt, stored);
        if (!checked.ok) {
          result = checked;
          return;
        }
        store.put({ ...checked.attempt, revision: next.revision });
        result = { ok: true, revision: next.revision, ...refusedPart(checked.refused) };
      };
      return () => result;
    });
  };

  const restore = async (key: string): Promise<RestoreResult> => {
    const connection = await db.connect();
    const at = now();
    return transact(connection, [STORE.attempts, STORE.quarantine], 'readwrite', (tx) => {
      let result: RestoreResult = { ok: false, reason: 'This entry is no longer in the quarantine.' };
      const entryRequest = tx.objectStore(STORE.quarantine).get(key);
      entryRequest.onsuccess = () => {
        const entry = DamagedRecordSchema.safeParse(entryRequest.result);
        if (!entry.success) return;
        const existingRequest = tx.objectStore(STORE.attempts).get(entry.data.id);
        existingRequest.onsuccess = () => {
          const plan = planRestore(entry.data, existingRequest.result, migrations);
          if (!plan.ok) {
            result = plan;
            return;
          }
          const setAside = plan.setAside.map((part) =>
            damagedRecord({ source: STORE.attempts, at }, entry.data.id, part.value, part),
          );
          for (const part of setAside) tx.objectStore(STORE.quarantine).put(part);
          tx.objectStore(STORE.attempts).put(plan.attempt);
          tx.objectStore(STORE.quarantine).delete(key);
          result = { ok: true, attempt: plan.attempt, setAside };
        };
      };
      return () => result;
    });
  };

  return {
    loadAll: () => rejectAsStorageError(() => read({ query: null })),

    get: (id) =>
      rejectAsStorageError(async () => {
        const { attempts, damaged } = await read({ query: id });
        return { attempt: attempts[0] ?? null, damaged: damaged.find((d) => d.field === undefined) ?? null };
      }),

    async save(attempt) {
      try {
        const result = await write(attempt, seen.get(attempt.id) ?? attempt.revision);
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

    listByUpdatedAt: (query = {}) =>
      rejectAsStorageError(() =>
        read({
          query: null,
          index: { name: ATTEMPT_INDEX.updatedAt, direction: 'prev' },
          ...(query.limit === undefined ? {} : { limit: query.limit }),
        }),
      ),

    listForPrompt: (promptId) =>
      rejectAsStorageError(async () => {
        const result = await read({ query: promptId, index: { name: ATTEMPT_INDEX.promptId } });
        return { ...result, attempts: result.attempts.sort((a, b) => b.updatedAt - a.updatedAt) };
      }),

    peek: (id) => rejectAsStorageError(async () => (await read({ query: id }, false)).attempts[0] ?? null),

    seenRevision: (id) => seen.get(id),
    acceptRevision: (id, revision) => void seen.set(id, revision),

    listQuarantine: () => listQuarantine(db),
    restoreQuarantined: (key) =>
      rejectAsStorageError(async () => {
        const result = await restore(key);
        if (result.ok) seen.set(result.attempt.id, result.attempt.revision);
        return result;
      }),
    discardQuarantined: (key) => discardQuarantined(db, key),
    keepAside: (attempt, reason) =>
      rejectAsStorageError(async () => {
        const entry = damagedRecord({ source: STORE.attempts, at: now() }, attempt.id, attempt, {
          reason,
          issues: [],
        });
        const connection = await db.connect();
        await transact(connection, STORE.quarantine, 'readwrite', (tx) => {
          tx.objectStore(STORE.quarantine).put(entry);
          return () => undefined;
        });
        return entry;
      }),
  };
}

/** The app's saved attempts, newest first, at most `limit` (for progress and library views). */
export function listAttemptsByUpdatedAt(
  options: { limit?: number; db?: DojoDatabase } = {},
): Promise<LoadResult> {
  const { db, ...query } = options;
  return createAttemptRepository(db).listByUpdatedAt(query);
}

/** The app's saved attempts at one prompt, newest first. */
export function listAttemptsForPrompt(
  promptId: string,
  options: { db?: DojoDatabase } = {},
): Promise<LoadResult> {
  return createAttemptRepository(options.db).listForPrompt(promptId);
}
