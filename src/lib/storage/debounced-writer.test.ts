// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newAttempt, type Attempt } from '@/domain/attempt';
import type { SaveResult } from './attempt-records';
import { attachLifecycleFlush, createDebouncedWriter, type WriteStatus } from './debounced-writer';
import { StorageError } from './idb';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);

function draft(id: string, text: string, now = T0): Attempt {
  const attempt = newAttempt({ id, promptId: 'support-bot', promptTitle: 'Support', now: T0 });
  return { ...attempt, updatedAt: now, answers: { ...attempt.answers, task: { text, updatedAt: now } } };
}

function recorder() {
  const saved: { id: string; text: string }[] = [];
  const statuses: (string | { error: string })[] = [];
  const save = vi.fn(async (attempt: Attempt): Promise<SaveResult> => {
    saved.push({ id: attempt.id, text: attempt.answers.task.text });
    return { ok: true, revision: saved.length };
  });
  const onStatus = (status: WriteStatus) =>
    statuses.push(typeof status === 'string' ? status : { error: status.error.kind });
  return { saved, statuses, save, onStatus };
}

describe('createDebouncedWriter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists a value as in flight from the moment save starts until it settles, and the pagehide journal gets it', async () => {
    let finish = () => undefined as void;
    const save = vi.fn(
      (_: Attempt) =>
        new Promise<SaveResult>((resolve) => (finish = () => resolve({ ok: true, revision: 1 }))),
    );
    const writer = createDebouncedWriter({ save, delayMs: 400 });
    writer.schedule(draft('a', 'first'));
    const flushed = writer.flush();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    writer.schedule(draft('a', 'second'));
    expect(writer.inFlightValues().map((a) => a.answers.task.text)).toEqual(['first']);
    expect(writer.unsavedValues().map((a) => a.answers.task.text)).toEqual(['second']);
    const page = new EventTarget();
    const journal = vi.fn((_values: Attempt[], _inFlight: Attempt[]) => undefined);
    attachLifecycleFlush(writer, page, () => false, journal);
    page.dispatchEvent(new Event('pagehide'));
    expect(
      journal.mock.calls.map(([values, inFlight]) => [
        values.map((a) => a.answers.task.text),
        inFlight.map((a) => a.answers.task.text),
      ]),
    ).toEqual([[['second'], ['first']]]);
    finish();
    await flushed;
    // The flush started on pagehide now writes the newer typing.
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(writer.inFlightValues().map((a) => a.answers.task.text)).toEqual(['second']);
    finish();
    await writer.flush();
    expect(writer.inFlightValues()).toEqual([]);
  });

  it('coalesces typing: one write per id, with the latest value, after the quiet period', async () => {
    const { saved, statuses, save, onStatus } = recorder();
    const writer = createDebouncedWriter({ save, delayMs: 400, onStatus });

    writer.schedule(draft('a', 'h'));
    await vi.advanceTimersByTimeAsync(300);
    writer.schedule(draft('a', 'he'));
    writer.schedule(draft('b', 'other'));
    await vi.advanceTimersByTimeAsync(300);
    writer.schedule(draft('a', 'hello'));
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([
      { id: 'a', text: 'hello' },
      { id: 'b', text: 'other' },
    ]);
    expect(statuses).toEqual(['saving', 'saved']);
    expect(writer.hasPending()).toBe(false);
  });

  it('flush writes at once and cancels the timer', async () => {
    const { saved, statuses, save, onStatus } = recorder();
    const writer = createDebouncedWriter({ save, onStatus });

    writer.schedule(draft('a', 'now please'));
    await writer.flush();
    expect(saved).toEqual([{ id: 'a', text: 'now please' }]);
    expect(statuses).toEqual(['saving', 'saved']);

    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    await writer.flush();
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('reports a quota error, keeps the value, and retries it on the next schedule', async () => {
    const { saved, statuses, save, onStatus } = recorder();
    save.mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const writer = createDebouncedWriter({ save, onStatus });

    writer.schedule(draft('a', 'lost?'));
    await writer.flush();
    expect(statuses).toEqual(['saving', { error: 'quota' }]);
    expect(writer.hasPending()).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);

    writer.schedule(draft('b', 'more typing'));
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual([
      { id: 'a', text: 'lost?' },
      { id: 'b', text: 'more typing' },
    ]);
    expect(statuses).toEqual(['saving', { error: 'quota' }, 'saving', 'saved']);
    expect(writer.hasPending()).toBe(false);
  });

  it('passes the error object through to the status', async () => {
    const statuses: WriteStatus[] = [];
    const writer = createDebouncedWriter({
      save: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      onStatus: (status) => statuses.push(status),
    });
    writer.schedule(draft('a', 'x'));
    await writer.flush();
    const last = statuses.at(-1);
    expect(typeof last === 'object' && last.error).toBeInstanceOf(StorageError);
  });

  it('keeps newer typing rather than the failed value when both are pending', async () => {
    const { saved, save } = recorder();
    let failNext = true;
    save.mockImplementation(async (attempt) => {
      saved.push({ id: attempt.id, text: attempt.answers.task.text });
      if (failNext) {
        failNext = false;
        writer.schedule(draft('a', 'newer'));
        return { ok: false, error: new StorageError('quota') };
      }
      return { ok: true, revision: 1 };
    });
    const writer = createDebouncedWriter({ save });

    writer.schedule(draft('a', 'older'));
    await writer.flush();
    await writer.flush();
    expect(saved.map((s) => s.text)).toEqual(['older', 'newer']);
  });

  it('keeps a value refused as a conflict until the caller discards it', async () => {
    const { statuses, save, onStatus } = recorder();
    save.mockResolvedValue({ ok: false, error: new StorageError('conflict') });
    const writer = createDebouncedWriter({ save, onStatus });

    writer.schedule(draft('a', 'mine'));
    await writer.flush();
    expect(statuses).toEqual(['saving', { error: 'conflict' }]);
    expect(writer.hasPending()).toBe(true);

    writer.discard('a');
    expect(writer.hasPending()).toBe(false);
  });

  it('writes batches one after another, never overlapping', async () => {
    let inFlight = 0;
    let overlapped = false;
    const writer = createDebouncedWriter({
      save: async () => {
        inFlight++;
        overlapped ||= inFlight > 1;
        await Promise.resolve();
        inFlight--;
      },
    });
    writer.schedule(draft('a', '1'));
    const first = writer.flush();
    writer.schedule(draft('a', '2'));
    await Promise.all([first, writer.flush()]);
    expect(overlapped).toBe(false);
  });
});

