// The rules every attempt repository shares (IndexedDB and the in-memory fake): how a stored value
// becomes an Attempt, and when a save must be refused because another tab saved a newer revision.
import { type Attempt } from '@/domain/attempt';
import { AttemptSchema } from '@/domain/attempt-schema';
import { StorageError } from './idb';
import { ATTEMPT_MIGRATIONS, migrateRecord, type MigrationSteps } from './migrations';
import { checkWith, describeIssues, toIssues, type Checked, type DamagedRecord } from './quarantine';

export interface LoadResult {
  attempts: Attempt[];
  /** Records that failed migration or validation: moved to the quarantine and reported here. */
  damaged: DamagedRecord[];
}

export interface GetResult {
  attempt: Attempt | null;
  damaged: DamagedRecord | null;
}

export type SaveResult = { ok: true; revision: number } | { ok: false; error: StorageError };

/**
 * Saved attempts. Reads reject only with StorageError; `save` never rejects. The revision a tab
 * "last saw" is the one this repository last read or wrote for that id (or, for an attempt it never
 * read, `attempt.revision`).
 */
export interface AttemptRepository {
  loadAll(): Promise<LoadResult>;
  get(id: string): Promise<GetResult>;
  /** Refuses with kind 'conflict' when another tab saved a newer revision; otherwise writes revision + 1. */
  save(attempt: Attempt): Promise<SaveResult>;
  remove(id: string): Promise<void>;
  listQuarantine(): Promise<DamagedRecord[]>;
  discardQuarantined(key: string): Promise<void>;
}

export interface AttemptRepositoryOptions {
  migrations?: MigrationSteps;
  /** Clock for quarantine timestamps. */
  now?: () => number;
}

/** Migrates then parses one stored value. */
export function checkAttemptRecord(
  raw: unknown,
  migrations: MigrationSteps = ATTEMPT_MIGRATIONS,
): Checked<Attempt> {
  const migrated = migrateRecord(raw, migrations);
  if (!migrated.ok) return { ok: false, reason: migrated.reason, issues: [] };
  return checkWith(AttemptSchema, 'saved attempt', migrated.value);
}

/** The revision a stored value carries: null when nothing is stored, 0 for records from before revisions. */
export function storedRevision(raw: unknown): number | null {
  if (raw === undefined) return null;
  if (typeof raw === 'object' && raw !== null && 'revision' in raw && typeof raw.revision === 'number') {
    return raw.revision;
  }
  return 0;
}

/** Refuse when the stored revision is newer than the one this tab saw; otherwise the next revision. */
export function nextRevision(
  stored: number | null,
  seen: number,
): { ok: true; revision: number } | { ok: false } {
  if (stored !== null && stored > seen) return { ok: false };
  return { ok: true, revision: seen + 1 };
}

export function conflictError(): StorageError {
  return new StorageError('conflict');
}

/** Checks an attempt before writing it, so nothing is saved that the next load would quarantine. */
export function checkForSave(
  attempt: Attempt,
): { ok: true; attempt: Attempt } | { ok: false; error: StorageError } {
  const parsed = AttemptSchema.safeParse(attempt);
  if (parsed.success) return { ok: true, attempt: parsed.data };
  const reason = describeIssues('attempt', toIssues(parsed.error));
  return {
    ok: false,
    error: new StorageError('unknown', `This attempt could not be saved. ${reason}`, { cause: parsed.error }),
  };
}
