// Attempts in IndexedDB: the one place they are read and written. Every stored record is migrated and
// parsed on the way out (a damaged part is set aside, a damaged record quarantined, both reported), and
// every write checks the revision this tab last saw, so two tabs cannot silently overwrite each other.
import type { Attempt } from '@/domain/attempt';
import { summarizeAttempt } from '@/domain/attempt-summary';
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
  type SummaryLoad,
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
import { planSummaries } from './summary-records';
import { readSummaryIndex, writeSummaries } from './summary-store';

export type {
  AttemptRepository,
  AttemptRepositoryOptions,
  GetResult,
  LoadResult,
  RestoreResult,
  SaveResult,
  SummaryLoad,
} from './attempt-records';

async function rejectAsStorageError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

type Query = Pick<ReadRequest<Attempt>, 'query' | 'index' | 'limit'>;

/** Above this many attempts without a current summary, start-up reads the whole store once instead. */
const ONE_BY_ONE = 16;

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
    await repairSummaries(attempts, result.damaged);
    return { attempts, damaged: result.damaged, skipped: result.skipped };
  };

  // A read that set a part aside rewrote its attempt, and one that quarantined a record removed it: their
  // summaries follow. Best effort: a summary that cannot be written now is rebuilt when its attempt is
  // next saved, and the attempt itself is already safe.
  const repairSummaries = async (attempts: Attempt[], damaged: { id: string; field?: string }[]) => {
    if (damaged.length === 0) return;
    const partly = new Set(damaged.filter((d) => d.field !== undefined).map((d) => d.id));
    const gone = damaged.filter((d) => d.field === undefined).map((d) => d.id);
    const rewritten = attempts.filter((a) => partly.has(a.id)).map(summarizeAttempt);
    await writeSummaries(db, rewritten, gone).catch(() => undefined);
  };

  const loadSummaries = async (): Promise<SummaryLoad> => {
    const index = await readSummaryIndex(db);
    const plan = planSummaries(index.attempts, index.stored);
    const result: SummaryLoad = { summaries: plan.current, damaged: [], skipped: [] };
    if (plan.stale.length === 0 && !index.oddKeys) {
      await writeSummaries(db, [], plan.orphans).catch(() => undefined);
      return result;
    }
    const stale = new Set(plan.stale);
    const reads =
      plan.stale.length > ONE_BY_ONE || index.oddKeys
        ? [read({ query: null }, false)]
        : plan.stale.map((id) => read({ query: id }, false));
    const built: ReturnType<typeof summarizeAttempt>[] = [];
    for (const loaded of await Promise.all(reads)) {
      for (const attempt of loaded.attempts) if (stale.has(attempt.id)) built.push(summarizeAttempt(attempt));
      result.damaged.push(...loaded.damaged);
      result.skipped.push(...loaded.skipped);
    }
    // Rebuilt summaries that cannot be written (a full disk) are still used; the next start tries again.
    await writeSummaries(db, built, plan.orphans).catch(() => undefined);
    return { ...result, summaries: [...plan.current, ...built] };
  };

  const write = async (attempt: Attempt, base: number): Promise<SaveResult> => {
    const connection = await db.connect();
    return transact(connection, [STORE.attempts, STORE.summaries], 'readwrite', (tx) => {
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
        const saved = { ...checked.attempt, revision: next.revision };
        store.put(saved);
        tx.objectStore(STORE.summaries).put(summarizeAttempt(saved));
        result = { ok: true, revision: next.revision, ...refusedPart(checked.refused) };
      };
      return () => result;
    });
  };

  const restore = async (key: string): Promise<RestoreResult> => {
    const connection = await db.connect();
    const at = now();
    const stores = [STORE.attempts, STORE.summaries, STORE.quarantine];
    return transact(connection, stores, 'readwrite', (tx) => {
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
          tx.objectStore(STORE.summaries).put(summarizeAttempt(plan.attempt));
          tx.objectStore(STORE.quarantine).delete(key);
          result = { ok: true, attempt: plan.attempt, setAside };
        };
      };
      return () => result;
    });
  };

  return {
    loadAll: () => rejectAsStorageError(() => read({ query: null })),
    loadSummaries: () => rejectAsStorageError(loadSummaries),

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
        await transact(connection, [STORE.attempts, STORE.summaries], 'readwrite', (tx) => {
          tx.objectStore(STORE.attempts).delete(id);
          tx.objectStore(STORE.summaries).delete(id);
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
