// Quarantine: a stored record that fails its schema is moved here whole, with the reason and the time,
// and reported to the caller, so nothing the user wrote is ever dropped silently.
// The reading side lives here too, because reading is where damage is found.
import { z } from 'zod';
import { STORE, toStorageError, transact, type DojoDatabase } from './idb';

/** Where a damaged record was found. */
type DamagedSource = typeof STORE.attempts | typeof STORE.kv;

const StoredIssueSchema = z.object({ path: z.string(), message: z.string() });
export type StoredIssue = z.infer<typeof StoredIssueSchema>;

export const DamagedRecordSchema = z.object({
  /** Key in the quarantine store; pass it to `discardQuarantined`. */
  key: z.string(),
  source: z.enum([STORE.attempts, STORE.kv]),
  /** The record's key where it was found (an attempt id, a setting name). */
  id: z.string(),
  raw: z.unknown(),
  /**
   * Set when one part of a record was set aside and the rest kept: its dotted path (`grades.retrieval`).
   * Entries written before parts could be set aside have none and hold the whole record.
   */
  field: z.string().optional(),
  reason: z.string(),
  issues: z.array(StoredIssueSchema),
  quarantinedAt: z.number(),
});
export type DamagedRecord = z.infer<typeof DamagedRecordSchema>;

/** One part of a record that was set aside while the rest was kept. */
export interface SetAsidePart {
  path: string;
  value: unknown;
  reason: string;
  issues: StoredIssue[];
}

/**
 * The outcome of checking one raw stored value. `setAside` lists parts taken out so the rest could be
 * kept (the cleaned value is written back); `keep` leaves an unreadable record where it is (one saved
 * by a newer version, which that version still reads).
 */
export type Checked<T> =
  | { ok: true; value: T; setAside?: SetAsidePart[] }
  | { ok: false; reason: string; issues: StoredIssue[]; keep?: boolean };

export function toIssues(error: z.ZodError): StoredIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(record)',
    message: issue.message,
  }));
}

/** One line for a list of damaged records: the first problem and how many more there are. */
export function describeIssues(what: string, issues: StoredIssue[]): string {
  const [first] = issues;
  if (!first) return `Not a valid ${what}.`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return `Not a valid ${what}: ${first.path}: ${first.message}${more}`;
}

/** Checks a value against a schema, keeping the issues for the quarantine. */
export function checkWith<S extends z.ZodType>(schema: S, what: string, raw: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = toIssues(parsed.error);
  return { ok: false, reason: describeIssues(what, issues), issues };
}

function keyText(key: IDBValidKey): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

interface CheckedRead<T> {
  valid: { key: string; value: T }[];
  /** Whole records and parts of records moved to the quarantine (or to be moved, see readChecked). */
  damaged: DamagedRecord[];
  /** Records left where they are because this version cannot read them (saved by a newer version). */
  skipped: DamagedRecord[];
}

export interface ReadRequest<T> {
  source: DamagedSource;
  /** One key, or null for the whole store. */
  query: IDBValidKey | null;
  /** Walk an index instead of the primary key, in the given direction. */
  index?: { name: string; direction?: IDBCursorDirection };
  /** Stop after this many valid records. */
  limit?: number;
  check: (raw: unknown) => Checked<T>;
  at: number;
}

/** A quarantine entry for a whole record, or for one part of it when `problem.path` is set. */
export function damagedRecord(
  request: Pick<ReadRequest<unknown>, 'source' | 'at'>,
  id: string,
  raw: unknown,
  problem: { reason: string; issues: StoredIssue[]; path?: string },
): DamagedRecord {
  return {
    key: `${request.source}:${id}${problem.path ? `#${problem.path}` : ''}:${request.at}`,
    source: request.source,
    id,
    raw,
    ...(problem.path ? { field: problem.path } : {}),
    reason: problem.reason,
    issues: problem.issues,
    quarantinedAt: request.at,
  };
}

function scan<T>(db: IDBDatabase, request: ReadRequest<T>, move: boolean): Promise<CheckedRead<T>> {
  const stores = move ? [request.source, STORE.quarantine] : [request.source];
  return transact(db, stores, move ? 'readwrite' : 'readonly', (tx) => {
    const result: CheckedRead<T> = { valid: [], damaged: [], skipped: [] };
    const store = tx.objectStore(request.source);
    const source = request.index ? store.index(request.index.name) : store;
    const cursorRequest = source.openCursor(request.query, request.index?.direction);
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return;
      const id = keyText(cursor.primaryKey);
      const checked = request.check(cursor.value);
      if (checked.ok) {
        result.valid.push({ key: id, value: checked.value });
        const parts = (checked.setAside ?? []).map((part) =>
          damagedRecord(request, id, part.value, { ...part }),
        );
        if (move && parts.length > 0) {
          for (const part of parts) tx.objectStore(STORE.quarantine).put(part);
          // Kv values are stored out of line; attempts carry their key.
          if (request.source === STORE.kv) store.put(checked.value, cursor.primaryKey);
          else store.put(checked.value);
        }
        result.damaged.push(...parts);
      } else if (checked.keep) {
        result.skipped.push(damagedRecord(request, id, cursor.value, checked));
      } else {
        const record = damagedRecord(request, id, cursor.value, checked);
        if (move) {
          tx.objectStore(STORE.quarantine).put(record);
          store.delete(cursor.primaryKey);
        }
        result.damaged.push(record);
      }
      if (request.limit !== undefined && result.valid.length >= request.limit) return;
      cursor.continue();
    };
    return () => result;
  });
}

/**
 * Reads and checks records, moving damaged ones to the quarantine in the same transaction. If that
 * write fails (a full disk), the read is redone without moving: damaged records are still reported,
 * stay where they are, and are moved on a later read. Rejects only with StorageError.
 */
export async function readChecked<T>(db: DojoDatabase, request: ReadRequest<T>): Promise<CheckedRead<T>> {
  const connection = await db.connect();
  try {
    return await scan(connection, request, true);
  } catch {
    return scan(connection, request, false);
  }
}

/** Everything kept aside in this database, newest first. Rejects only with StorageError. */
export async function listQuarantine(db: DojoDatabase): Promise<DamagedRecord[]> {
  try {
    const connection = await db.connect();
    const values = await transact(connection, STORE.quarantine, 'readonly', (tx) => {
      const request = tx.objectStore(STORE.quarantine).getAll();
      return () => request.result as unknown[];
    });
    // Only this module writes the quarantine; an entry that does not parse stays stored but unlisted.
    return values
      .flatMap((value) => {
        const parsed = DamagedRecordSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => b.quarantinedAt - a.quarantinedAt);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Deletes one quarantined record for good. Rejects only with StorageError. */
export async function discardQuarantined(db: DojoDatabase, key: string): Promise<void> {
  try {
    const connection = await db.connect();
    await transact(connection, STORE.quarantine, 'readwrite', (tx) => {
      tx.objectStore(STORE.quarantine).delete(key);
      return () => undefined;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
