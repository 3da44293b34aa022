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

/**
 * Folds journalled attempts into what IndexedDB returned: a journalled copy wins when it is newer.
 * Returns the merged list and the attempts that must be written back. Invalid entries are ignored.
 */
export function takeJournal(
  loaded: readonly Attempt[],
  storage: Storage | undefined = globalThis.localStorage,
): { attempts: Attempt[]; recovered: Attempt[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(KEY) ?? '[]');
    storage?.removeItem(KEY);
  } catch {
    raw = [];
  }
  const byId = new Map(loaded.map((a) => [a.id, a]));
  const recovered: Attempt[] = [];
  for (const entry of Array.isArray(raw) ? raw : []) {
    // A journal written by an older version is lifted like any stored record.
    const migrated = migrateRecord(entry);
    if (!migrated.ok) continue;
    const parsed = AttemptSchema.safeParse(migrated.value);
    if (!parsed.success) continue;
    const current = byId.get(parsed.data.id);
    if (current && current.updatedAt >= parsed.data.updatedAt) continue;
    byId.set(parsed.data.id, parsed.data);
    recovered.push(parsed.data);
  }
  return { attempts: [...byId.values()], recovered };
}
