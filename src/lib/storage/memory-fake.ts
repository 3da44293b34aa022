// In-memory stand-ins for component and store tests (STYLE habit 7): the same AttemptRepository rules
// as IndexedDB (migrate + parse on read, quarantine, revision conflicts) without a browser database.
// Two fakes sharing one backing behave like two tabs; `failNext` rehearses quota and other failures.
import type { StateStorage } from 'zustand/middleware';
import type { Attempt } from '@/domain/attempt';
import {
  checkAttemptRecord,
  checkForSave,
  conflictError,
  nextRevision,
  storedRevision,
  type AttemptRepository,
  type AttemptRepositoryOptions,
  type LoadResult,
} from './attempt-records';
import type { StorageError } from './idb';
import { ATTEMPT_MIGRATIONS } from './migrations';
import type { DamagedRecord } from './quarantine';

export interface MemoryBacking {
  /** Raw stored values by id, exactly as a repository would find them. */
  attempts: Map<string, unknown>;
  quarantine: Map<string, DamagedRecord>;
}

/** Storage to share between fakes; `records` may include damaged or old-version values. */
export function createMemoryBacking(records: unknown[] = []): MemoryBacking {
  const attempts = new Map<string, unknown>();
  records.forEach((record, index) => {
    const id =
      typeof record === 'object' && record !== null && 'id' in record && typeof record.id === 'string'
        ? record.id
        : `record-${index}`;
    attempts.set(id, structuredClone(record));
  });
  return { attempts, quarantine: new Map() };
}

export interface MemoryAttemptRepository extends AttemptRepository {
  backing: MemoryBacking;
  /** The next call fails with this error (`save` resolves with it, the others reject). */
  failNext(error: StorageError): void;
}

export function createMemoryAttemptRepository(
  options: AttemptRepositoryOptions & { backing?: MemoryBacking; attempts?: Attempt[] } = {},
): MemoryAttemptRepository {
  const backing = options.backing ?? createMemoryBacking(options.attempts);
  const migrations = options.migrations ?? ATTEMPT_MIGRATIONS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();
  let nextFailure: StorageError | null = null;

  const takeFailure = () => {
    const failure = nextFailure;
    nextFailure = null;
    return failure;
  };
  const failing = async <T>(work: () => T): Promise<T> => {
    const failure = takeFailure();
    if (failure) throw failure;
    return work();
  };

  const read = (ids: string[]): LoadResult => {
    const result: LoadResult = { attempts: [], damaged: [] };
    const at = now();
    for (const id of ids) {
      if (!backing.attempts.has(id)) continue;
      const raw = structuredClone(backing.attempts.get(id));
      const checked = checkAttemptRecord(raw, migrations);
      if (checked.ok) {
        seen.set(id, checked.value.revision);
        result.attempts.push(checked.value);
        continue;
      }
      const record: DamagedRecord = {
        key: `attempts:${id}:${at}`,
        source: 'attempts',
        id,
        raw,
        reason: checked.reason,
        issues: checked.issues,
        quarantinedAt: at,
      };
      backing.quarantine.set(record.key, structuredClone(record));
      backing.attempts.delete(id);
      result.damaged.push(record);
    }
    return result;
  };

  return {
    backing,
    failNext(error) {
      nextFailure = error;
    },
    loadAll: () => failing(() => read([...backing.attempts.keys()])),
    get: (id) =>
      failing(() => {
        const { attempts, damaged } = read([id]);
        return { attempt: attempts[0] ?? null, damaged: damaged[0] ?? null };
      }),
    async save(attempt) {
      const failure = takeFailure();
      if (failure) return { ok: false, error: failure };
      const checked = checkForSave(attempt);
      if (!checked.ok) return checked;
      const next = nextRevision(
        storedRevision(backing.attempts.get(attempt.id)),
        seen.get(attempt.id) ?? attempt.revision,
      );
      if (!next.ok) return { ok: false, error: conflictError() };
      backing.attempts.set(attempt.id, structuredClone({ ...checked.attempt, revision: next.revision }));
      seen.set(attempt.id, next.revision);
      return { ok: true, revision: next.revision };
    },
    remove: (id) =>
      failing(() => {
        backing.attempts.delete(id);
        seen.delete(id);
      }),
    listQuarantine: () =>
      failing(() =>
        [...backing.quarantine.values()]
          .map((record) => structuredClone(record))
          .sort((a, b) => b.quarantinedAt - a.quarantinedAt),
      ),
    discardQuarantined: (key) =>
      failing(() => {
        backing.quarantine.delete(key);
      }),
  };
}

/** A zustand StateStorage over a Map, for store tests; `entries` shows what was persisted. */
export function createMemoryStateStorage(): StateStorage<Promise<void>> & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: async (name) => entries.get(name) ?? null,
    setItem: async (name, value) => {
      entries.set(name, value);
    },
    removeItem: async (name) => {
      entries.delete(name);
    },
  };
}
