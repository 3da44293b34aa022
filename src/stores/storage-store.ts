import { create } from 'zustand';
import type { Attempt } from '@/domain/attempt';
import type { RefusedField, RestoreResult } from '@/lib/storage/attempt-records';
import { mergeChoice, versionsLosingText, type ConflictPart, type Side } from '@/lib/storage/conflict-merge';
import type { DamagedRecord } from '@/lib/storage/quarantine';
import { attemptRestored, useAttemptsStore, versionChosen } from './attempts-store';

/** Two versions of one attempt: this tab's and the one another tab saved over it. */
export interface StorageConflict {
  id: string;
  /** This tab's version (for a conflict found on reopening: the version the closed tab had not saved). */
  mine: Attempt;
  /** What storage holds now. */
  theirs: Attempt;
  /** 'save': found while saving in this tab; 'reopen': found in the journal of a tab that closed. */
  from: 'save' | 'reopen';
}

/** What the storage layer offers once started; the app passes IndexedDB, tests an in-memory fake. */
interface StoragePort {
  /** Drops this tab's unsaved version of an attempt (the user chose what to keep). */
  discardPending(id: string): void;
  /** The next save of this attempt is checked against `revision` (the version the user chose from). */
  acceptRevision(id: string, revision: number): void;
  keepAside(attempt: Attempt, reason: string): Promise<unknown>;
  listQuarantine(): Promise<DamagedRecord[]>;
  restoreQuarantined(key: string): Promise<RestoreResult>;
  discardQuarantined(key: string): Promise<void>;
}

type QuarantineView =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; entries: DamagedRecord[]; message: string | null }
  | { status: 'error'; message: string };

interface StorageState {
  conflicts: Record<string, StorageConflict>;
  /** Parts of an attempt its last save refused (the rest was saved), by attempt id. */
  refused: Record<string, RefusedField[]>;
  quarantine: QuarantineView;
}

export const useStorageStore = create<StorageState>()(() => ({
  conflicts: {},
  refused: {},
  quarantine: { status: 'idle' },
}));

let port: StoragePort | null = null;

/** Storage started (or could not: `next` is null and `problem` says why). */
export function storagePortConnected(next: StoragePort | null, problem?: string): void {
  port = next;
  if (!next && problem) {
    useStorageStore.setState({ quarantine: { status: 'error', message: problem } });
  } else if (useStorageStore.getState().quarantine.status === 'loading') {
    // The list was opened before storage was ready.
    void refreshQuarantine(null);
  }
}

/** A save was refused because another tab saved first, or a closed tab left an unsaved older version. */
export function conflictFound(conflict: StorageConflict): void {
  useStorageStore.setState((s) => ({ conflicts: { ...s.conflicts, [conflict.id]: conflict } }));
}

/** A save went through; `refused` lists the parts that were not written. */
export function attemptSaved(id: string, refused: RefusedField[]): void {
  const before = useStorageStore.getState().refused[id];
  if (!before && refused.length === 0) return;
  useStorageStore.setState((s) => {
    const { [id]: _gone, ...rest } = s.refused;
    return { refused: refused.length > 0 ? { ...rest, [id]: refused } : rest };
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const stamp = (now: number) => new Date(now).toISOString().slice(0, 16).replace('T', ' ');

/** The conflict with this tab's live version (typing may have continued since it was found). */
function current(id: string): { conflict: StorageConflict; mine: Attempt } | null {
  const conflict = useStorageStore.getState().conflicts[id];
  if (!conflict) return null;
  const live = useAttemptsStore.getState().attempts[id];
  return { conflict, mine: conflict.from === 'save' && live ? live : conflict.mine };
}

function settled(id: string): void {
  useStorageStore.setState((s) => {
    const { [id]: _gone, ...rest } = s.conflicts;
    return { conflicts: rest };
  });
}

/**
 * The user chose, part by part, between this tab's version and the other tab's. The merged version is
 * saved on top of the other tab's revision, and each version that loses text is kept aside whole in the
 * quarantine (Settings > Kept aside), so nothing either tab wrote is lost.
 */
export async function conflictPartsChosen(
  id: string,
  choice: Partial<Record<ConflictPart, Side>>,
  now: number = Date.now(),
): Promise<void> {
  const found = current(id);
  if (!found || !port) return;
  const { conflict, mine } = found;
  const { theirs } = conflict;
  for (const side of versionsLosingText(mine, theirs, choice)) {
    const version = side === 'mine' ? mine : theirs;
    const whose = side === 'mine' ? 'This tab’s version' : 'The other tab’s version';
    await port.keepAside(version, `${whose}, not chosen when two tabs disagreed (${stamp(now)} UTC).`);
  }
  port.discardPending(id);
  port.acceptRevision(id, theirs.revision);
  settled(id);
  versionChosen(mergeChoice(mine, theirs, choice, now));
}

/** The user kept both: the other tab's version stays, this tab's becomes a separate attempt. */
export function conflictKeptBoth(
  id: string,
  now: number = Date.now(),
  copyId: string = `${id}-copy-${now.toString(36)}`,
): void {
  const found = current(id);
  if (!found || !port) return;
  const { conflict, mine } = found;
  port.discardPending(id);
  port.acceptRevision(id, conflict.theirs.revision);
  settled(id);
  versionChosen(conflict.theirs);
  versionChosen({
    ...mine,
    id: copyId,
    promptTitle: `${mine.promptTitle} (copy from another tab)`,
    revision: 0,
    createdAt: now,
    updatedAt: now,
  });
}

async function refreshQuarantine(note: string | null): Promise<void> {
  if (!port) return;
  try {
    const entries = await port.listQuarantine();
    useStorageStore.setState({ quarantine: { status: 'ready', entries, message: note } });
  } catch (error) {
    useStorageStore.setState({ quarantine: { status: 'error', message: message(error) } });
  }
}

/** The kept-aside list was opened. */
export function quarantineOpened(): Promise<void> {
  useStorageStore.setState({ quarantine: { status: 'loading' } });
  return refreshQuarantine(null);
}

/** The user asked to bring a kept-aside entry back. */
export async function quarantineRestoreRequested(key: string): Promise<void> {
  if (!port) return;
  let note: string;
  try {
    const result = await port.restoreQuarantined(key);
    if (result.ok) {
      attemptRestored(result.attempt);
      const still = result.setAside.length;
      note =
        `Restored “${result.attempt.promptTitle}”.` +
        (still > 0
          ? ` ${still} part${still > 1 ? 's' : ''} that still cannot be read stay${still > 1 ? '' : 's'} here.`
          : '');
    } else {
      note = `Not restored: ${result.reason}`;
    }
  } catch (error) {
    note = `Not restored: ${message(error)}`;
  }
  await refreshQuarantine(note);
}

/** The user deleted a kept-aside entry for good. */
export async function quarantineDiscardRequested(key: string): Promise<void> {
  if (!port) return;
  let note: string | null = 'Deleted.';
  try {
    await port.discardQuarantined(key);
  } catch (error) {
    note = `Not deleted: ${message(error)}`;
  }
  await refreshQuarantine(note);
}
