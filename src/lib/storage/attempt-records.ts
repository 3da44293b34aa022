// The rules every attempt repository shares (IndexedDB and the in-memory fake): how a stored value
// becomes an Attempt, and when a save must be refused because another tab saved a newer revision.
import { ATTEMPT_SCHEMA_VERSION, type Attempt } from '@/domain/attempt';
import type { AttemptSummary } from '@/domain/attempt-summary';
import { StorageError } from './idb';
import { ATTEMPT_MIGRATIONS, migrateRecord, readSchemaVersion, type MigrationSteps } from './migrations';
import type { Checked, DamagedRecord, SetAsidePart } from './quarantine';
import { putBack, readPath, salvageAttempt } from './salvage';

/** Start-up's read: a summary of every saved attempt, with what was found damaged on the way. */
export interface SummaryLoad {
  summaries: AttemptSummary[];
  damaged: DamagedRecord[];
  skipped: DamagedRecord[];
}

export interface LoadResult {
  attempts: Attempt[];
  /**
   * Records that failed migration or validation, and parts of records set aside while the rest was
   * kept (`field` set): moved to the quarantine and reported here.
   */
  damaged: DamagedRecord[];
  /** Records saved by a newer version of the app: left in place untouched, reported here. */
  skipped: DamagedRecord[];
}

/** `setAside` lists parts that still do not read: they stay in the quarantine as entries of their own. */
export type RestoreResult =
  { ok: true; attempt: Attempt; setAside: DamagedRecord[] } | { ok: false; reason: string };

export interface GetResult {
  attempt: Attempt | null;
  damaged: DamagedRecord | null;
}

/**
 * `refused` lists parts of the attempt that were invalid and not written (the stored version of each was
 * kept); everything else was saved.
 */
export type SaveResult =
  { ok: true; revision: number; refused?: RefusedField[] } | { ok: false; error: StorageError };

/**
 * Saved attempts. Reads reject only with StorageError; `save` never rejects. The revision a tab
 * "last saw" is the one this repository last read or wrote for that id (or, for an attempt it never
 * read, `attempt.revision`).
 */
export interface AttemptRepository {
  /** Every attempt, read whole (for tests and tools; the app reads summaries and single attempts). */
  loadAll(): Promise<LoadResult>;
  /**
   * A summary of every saved attempt, without reading answer text: stored summaries that match their
   * attempt's `updatedAt` are used as they are; any attempt without one is read (migrated, checked,
   * damage quarantined and reported) and summarised again, and summaries of deleted attempts removed.
   */
  loadSummaries(): Promise<SummaryLoad>;
  get(id: string): Promise<GetResult>;
  /** Refuses with kind 'conflict' when another tab saved a newer revision; otherwise writes revision + 1. */
  save(attempt: Attempt): Promise<SaveResult>;
  remove(id: string): Promise<void>;
  /** Newest first (by `updatedAt`), at most `limit`; walks the updatedAt index. */
  listByUpdatedAt(options?: { limit?: number }): Promise<LoadResult>;
  /** Every attempt at one prompt, newest first; walks the promptId index. */
  listForPrompt(promptId: string): Promise<LoadResult>;
  /** The stored version of one attempt, without changing the revision this tab last saw. */
  peek(id: string): Promise<Attempt | null>;
  /** The revision this tab last read or wrote for an attempt (what its next save is checked against). */
  seenRevision(id: string): number | undefined;
  /** Declares that this tab has now seen `revision` (after the user chose between two tabs' versions). */
  acceptRevision(id: string, revision: number): void;
  listQuarantine(): Promise<DamagedRecord[]>;
  /**
   * Runs a quarantined entry through today's migrations and checks again: a whole record that now reads
   * is put back among the attempts (if its id is free); a set-aside part is put back into its attempt
   * (if its place is still empty). The entry is removed only when that worked.
   */
  restoreQuarantined(key: string): Promise<RestoreResult>;
  discardQuarantined(key: string): Promise<void>;
  /** Keeps a whole version aside in the quarantine with a reason (one the user chose not to keep). */
  keepAside(attempt: Attempt, reason: string): Promise<DamagedRecord>;
}

export interface AttemptRepositoryOptions {
  migrations?: MigrationSteps;
  /** Clock for quarantine timestamps. */
  now?: () => number;
}

/**
 * Migrates then parses one stored value. An invalid grade, diagram or other settable part is set aside
 * and the rest kept; a record saved by a newer version is left alone (`keep`), because the database
 * version no longer changes with the attempt schema and that version still reads it.
 */
