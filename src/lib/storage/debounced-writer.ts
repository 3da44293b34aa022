// Debounced saving: typing schedules a write, only the latest value per id is kept, and it is written
// after a quiet spell, or at once when the page is hidden or left. Failures become a status for a
// banner and the value stays pending, to be retried on the next schedule or flush.
import type { Attempt } from '@/domain/attempt';
import type { SaveResult } from './attempt-records';
import { toStorageError, type StorageError } from './idb';

export type WriteStatus = 'saving' | 'saved' | { error: StorageError };

export interface DebouncedWriterOptions<T> {
  /** May resolve with a SaveResult or reject; both kinds of failure are reported the same way. */
  save: (value: T) => Promise<SaveResult | void>;
  delayMs?: number;
  onStatus?: (status: WriteStatus) => void;
}

export interface DebouncedWriter<T> {
  /** Keeps `value` as the latest for its id and (re)starts the quiet-period timer. */
  schedule(value: T): void;
  /** Writes everything pending now; never rejects. */
  flush(): Promise<void>;
  /** Values scheduled but not yet confirmed written (pending or in flight). */
  unsavedValues(): T[];
  /**
   * Values handed to `save` that have not settled yet (at most one per id). A tab that closes now may
   * still see them land, so the pagehide journal records them as this tab's own writes.
   */
  inFlightValues(): T[];
  /** Drops the pending value for an id, e.g. when the user chose another tab's version after a conflict. */
  discard(id: string): void;
  hasPending(): boolean;
}

export function createDebouncedWriter<T extends { id: string } = Attempt>(
  options: DebouncedWriterOptions<T>,
): DebouncedWriter<T> {
  const { save, delayMs = 400, onStatus } = options;
  const pending = new Map<string, T>();
  // Everything scheduled and not yet confirmed written (pending or in flight), for the pagehide journal.
  const unsaved = new Map<string, T>();
  const discardedDuringWrite = new Set<string>();
  const inFlight = new Map<string, T>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Writes run one batch at a time, so an older value can never land after a newer one.
  let queue: Promise<void> = Promise.resolve();

  const report = (status: WriteStatus) => {
    try {
      onStatus?.(status);
    } catch (error) {
      console.error('Save status listener failed', error);
    }
  };

  const writeOne = async (value: T): Promise<StorageError | null> => {
    inFlight.set(value.id, value);
    try {
      const result = await save(value);
      return result && !result.ok ? result.error : null;
    } catch (error) {
      return toStorageError(error);
    } finally {
      inFlight.delete(value.id);
    }
  };

  const writePending = async () => {
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending.clear();
    discardedDuringWrite.clear();
    report('saving');
    let failure: StorageError | null = null;
    for (const value of batch) {
      const error = await writeOne(value);
      if (!error) {
        if (unsaved.get(value.id) === value) unsaved.delete(value.id);
        continue;
      }
      failure = error;
      // Keep it for the next try, unless newer typing for the same id arrived or it was discarded meanwhile.
      if (!pending.has(value.id) && !discardedDuringWrite.has(value.id)) pending.set(value.id, value);
    }
    report(failure ? { error: failure } : 'saved');
  };

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const flush = () => {
    cancelTimer();
    queue = queue.then(writePending);
    return queue;
  };

  return {
    schedule(value) {
      pending.set(value.id, value);
      unsaved.set(value.id, value);
      cancelTimer();
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    discard(id) {
      pending.delete(id);
      unsaved.delete(id);
      discardedDuringWrite.add(id);
    },
    hasPending: () => pending.size > 0,
    unsavedValues: () => [...unsaved.values()],
    inFlightValues: () => [...inFlight.values()],
  };
}

/**
 * Flushes when the page is hidden or being left (`pagehide` covers the back-forward cache, where
 * `unload` never fires). Returns a function that removes the listeners.
 */
export function attachLifecycleFlush<T>(
  writer: { flush(): Promise<void>; unsavedValues?: () => T[]; inFlightValues?: () => T[] },
  target: EventTarget = window,
  isHidden: () => boolean = () => document.visibilityState === 'hidden',
  /**
   * Called synchronously first: an IndexedDB write started on pagehide may not finish before the page
   * dies. Gets the unsaved values and the writes already in flight, which may still land after it.
   */
  journal?: (values: T[], inFlight: T[]) => void,
): () => void {
  const leave = () => {
    if (journal && writer.unsavedValues) journal(writer.unsavedValues(), writer.inFlightValues?.() ?? []);
    void writer.flush();
  };
  const onPageHide = leave;
  const onVisibilityChange = () => {
    if (isHidden()) leave();
  };
  target.addEventListener('pagehide', onPageHide);
  target.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    target.removeEventListener('pagehide', onPageHide);
    target.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
