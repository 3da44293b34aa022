// Settings and caches in the `kv` store: a value is parsed with the caller's schema on the way out
// (an invalid one is quarantined, reported and read as absent), and zustand `persist` stores get an
// async StateStorage here, each under its own key, so no module but this one touches IndexedDB.
import { z } from 'zod';
import type { StateStorage } from 'zustand/middleware';
import {
  defaultDatabase,
  STORE,
  toStorageError,
  transact,
  type DojoDatabase,
  type StorageError,
} from './idb';
import { checkWith, damagedRecord, readChecked } from './quarantine';

export interface KvOptions {
  db?: DojoDatabase;
  /** Clock for quarantine timestamps. */
  now?: () => number;
}

/**
 * The value under `key` parsed with `schema`, or undefined when absent or invalid (an invalid value is
 * moved to the quarantine, where the damaged-records list reports it). Rejects only with StorageError.
 */
export async function kvGet<S extends z.ZodType>(
  key: string,
  schema: S,
  options: KvOptions = {},
): Promise<z.output<S> | undefined> {
  try {
    const { valid } = await readChecked(options.db ?? defaultDatabase(), {
      source: STORE.kv,
      query: key,
      check: (raw) => checkWith(schema, `value for "${key}"`, raw),
      at: (options.now ?? Date.now)(),
    });
    return valid[0]?.value;
  } catch (error) {
    throw toStorageError(error);
  }
}

async function writeKv(db: DojoDatabase, change: (store: IDBObjectStore) => void): Promise<void> {
  try {
    const connection = await db.connect();
    await transact(connection, STORE.kv, 'readwrite', (tx) => {
      change(tx.objectStore(STORE.kv));
      return () => undefined;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Rejects only with StorageError (quota when the disk is full). */
export function kvSet(key: string, value: unknown, options: KvOptions = {}): Promise<void> {
  return writeKv(options.db ?? defaultDatabase(), (store) => store.put(value, key));
}

export function kvDelete(key: string, options: KvOptions = {}): Promise<void> {
  return writeKv(options.db ?? defaultDatabase(), (store) => store.delete(key));
}

/**
 * Keeps a value that could not be used aside in the quarantine (a persisted store's state that no
 * longer parses), so it is listed, exportable and not lost when the store writes its defaults.
 * Rejects only with StorageError.
 */
export async function keepKvValueAside(
  key: string,
  raw: unknown,
  reason: string,
  options: KvOptions = {},
): Promise<void> {
  const entry = damagedRecord({ source: STORE.kv, at: (options.now ?? Date.now)() }, key, raw, {
    reason,
    issues: [],
  });
  try {
    const connection = await (options.db ?? defaultDatabase()).connect();
    await transact(connection, STORE.quarantine, 'readwrite', (tx) => {
      tx.objectStore(STORE.quarantine).put(entry);
      return () => undefined;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** The kv key a persisted zustand store lives under. */
export function persistKey(name: string): string {
  return `persist:${name}`;
}

export interface IdbStateStorageOptions {
  db?: DojoDatabase;
  /** Called with every failure; the storage itself never rejects, because zustand does not catch writes. */
  onError?: (error: StorageError) => void;
}

const warn = (error: StorageError) => console.warn(`Design Dojo storage: ${error.message}`, error.cause);

/**
 * A zustand StateStorage on the kv store: `persist(..., { storage: createJSONStorage(() => storage) })`.
 * A failed read yields null (the store keeps its defaults); validation belongs in the store's `merge`.
 */
export function createIdbStateStorage(options: IdbStateStorageOptions = {}): StateStorage<Promise<void>> {
  const db = () => options.db ?? defaultDatabase();
  const onError = options.onError ?? warn;
  const reportingErrors = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      onError(toStorageError(error));
      return fallback;
    }
  };
  return {
    getItem: (name) =>
      reportingErrors(async () => {
        const value = await kvGet(persistKey(name), z.string(), { db: db() });
        return value ?? null;
      }, null),
    setItem: (name, value) => reportingErrors(() => kvSet(persistKey(name), value, { db: db() }), undefined),
    removeItem: (name) => reportingErrors(() => kvDelete(persistKey(name), { db: db() }), undefined),
  };
}

/** The app's instance: failures are logged; create your own with `onError` to show them in the UI. */
export const idbStateStorage = createIdbStateStorage();
