// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  ATTEMPT_INDEX,
  createDatabase,
  DB_NAME,
  DB_VERSION,
  STORE,
  StorageError,
  toStorageError,
  transact,
} from './idb';

describe('toStorageError', () => {
  it('sorts browser failures into the kinds the UI shows', () => {
    const kind = (error: unknown) => toStorageError(error).kind;
    expect(kind(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(kind({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('quota');
    expect(kind(new DOMException('closing', 'InvalidStateError'))).toBe('unavailable');
    expect(kind(new DOMException('newer', 'VersionError'))).toBe('unavailable');
    expect(kind(new TypeError('bug'))).toBe('unknown');
    expect(kind('a string')).toBe('unknown');
  });

  it('keeps the original error as the cause and a plain message', () => {
    const original = new DOMException('full', 'QuotaExceededError');
    const error = toStorageError(original);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.cause).toBe(original);
    expect(error.message).toMatch(/out of storage space/);
    expect(toStorageError(error)).toBe(error);
  });
});

describe('createDatabase', () => {
  it('creates the five stores', async () => {
    const db = createDatabase({ factory: new IDBFactory() });
    const connection = await db.connect();
    expect(connection.name).toBe(DB_NAME);
    expect(connection.version).toBe(DB_VERSION);
    expect([...connection.objectStoreNames].sort()).toEqual([
      STORE.attempts,
      STORE.kv,
      STORE.meta,
      STORE.quarantine,
      STORE.summaries,
    ]);
    expect(await db.connect()).toBe(connection);
    db.close();
  });

  it('upgrades a database left by the first release (version 1001) and keeps its records', async () => {
    const factory = new IDBFactory();
    // The first release's layout: four stores, no indexes, version = layout 1 * 1000 + attempt schema 1.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(DB_NAME, 1001);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore(STORE.attempts, { keyPath: 'id' });
        db.createObjectStore(STORE.quarantine, { keyPath: 'key' });
        db.createObjectStore(STORE.kv);
        db.createObjectStore(STORE.meta);
      };
      request.onsuccess = () => resolve(request.result);
    });
    await transact(old, [STORE.attempts, STORE.kv], 'readwrite', (tx) => {
      tx.objectStore(STORE.attempts).put({ id: 'att-1', promptId: 'legal-rag', updatedAt: 5 });
      tx.objectStore(STORE.kv).put('{"state":{}}', 'persist:persist:settings');
      return () => undefined;
    });
    old.close();

    expect(DB_VERSION).toBeGreaterThan(1001);
    const connection = await createDatabase({ factory }).connect();
    expect(connection.version).toBe(DB_VERSION);
    const found = await transact(connection, [STORE.attempts, STORE.kv], 'readonly', (tx) => {
      const attempts = tx.objectStore(STORE.attempts);
      const byPrompt = attempts.index(ATTEMPT_INDEX.promptId).getAll('legal-rag');
      const byUpdated = attempts.index(ATTEMPT_INDEX.updatedAt).getAll();
      const settings = tx.objectStore(STORE.kv).get('persist:persist:settings');
      return () => [byPrompt.result, byUpdated.result, settings.result] as unknown[];
    });
    const record = { id: 'att-1', promptId: 'legal-rag', updatedAt: 5 };
    expect(found).toEqual([[record], [record], '{"state":{}}']);
  });

  it('is "unavailable" when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(createDatabase().connect()).rejects.toMatchObject({ kind: 'unavailable' });
    vi.unstubAllGlobals();
  });

  it('closes for a newer version in another tab, then reports that a reload is needed', async () => {
    const factory = new IDBFactory();
    const older = createDatabase({ factory, version: 1 });
    await older.connect();

    const newer = createDatabase({ factory, version: 2 });
    await expect(newer.connect()).resolves.toMatchObject({ version: 2 });

    const error = await older.connect().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/newer version/) });
  });

  it('is "unavailable" when an upgrade is blocked by a connection that will not close', async () => {
    const factory = new IDBFactory();
    const stubborn = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(DB_NAME, 1);
      request.onsuccess = () => resolve(request.result);
    });

    const error = await createDatabase({ factory, version: 2 })
      .connect()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/another tab/) });
    stubborn.close();
  });

  it('opens again after a failed attempt', async () => {
    const factory = new IDBFactory();
    const stubborn = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(DB_NAME, 1);
      request.onsuccess = () => resolve(request.result);
    });
    const db = createDatabase({ factory, version: 2 });
    await expect(db.connect()).rejects.toBeInstanceOf(StorageError);
    stubborn.close();
    await expect(db.connect()).resolves.toMatchObject({ version: 2 });
  });
});

describe('transact', () => {
  it('resolves with what the body read once the transaction commits', async () => {
    const connection = await createDatabase({ factory: new IDBFactory() }).connect();
    await transact(connection, STORE.kv, 'readwrite', (tx) => {
      tx.objectStore(STORE.kv).put('dark', 'theme');
      return () => undefined;
    });
    const theme = await transact(connection, STORE.kv, 'readonly', (tx) => {
      const request = tx.objectStore(STORE.kv).get('theme');
      return () => request.result as unknown;
    });
    expect(theme).toBe('dark');
  });

  it('rejects with a StorageError when a request fails', async () => {
    const connection = await createDatabase({ factory: new IDBFactory() }).connect();
    const failed = transact(connection, STORE.attempts, 'readwrite', (tx) => {
      tx.objectStore(STORE.attempts).add({ id: 'same' });
      tx.objectStore(STORE.attempts).add({ id: 'same' });
      return () => undefined;
    });
    await expect(failed).rejects.toMatchObject({ name: 'StorageError', kind: 'unknown' });
  });

  it('rejects with a StorageError when the body throws', async () => {
    const connection = await createDatabase({ factory: new IDBFactory() }).connect();
    const failed = transact(connection, STORE.attempts, 'readwrite', (tx) => {
      tx.objectStore(STORE.attempts).put({ noId: true });
      return () => undefined;
    });
    await expect(failed).rejects.toBeInstanceOf(StorageError);
  });
});
