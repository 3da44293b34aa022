// Attempt record migrations: each step lifts a raw stored record from one schemaVersion to the next,
// before AttemptSchema parses it. Steps take and return `unknown` because stored data is not trusted;
// the parse after the last step is what makes it an Attempt (no casts).
import { ATTEMPT_SCHEMA_VERSION, hashText } from '@/domain/attempt';

type Migration = (raw: unknown) => unknown;

/** Steps keyed by the version they upgrade from: `migrations[v]` turns a version-v record into v+1. */
export type MigrationSteps = Readonly<Partial<Record<number, Migration>>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Schema 1 -> 2: every section's grade starts its grade history. Schema 1 kept no graded text, so the
 * current text is kept with the grade only when it is the text that was graded (same hash); otherwise
 * the version is marked `textUnknown`. Self-scores and partner reviews start empty.
 */
export function attemptV1ToV2(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const grades = isRecord(raw.grades) ? raw.grades : {};
  const answers = isRecord(raw.answers) ? raw.answers : {};
  const gradeHistory: Record<string, unknown[]> = {};
  for (const [section, grade] of Object.entries(grades)) {
    if (!isRecord(grade)) continue;
    const answer = answers[section];
    const text = isRecord(answer) && typeof answer.text === 'string' ? answer.text : '';
    gradeHistory[section] =
      grade.answerHash === hashText(text) ? [{ text, grade }] : [{ text: '', grade, textUnknown: true }];
  }
  return { ...raw, gradeHistory, selfScores: {}, reviews: [], schemaVersion: 2 };
}

/** Schema 0 was never written by a release; schema 1 records are lifted to 2. */
export const ATTEMPT_MIGRATIONS: MigrationSteps = { 1: attemptV1ToV2 };

type MigrationResult = { ok: true; value: unknown; from: number } | { ok: false; reason: string };

/** A record's schemaVersion; a record without one predates versioning and counts as 0. */
export function readSchemaVersion(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  if (!('schemaVersion' in raw) || raw.schemaVersion === undefined) return 0;
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/** Runs the steps from the record's version up to `target`; any gap or failure is a reason to quarantine. */
export function migrateRecord(
  raw: unknown,
  migrations: MigrationSteps = ATTEMPT_MIGRATIONS,
  target: number = ATTEMPT_SCHEMA_VERSION,
): MigrationResult {
  const from = readSchemaVersion(raw);
  if (from === null) return { ok: false, reason: 'Not a saved attempt: it has no usable schemaVersion.' };
  if (from > target) {
    return {
      ok: false,
      reason: `Saved by a newer version of Design Dojo (schema ${from}; this one reads up to ${target}).`,
    };
  }
  let value = raw;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `No migration from schema version ${version}.` };
    try {
      value = step(value);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `Migration from schema version ${version} failed: ${detail}` };
    }
    if (readSchemaVersion(value) !== version + 1) {
      return {
        ok: false,
        reason: `Migration from schema version ${version} did not produce version ${version + 1}.`,
      };
    }
  }
  return { ok: true, value, from };
}
