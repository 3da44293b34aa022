// A synchronous safety net for the last keystrokes: IndexedDB writes are asynchronous, and one started
// on `pagehide` can be cut off when the tab closes. So on pagehide the unsaved attempts also go to
// localStorage (synchronous), and the next start-up folds back any that are newer than IndexedDB's copy.
//
// Beside it, under its own key, the journal notes the tab's own writes that were still in flight: by id,
// the revision they were based on and a fingerprint of their work. Such a write can land after the page
// is gone, and the version it stores is this tab's, not another tab's: it must not read as a conflict.
import { z } from 'zod';
import { hashText, type Attempt } from '@/domain/attempt';
import { AttemptSchema } from '@/domain/attempt-schema';
import { SECTION_IDS } from '@/domain/sections';
import { migrateRecord } from './migrations';

const KEY = 'design-dojo:unsaved-journal';
const OWN_WRITES_KEY = 'design-dojo:unsaved-journal-own-writes';

const OwnWritesSchema = z
  .array(
    z.object({
      id: z.string().max(200),
      revision: z.number().int().nonnegative(),
      updatedAt: z.number(),
      work: z.string().max(64),
    }),
  )
  .max(1000);
type OwnWrite = z.infer<typeof OwnWritesSchema>[number];

/**
 * Writes the unsaved attempts synchronously, and the writes of this tab still in flight (which may land
 * after the page is gone); never throws (a full or blocked localStorage just skips).
 */
export function writeJournal(
  values: readonly Attempt[],
  inFlight: readonly Attempt[] = [],
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    if (values.length === 0) {
      storage?.removeItem(KEY);
      storage?.removeItem(OWN_WRITES_KEY);
      return;
    }
    storage?.setItem(KEY, JSON.stringify(values));
    const own: OwnWrite[] = inFlight.map((a) => ({
      id: a.id,
      revision: a.revision,
      updatedAt: a.updatedAt,
      work: workFingerprint(a),
    }));
    if (own.length === 0) storage?.removeItem(OWN_WRITES_KEY);
    else storage?.setItem(OWN_WRITES_KEY, JSON.stringify(own));
  } catch {
    // Nothing better to do while the page is going away.
  }
}

/**
 * The journal callback for `attachLifecycleFlush`: records every value with the revision this tab last
 * saw for it (what its next save is checked against), so start-up can tell a version still on top of
 * storage from one another tab replaced.
 */
export function journalWriter(
  seenRevision: (id: string) => number | undefined,
  storage: Storage | undefined = globalThis.localStorage,
): (values: Attempt[], inFlight: Attempt[]) => void {
  const based = (values: Attempt[]) =>
    values.map((value) => ({ ...value, revision: seenRevision(value.id) ?? value.revision }));
  return (values, inFlight) => writeJournal(based(values), based(inFlight), storage);
}

/** The ids in the journal, without taking it: start-up reads just those attempts to fold it back. */
export function journalIds(storage: Storage | undefined = globalThis.localStorage): string[] {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry: unknown) =>
      typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string'
        ? [entry.id]
        : [],
    );
  } catch {
    return [];
  }
}

/** A journalled version written on top of a revision that another tab has since replaced. */
export interface JournalConflict {
  /** What this browser's last tab had not saved yet (its `revision` is the one that tab had seen). */
  mine: Attempt;
  /** What IndexedDB holds now, saved by another tab. */
  theirs: Attempt;
}

/**
 * Folds journalled attempts into what IndexedDB returned. A journalled copy is written back only when
 * it is newer and was based on the stored revision; one based on an older revision (another tab saved
 * since) never wins silently: both versions are returned as a conflict for the user to settle, and the
 * stored one stays. Invalid entries are ignored.
 */
export function takeJournal(
  loaded: readonly Attempt[],
  storage: Storage | undefined = globalThis.localStorage,
): { attempts: Attempt[]; recovered: Attempt[]; conflicts: JournalConflict[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(KEY) ?? '[]');
    storage?.removeItem(KEY);
  } catch {
    raw = [];
  }
  const ownWrites = takeOwnWrites(storage);
  const byId = new Map(loaded.map((a) => [a.id, a]));
  const recovered: Attempt[] = [];
  const conflicts: JournalConflict[] = [];
  for (const entry of Array.isArray(raw) ? raw : []) {
    // A journal written by an older version is lifted like any stored record.
    const migrated = migrateRecord(entry);
    if (!migrated.ok) continue;
    const parsed = AttemptSchema.safeParse(migrated.value);
    if (!parsed.success) continue;
    const mine = parsed.data;
    const current = byId.get(mine.id);
    if (current && current.revision > mine.revision) {
      if (landedOwnWrite(current, mine, ownWrites)) {
        // The stored version is this tab's own last write; the journalled one is newer typing on top.
        const next = { ...mine, revision: current.revision };
        byId.set(mine.id, next);
        recovered.push(next);
      } else if (!sameWork(current, mine)) conflicts.push({ mine, theirs: current });
      continue;
    }
    if (current && current.updatedAt >= mine.updatedAt) continue;
    byId.set(mine.id, mine);
    recovered.push(mine);
  }
  return { attempts: [...byId.values()], recovered, conflicts };
}

/** The own-writes note, taken with the journal; a missing or damaged note is treated as empty. */
function takeOwnWrites(storage: Storage | undefined): OwnWrite[] {
  try {
    const raw = storage?.getItem(OWN_WRITES_KEY) ?? null;
    storage?.removeItem(OWN_WRITES_KEY);
    if (raw === null) return [];
    const parsed = OwnWritesSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * True when the stored version is exactly one revision past the journal's base and holds the work of a
 * write this tab had in flight on that base: the write landed after the page went away. Had another tab
 * saved in between, that write would have been refused and the stored work would be the other tab's.
 */
function landedOwnWrite(current: Attempt, mine: Attempt, own: readonly OwnWrite[]): boolean {
  if (current.revision !== mine.revision + 1) return false;
  const work = workFingerprint(current);
  return own.some(
    (w) =>
      w.id === current.id &&
      w.revision === mine.revision &&
      w.updatedAt === current.updatedAt &&
      w.work === work,
  );
}

/** A fingerprint of what the user wrote (answers and diagram): two independent 32-bit hashes. */
function workFingerprint(a: Attempt): string {
  const parts = [a.diagram.source, ...SECTION_IDS.map((id) => a.answers[id].text)];
  const canonical = JSON.stringify(parts);
  return `${hashText(canonical)}${hashText(JSON.stringify([...parts].reverse()))}`;
}

/** True when two versions hold the same answers and diagram (nothing the user wrote would be lost). */
function sameWork(a: Attempt, b: Attempt): boolean {
  return (
    a.diagram.source === b.diagram.source &&
    Object.entries(a.answers).every(
      ([id, answer]) => b.answers[id as keyof Attempt['answers']].text === answer.text,
    )
  );
}
