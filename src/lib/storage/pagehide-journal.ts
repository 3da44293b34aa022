// A synchronous safety net for the last keystrokes: IndexedDB writes are asynchronous, and one started
// on `pagehide` can be cut off when the tab closes. So on pagehide the unsaved attempts also go to
// localStorage (synchronous), and the next start-up folds back any that are newer than IndexedDB's copy.
import type { Attempt } from '@/domain/attempt';
import { AttemptSchema } from '@/domain/attempt-schema';
import { migrateRecord } from './migrations';

const KEY = 'design-dojo:unsaved-journal';

/** Writes the unsaved attempts synchronously; never throws (a full or blocked localStorage just skips). */
export function writeJournal(
  values: readonly Attempt[],
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    if (values.length === 0) storage?.removeItem(KEY);
    else storage?.setItem(KEY, JSON.stringify(values));
  } catch {
    // Nothing better to do while the page is going away.
  }
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
      if (!sameWork(current, mine)) conflicts.push({ mine, theirs: current });
      continue;
    }
    if (current && current.updatedAt >= mine.updatedAt) continue;
    byId.set(mine.id, mine);
    recovered.push(mine);
  }
  return { attempts: [...byId.values()], recovered, conflicts };
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
