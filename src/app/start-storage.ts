import { attemptsStoreStarted, saveStatusChanged } from '@/stores/attempts-store';

/**
 * Connects the attempts store to IndexedDB: debounced writes, flushed when the page is hidden or closed.
 * The storage layer (with zod, which validates every record read back) loads in its own chunk right
 * after start-up, so the library paints without waiting for it.
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
    const writer = createDebouncedWriter({
      save: (attempt) => repository.save(attempt),
      delayMs: 400,
      onStatus: (status) => {
        if (status === 'saving' || status === 'saved') saveStatusChanged({ state: status });
        else saveStatusChanged({ state: 'error', message: status.error.message, kind: status.error.kind });
      },
    });
    attachLifecycleFlush(writer, window, () => document.visibilityState === 'hidden', journal.writeJournal);
    await attemptsStoreStarted({
      loadAll: async () => {
        const loaded = await repository.loadAll();
        const { attempts, recovered } = journal.takeJournal(loaded.attempts);
        for (const a of recovered) writer.schedule(a);
        return { attempts, damaged: loaded.damaged };
      },
      schedule: (attempt) => writer.schedule(attempt),
      flush: () => writer.flush(),
      remove: (id) => repository.remove(id),
    });
  } catch (err) {
    await attemptsStoreStarted({
      loadAll: () => Promise.reject(err instanceof Error ? err : new Error(String(err))),
      schedule: () => undefined,
      flush: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    });
  }
}