describe('attachLifecycleFlush', () => {
  it('flushes on pagehide', async () => {
    const { saved, save } = recorder();
    const writer = createDebouncedWriter({ save, delayMs: 60_000 });
    const page = new EventTarget();
    const detach = attachLifecycleFlush(writer, page, () => false);

    writer.schedule(draft('a', 'closing the tab'));
    page.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(saved).toEqual([{ id: 'a', text: 'closing the tab' }]));
    detach();
  });

  it('flushes when the page becomes hidden, not when it becomes visible', async () => {
    const { saved, save } = recorder();
    const writer = createDebouncedWriter({ save, delayMs: 60_000 });
    const page = new EventTarget();
    let hidden = false;
    const detach = attachLifecycleFlush(writer, page, () => hidden);

    writer.schedule(draft('a', 'switching tabs'));
    page.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(writer.hasPending()).toBe(true);

    hidden = true;
    page.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    detach();
  });

  it('stops listening once detached', async () => {
    const { save } = recorder();
    const writer = createDebouncedWriter({ save, delayMs: 60_000 });
    const page = new EventTarget();
    attachLifecycleFlush(writer, page, () => true)();

    writer.schedule(draft('a', 'x'));
    page.dispatchEvent(new Event('pagehide'));
    page.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(save).not.toHaveBeenCalled();
    await writer.flush();
  });
});
