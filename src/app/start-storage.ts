import type { Attempt } from '@/domain/attempt';
import { attemptsStoreStarted, saveStatusChanged } from '@/stores/attempts-store';
import { attemptSaved, conflictFound, storagePortConnected } from '@/stores/storage-store';

/**
 * Connects the attempts store to IndexedDB: debounced writes, flushed when the page is hidden or closed.
 * The storage layer (with zod, which validates every record read back) loads in its own chunk right
 * after start-up, so the library paints without waiting for it.
 *
 * Two tabs: a save refused because another tab saved first, and an unsaved version a closed tab left
 * in the journal on top of an older revision, both become a conflict the user settles; neither version
 * is ever written over the other without that choice.
 */
export async function startStorage(): Promise<void> {
  try {
    const [{ createAttemptRepository }, { attachLifecycleFlush, createDebouncedWriter }, journal] =
      await Promise.all([
        import('@/lib/storage/attempt-repository'),
        import('@/lib/storage/debounced-writer'),
        import('@/lib/storage/pagehide-journal'),
      ]);
    const repository = createAttemptRepository();
    const save = async (attempt: Attempt) => {
      const result = await repository.save(attempt);
      if (result.ok) {
        attemptSaved(attempt.id, result.refused ?? []);
      } else if (result.error.kind === 'conflict') {
        const theirs = await repository.peek(attempt.id).catch(() => null);
        if (theirs) conflictFound({ id: attempt.id, mine: attempt, theirs, from: 'save' });
      }
      return result;
    };
    const writer = createDebouncedWriter({
      save,
      delayMs: 400,
      onStatus: (status) => {
        if (status === 'saving' || status === 'saved') saveStatusChanged({ state: status });
        else saveStatusChanged({ state: 'error', message: status.error.message, kind: status.error.kind });
      },
    });
    // The journal keeps what this tab had not saved and its writes still in flight (see journalWriter).
    const writeJournal = journal.journalWriter((id) => repository.seenRevision(id));
    attachLifecycleFlush(writer, window, () => document.visibilityState === 'hidden', writeJournal);
    storagePortConnected({
      discardPending: (id) => writer.discard(id),
      acceptRevision: (id, revision) => repository.acceptRevision(id, revision),
      keepAside: (attempt, reason) => repository.keepAside(attempt, reason),
      listQuarantine: () => repository.listQuarantine(),
      restoreQuarantined: (key) => repository.restoreQuarantined(key),
      discardQuarantined: (key) => repository.discardQuarantined(key),
    });
    const get = async (id: string) => (await repository.get(id)).attempt;
    await attemptsStoreStarted({
      // Summaries of every attempt, and whole only the attempts a closed tab left in the journal.
      loadAtStart: async () => {
        const loaded = await repository.loadSummaries();
        const stored = await Promise.all(journal.journalIds().map(get));
        const { attempts, recovered, conflicts } = journal.takeJournal(stored.filter((a) => a !== null));
        for (const a of recovered) writer.schedule(a);
        for (const { mine, theirs } of conflicts)
          conflictFound({ id: mine.id, mine, theirs, from: 'reopen' });
        return { summaries: loaded.summaries, attempts, damaged: [...loaded.damaged, ...loaded.skipped] };
      },
      get,
      schedule: (attempt) => writer.schedule(attempt),
      flush: () => writer.flush(),
      remove: (id) => repository.remove(id),
    });
  } catch (err) {
    storagePortConnected(null, err instanceof Error ? err.message : String(err));
    await attemptsStoreStarted({
      loadAtStart: () => Promise.reject(err instanceof Error ? err : new Error(String(err))),
      schedule: () => undefined,
      flush: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    });
  }
}
