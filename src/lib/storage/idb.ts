// IndexedDB gateway: the only module that opens the "design-dojo" database. It owns the store layout,
// the promise wrappers around connections and transactions, and the translation of every browser
// failure into a StorageError whose message the UI can show as it is.

export const DB_NAME = 'design-dojo';

/**
 * The database version moves only with the store layout (stores and indexes), never with the attempt
 * schema: records say their own `schemaVersion`, and one saved by a newer app is left untouched by an
 * older tab (see checkAttemptRecord). The first release computed it as layout * 1000 + attempt schema
 * version (1001); layouts since count in thousands (2000 is layout 2), so no number can be mistaken for
 * that formula. Bump it with a new step in LAYOUT_STEPS.
 */
export const DB_VERSION = 3000;

/** Indexes on the attempts store. */
export const ATTEMPT_INDEX = { promptId: 'by-prompt', updatedAt: 'by-updated' } as const;

export const STORE = {
  attempts: 'attempts',
  /** One compact summary per attempt (same key), written in the same transaction as the attempt. */
  summaries: 'summaries',
  quarantine: 'quarantine',
  kv: 'kv',
  meta: 'meta',
} as const;
export type StoreName = (typeof STORE)[keyof typeof STORE];

export type StorageErrorKind = 'quota' | 'unavailable' | 'conflict' | 'unknown';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'Your browser has run out of storage space for Design Dojo, so recent changes are not saved yet. ' +
    'Keep this tab open, free some space (export and delete old attempts), and saving will resume.',
  unavailable:
    'This browser is not letting Design Dojo save (private browsing, or site storage is turned off). ' +
    'Your work stays in this tab only.',
  conflict:
    'This attempt was changed in another tab. Your edits here are not saved yet: copy them, then reload ' +
    'to see the other version.',
  unknown: 'Saving failed unexpectedly. Your changes are kept in this tab and will be retried.',
};

const NEWER_VERSION_MESSAGE =
  'A newer version of Design Dojo is open in another tab. Reload this page to keep saving.';
const BLOCKED_MESSAGE =
  'Design Dojo is updating its saved data but another tab is holding it open. Close other Design Dojo tabs and reload.';

/** Any storage failure, with a plain message for a banner. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;

  constructor(kind: StorageErrorKind, message: string = MESSAGES[kind], options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
  }
}

function errorName(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return null;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const UNAVAILABLE_NAMES = new Set(['InvalidStateError', 'SecurityError']);

/** Turns whatever a browser API threw into a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (name && QUOTA_NAMES.has(name)) return new StorageError('quota', undefined, { cause: error });
  if (name === 'VersionError')
    return new StorageError('unavailable', NEWER_VERSION_MESSAGE, { cause: error });
  if (name && UNAVAILABLE_NAMES.has(name))
    return new StorageError('unavailable', undefined, { cause: error });
  return new StorageError('unknown', undefined, { cause: error });
}

/** Failing to open is "unavailable" unless the browser says why more precisely. */
function toOpenError(error: unknown): StorageError {
  const mapped = toStorageError(error);
  return mapped.kind === 'unknown' ? new StorageError('unavailable', undefined, { cause: error }) : mapped;
}

/** One change of the store layout, run when a database older than `version` is opened. */
interface LayoutStep {
  version: number;
  run(db: IDBDatabase, tx: IDBTransaction): void;
}

/** Every layout the database has had, oldest first. Steps never change once released. */
const LAYOUT_STEPS: readonly LayoutStep[] = [
  {
    // The first layout (written as version 1001 by the first release).
    version: 1,
    run(db) {
      const has = (name: string) => db.objectStoreNames.contains(name);
      if (!has(STORE.attempts)) db.createObjectStore(STORE.attempts, { keyPath: 'id' });
      if (!has(STORE.quarantine)) db.createObjectStore(STORE.quarantine, { keyPath: 'key' });
      if (!has(STORE.kv)) db.createObjectStore(STORE.kv);
      if (!has(STORE.meta)) db.createObjectStore(STORE.meta);
    },
  },
  {
    // Indexes for the progress and library views; existing records are indexed by the browser.
    version: 2000,
    run(_db, tx) {
      const attempts = tx.objectStore(STORE.attempts);
      if (!attempts.indexNames.contains(ATTEMPT_INDEX.promptId)) {
        attempts.createIndex(ATTEMPT_INDEX.promptId, 'promptId');
      }
      if (!attempts.indexNames.contains(ATTEMPT_INDEX.updatedAt)) {
        attempts.createIndex(ATTEMPT_INDEX.updatedAt, 'updatedAt');
      }
    },
  },
  {
    // Attempt summaries, so start-up, the library and progress read no answer text. The store starts
    // empty: every start-up summarises, through the usual migration and quarantine checks, each attempt
    // that has no current summary (see loadSummaries), so the first start on this layout builds them all.
    version: 3000,
    run(db) {
      if (!db.objectStoreNames.contains(STORE.summaries)) {
        db.createObjectStore(STORE.summaries, { keyPath: 'id' });
      }
    },
  },
];

