// @vitest-environment jsdom
// The tab that closes while its own first save is still in flight: that save lands after the journal was
// taken, one revision past the journal's base. It is this tab's write, not another tab's, so reopening
// must bring back the newer typing without a conflict; a write by another tab in between still is one.
import { beforeEach, describe, expect, it } from 'vitest';
import { newAttempt, type Attempt } from '@/domain/attempt';
import { attachLifecycleFlush, createDebouncedWriter } from './debounced-writer';
import { createMemoryAttemptRepository, createMemoryBacking } from './memory-fake';
import { journalWriter, takeJournal } from './pagehide-journal';

const created = newAttempt({ id: 'a1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: 1_000 });
const typed = (text: string, at: number): Attempt => ({
  ...created,
  updatedAt: at,
  answers: { ...created.answers, task: { text, updatedAt: at } },
});

/** A tab whose saves wait for `release()`; the write started on pagehide never finishes (the page is gone). */
function closingTab(backing: ReturnType<typeof createMemoryBacking>) {
  const repository = createMemoryAttemptRepository({ backing });
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  let started = () => undefined as void;
  const inFlight = new Promise<void>((resolve) => (started = resolve));
  const writer = createDebouncedWriter<Attempt>({
    delayMs: 60_000,
    save: async (attempt) => {
      calls += 1;
      if (calls > 1) return new Promise<never>(() => undefined);
      started();
      await gate;
      return repository.save(attempt);
    },
  });
  const page = new EventTarget();
  attachLifecycleFlush(
    writer,
    page,
    () => false,
    journalWriter((id) => repository.seenRevision(id)),
  );
  return { writer, page, release, inFlight };
}

async function reopen(backing: ReturnType<typeof createMemoryBacking>) {
  const repository = createMemoryAttemptRepository({ backing });
  const stored = (await repository.get('a1')).attempt;
  return { repository, ...takeJournal(stored ? [stored] : []) };
}

describe('pagehide journal and this tab’s own write in flight', () => {
  beforeEach(() => localStorage.clear());

  it('brings back the typing without a conflict when the own in-flight write lands after the tab closed', async () => {
    const backing = createMemoryBacking();
    const tab = closingTab(backing);
    tab.writer.schedule(created);
    const firstSave = tab.writer.flush();
    await tab.inFlight;
    tab.writer.schedule(typed('Lawyers need cited answers over 2.4M pages.', 2_000));
    tab.page.dispatchEvent(new Event('pagehide'));
    tab.release();
    await firstSave;
    expect(backing.attempts.get('a1')).toMatchObject({ revision: 1 });

    const { repository, recovered, conflicts, attempts } = await reopen(backing);
    expect(conflicts).toEqual([]);
    expect(recovered.map((a) => a.answers.task.text)).toEqual([
      'Lawyers need cited answers over 2.4M pages.',
    ]);
    expect(attempts[0]?.revision).toBe(1);
    // The recovered version saves on top of the landed one.
    await expect(repository.save(recovered[0]!)).resolves.toMatchObject({ ok: true, revision: 2 });
  });

  it('still keeps both versions when another tab saved before the in-flight write landed', async () => {
    const backing = createMemoryBacking();
    const tab = closingTab(backing);
    tab.writer.schedule(created);
    const firstSave = tab.writer.flush();
    await tab.inFlight;
    tab.writer.schedule(typed('typed in the closing tab', 2_000));
    tab.page.dispatchEvent(new Event('pagehide'));
    const other = createMemoryAttemptRepository({ backing });
    await other.save(typed('saved by the other tab', 1_500));
    tab.release();
    await firstSave;

    const { conflicts, recovered } = await reopen(backing);
    expect(recovered).toEqual([]);
    expect(conflicts.map((c) => [c.mine.answers.task.text, c.theirs.answers.task.text])).toEqual([
      ['typed in the closing tab', 'saved by the other tab'],
    ]);
  });

  it('treats a damaged own-writes note as absent: the version is kept as a conflict, nothing is lost', async () => {
    const backing = createMemoryBacking();
    const tab = closingTab(backing);
    tab.writer.schedule(created);
    const firstSave = tab.writer.flush();
    await tab.inFlight;
    tab.writer.schedule(typed('kept either way', 2_000));
    tab.page.dispatchEvent(new Event('pagehide'));
    localStorage.setItem('design-dojo:unsaved-journal-own-writes', '[{"id": 5}]');
    tab.release();
    await firstSave;

    const { conflicts, recovered } = await reopen(backing);
    expect(recovered).toEqual([]);
    expect(conflicts.map((c) => c.mine.answers.task.text)).toEqual(['kept either way']);
    expect(localStorage.getItem('design-dojo:unsaved-journal-own-writes')).toBeNull();
  });
});