export function checkAttemptRecord(
  raw: unknown,
  migrations: MigrationSteps = ATTEMPT_MIGRATIONS,
): Checked<Attempt> {
  const version = readSchemaVersion(raw);
  const migrated = migrateRecord(raw, migrations);
  if (!migrated.ok) {
    const newer = version !== null && version > ATTEMPT_SCHEMA_VERSION;
    return {
      ok: false,
      reason: newer
        ? `${migrated.reason} It is left as it is; reload to use the newer version.`
        : migrated.reason,
      issues: [],
      ...(newer ? { keep: true } : {}),
    };
  }
  return salvageAttempt(migrated.value);
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

/** A part of an attempt that was not saved, and why (the rest was). */
export interface RefusedField {
  path: string;
  label: string;
  reason: string;
}

type CheckedForSave =
  { ok: true; attempt: Attempt; refused: RefusedField[] } | { ok: false; error: StorageError };

/**
 * Checks an attempt before writing it, part by part: an invalid part (a diagram over the limit) is
 * refused and replaced by the version already stored (`stored`, the raw stored record) or a neutral
 * value, and the rest is saved. Only an attempt whose core (id, mode, clock) is invalid is refused whole.
 */
export function checkForSave(attempt: Attempt, stored?: unknown): CheckedForSave {
  const storedAttempt = stored === undefined ? null : checkAttemptRecord(stored);
  const previous = storedAttempt?.ok ? storedAttempt.value : undefined;
  const salvaged = salvageAttempt(attempt, (path) => (previous ? readPath(previous, path) : undefined));
  if (salvaged.ok) {
    const refused = salvaged.setAside.map(({ path, label, reason }) => ({ path, label, reason }));
    return { ok: true, attempt: salvaged.value, refused };
  }
  return {
    ok: false,
    error: new StorageError('unknown', `This attempt could not be saved. ${salvaged.reason}`),
  };
}

/** True when a stored record was written by a newer version of the app than this one. */
export function isFromNewerVersion(stored: unknown): boolean {
  const version = readSchemaVersion(stored);
  return version !== null && version > ATTEMPT_SCHEMA_VERSION;
}

export function newerVersionError(): StorageError {
  return new StorageError(
    'unavailable',
    'This attempt was saved by a newer version of Design Dojo in another tab. Reload this page to keep saving.',
  );
}

/**
 * What restoring a quarantined entry would write: the whole record when it reads now and its id is free
 * (`existing` is the stored record under that id), or its attempt with the set-aside part put back.
 */
export function planRestore(
  entry: DamagedRecord,
  existing: unknown,
  migrations: MigrationSteps = ATTEMPT_MIGRATIONS,
): { ok: true; attempt: Attempt; setAside: SetAsidePart[] } | { ok: false; reason: string } {
  if (entry.source !== 'attempts') {
    return { ok: false, reason: 'Only saved attempts can be restored here; export this entry instead.' };
  }
  if (entry.field === undefined) {
    if (existing !== undefined) {
      return {
        ok: false,
        reason: `An attempt with the id ${entry.id} exists again; export this entry instead.`,
      };
    }
    const checked = checkAttemptRecord(entry.raw, migrations);
    if (!checked.ok) return { ok: false, reason: `It still cannot be read. ${checked.reason}` };
    // Parts that still do not read stay in the quarantine, each on its own; the attempt comes back.
    return { ok: true, attempt: checked.value, setAside: checked.setAside ?? [] };
  }
  const current = existing === undefined ? null : checkAttemptRecord(existing, migrations);
  if (!current?.ok) return { ok: false, reason: `Its attempt (${entry.id}) is no longer saved.` };
  const merged = putBack(current.value, entry.field, entry.raw);
  if (merged === null) {
    return { ok: false, reason: `Its place in the attempt holds newer work; export this entry instead.` };
  }
  const checked = salvageAttempt(merged);
  if (!checked.ok || checked.setAside.length > 0) {
    const reason = checked.ok ? (checked.setAside[0]?.reason ?? '') : checked.reason;
    return { ok: false, reason: `It still cannot be read. ${reason}` };
  }
  return { ok: true, attempt: checked.value, setAside: [] };
}

/** The `refused` member of a SaveResult: present only when something was refused. */
export const refusedPart = (refused: RefusedField[]) => (refused.length > 0 ? { refused } : {});

/** One line for a banner: which parts were not saved. */
export function describeRefused(refused: readonly RefusedField[]): string {
  return refused
    .map((r) => `${r.label} was not saved (${r.reason.replace(/^.*? could not be used: /, '')})`)
    .join('; ');
}