/** Runs the steps between the database's old version and the one being opened. */
function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number, newVersion: number): void {
  for (const step of LAYOUT_STEPS) {
    // A test may open an early version on purpose: the first step always runs on a new database.
    const due = oldVersion < step.version && (step.version <= newVersion || step === LAYOUT_STEPS[0]);
    if (due) step.run(db, tx);
  }
}

function openConnection(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const request = factory.open(name, version);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (tx) upgrade(request.result, tx, event.oldVersion, event.newVersion ?? version);
    };
    request.onsuccess = () => {
      // A blocked open that was already reported may still succeed later; nobody is waiting for it.
      if (settled) request.result.close();
      else resolve(request.result);
      settled = true;
    };
    request.onerror = () => {
      if (!settled) reject(toOpenError(request.error));
      settled = true;
    };
    request.onblocked = () => {
      if (!settled) reject(new StorageError('unavailable', BLOCKED_MESSAGE));
      settled = true;
    };
  });
}

function resolveFactory(factory: IDBFactory | undefined): IDBFactory {
  if (factory) return factory;
  // Reading the global can itself throw (Firefox with site data blocked).
  const global = globalThis.indexedDB as IDBFactory | undefined;
  if (!global) throw new StorageError('unavailable');
  return global;
}

/** A lazily opened connection to the app database. */
export interface DojoDatabase {
  /** The open connection: opened on first use, and again after the browser or a newer tab closed it. */
  connect(): Promise<IDBDatabase>;
  close(): void;
}

export interface DatabaseOptions {
  /** Defaults to the browser's `indexedDB`; tests pass `new IDBFactory()` from fake-indexeddb. */
  factory?: IDBFactory;
  name?: string;
  version?: number;
}

export function createDatabase(options: DatabaseOptions = {}): DojoDatabase {
  const name = options.name ?? DB_NAME;
  const version = options.version ?? DB_VERSION;
  let connection: Promise<IDBDatabase> | null = null;
  const forget = (which: Promise<IDBDatabase>) => {
    if (connection === which) connection = null;
  };

  return {
    connect() {
      if (connection) return connection;
      const pending = (async () => {
        let db: IDBDatabase;
        try {
          db = await openConnection(resolveFactory(options.factory), name, version);
        } catch (error) {
          throw toOpenError(error);
        }
        // Let a newer version in another tab upgrade instead of being blocked by this one.
        db.onversionchange = () => {
          db.close();
          forget(pending);
        };
        db.onclose = () => forget(pending);
        return db;
      })();
      connection = pending;
      pending.catch(() => forget(pending));
      return pending;
    },
    close() {
      const current = connection;
      connection = null;
      current?.then((db) => db.close()).catch(() => undefined);
    },
  };
}

let appDatabase: DojoDatabase | null = null;

/** The app's database on the browser's IndexedDB; nothing is touched until the first call needs it. */
export function defaultDatabase(): DojoDatabase {
  appDatabase ??= createDatabase();
  return appDatabase;
}

/**
 * Runs one transaction. `body` issues its requests synchronously or from request callbacks (never
 * after an await, which would let the transaction commit early) and returns a reader for the result,
 * called once the transaction has committed. Rejects only with StorageError.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: StoreName | StoreName[],
  mode: IDBTransactionMode,
  body: (tx: IDBTransaction) => () => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction | null = null;
    try {
      tx = db.transaction(stores, mode);
      const read = body(tx);
      const current = tx;
      current.oncomplete = () => resolve(read());
      current.onabort = () =>
        reject(
          toStorageError(current.error ?? new DOMException('The transaction was aborted.', 'AbortError')),
        );
    } catch (error) {
      try {
        tx?.abort();
      } catch {
        // Already finished; the error below is what matters.
      }
      reject(toStorageError(error));
    }
  });
}
