// In-memory stand-ins for component and store tests: the same AttemptRepository rules
// as IndexedDB (migrate + parse on read, quarantine, revision conflicts) without a browser database.
// Two fakes sharing one backing behave like two tabs; `failNext` rehearses quota and other failures.
import type { StateStorage } from 'zustand/middleware';
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
} from './attempt-records';
import type { StorageError } from './idb';
import { ATTEMPT_MIGRATIONS } from './migrations';
import { damagedRecord, type DamagedRecord } from './quarantine';

interface MemoryBacking {
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

interface MemoryAttemptRepository extends AttemptRepository {
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

  const read = (ids: string[], remember = true): LoadResult => {
    const result: LoadResult = { attempts: [], damaged: [], skipped: [] };
    const at = now();
    const quarantine = (record: DamagedRecord) => {
      backing.quarantine.set(record.key, structuredClone(record));
      result.damaged.push(record);
    };
    for (const id of ids) {
      if (!backing.attempts.has(id)) continue;
      const raw = structuredClone(backing.attempts.get(id));
      const checked = checkAttemptRecord(raw, migrations);
      if (checked.ok) {
        if (remember) seen.set(id, checked.value.revision);
        result.attempts.push(checked.value);
        const parts = checked.setAside ?? [];
        for (const part of parts) quarantine(damagedRecord({ source: 'attempts', at }, id, part.value, part));
        if (parts.length > 0) backing.attempts.set(id, structuredClone(checked.value));
      } else if (checked.keep) {
        result.skipped.push(damagedRecord({ source: 'attempts', at }, id, raw, checked));
      } else {
        quarantine(damagedRecord({ source: 'attempts', at }, id, raw, checked));
        backing.attempts.delete(id);
      }
    }
    return result;
  };

  const newestFirst = (result: LoadResult): LoadResult => ({
    ...result,
    attempts: result.attempts.sort((a, b) => b.updatedAt - a.updatedAt),
  });

  return {
    backing,
    failNext(error) {
      nextFailure = error;
    },
    loadAll: () => failing(() => read([...backing.attempts.keys()])),
    // No summaries store here: every attempt is summarised from its record, as a first start would.
    loadSummaries: () =>
      failing(() => {
        const { attempts, damaged, skipped } = read([...backing.attempts.keys()], false);
        return { summaries: attempts.map(summarizeAttempt), damaged, skipped };
      }),
    get: (id) =>
      failing(() => {
        const { attempts, damaged } = read([id]);
        return { attempt: attempts[0] ?? null, damaged: damaged.find((d) => d.field === undefined) ?? null };
      }),
    async save(attempt) {
      const failure = takeFailure();
      if (failure) return { ok: false, error: failure };
      const stored = backing.attempts.get(attempt.id);
      if (isFromNewerVersion(stored)) return { ok: false, error: newerVersionError() };
      const next = nextRevision(storedRevision(stored), seen.get(attempt.id) ?? attempt.revision);
      if (!next.ok) return { ok: false, error: conflictError() };
      const checked = checkForSave(attempt, stored);
      if (!checked.ok) return checked;
      backing.attempts.set(attempt.id, structuredClone({ ...checked.attempt, revision: next.revision }));
      seen.set(attempt.id, next.revision);
      return { ok: true, revision: next.revision, ...refusedPart(checked.refused) };
    },
    remove: (id) =>
      failing(() => {
        backing.attempts.delete(id);
        seen.delete(id);
      }),
    listByUpdatedAt: (query = {}) =>
      failing(() => {
        const result = newestFirst(read([...backing.attempts.keys()]));
        return query.limit === undefined
          ? result
          : { ...result, attempts: result.attempts.slice(0, query.limit) };
      }),
    listForPrompt: (promptId) =>
      failing(() => {
        const result = newestFirst(read([...backing.attempts.keys()]));
        return { ...result, attempts: result.attempts.filter((a) => a.promptId === promptId) };
      }),
    peek: (id) => failing(() => read([id], false).attempts[0] ?? null),
    seenRevision: (id) => seen.get(id),
    acceptRevision: (id, revision) => void seen.set(id, revision),
    listQuarantine: () =>
      failing(() =>
        [...backing.quarantine.values()]
          .map((record) => structuredClone(record))
          .sort((a, b) => b.quarantinedAt - a.quarantinedAt),
      ),
    restoreQuarantined: (key) =>
      failing(() => {
        const entry = backing.quarantine.get(key);
        if (!entry) return { ok: false as const, reason: 'This entry is no longer in the quarantine.' };
        const plan = planRestore(entry, backing.attempts.get(entry.id), migrations);
        if (!plan.ok) return plan;
        const at = now();
        const setAside = plan.setAside.map((part) =>
          damagedRecord({ source: 'attempts', at }, entry.id, part.value, part),
        );
        for (const part of setAside) backing.quarantine.set(part.key, structuredClone(part));
        backing.attempts.set(entry.id, structuredClone(plan.attempt));
        backing.quarantine.delete(key);
        seen.set(entry.id, plan.attempt.revision);
        return { ok: true as const, attempt: plan.attempt, setAside };
      }),
    discardQuarantined: (key) =>
      failing(() => {
        backing.quarantine.delete(key);
      }),
    keepAside: (attempt, reason) =>
      failing(() => {
        const entry = damagedRecord({ source: 'attempts', at: now() }, attempt.id, attempt, {
          reason,
          issues: [],
        });
        backing.quarantine.set(entry.key, structuredClone(entry));
        return entry;
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
