import type { Strategy } from './llm-config';

interface ScheduleOptions {
  concurrency: number;
  strategy: Strategy;
  signal?: AbortSignal;
}

/** Hooks a task calls so the scheduler can release the rest of a warm-up run. */
interface TaskHooks {
  /** Call when the first token of the reply arrives (the provider has cached the shared prefix by then). */
  firstToken(): void;
}

/**
 * Runs one task per item with at most `concurrency` in flight. With `warm-up`, the first item starts
 * alone and the others start once it reports its first token (or finishes), so they can hit the prefix
 * cache it filled. Items not started when the signal aborts get `onSkipped`. Results keep item order.
 */
export async function runScheduled<I, R>(
  items: readonly I[],
  opts: ScheduleOptions,
  task: (item: I, hooks: TaskHooks) => Promise<R>,
  onSkipped: (item: I) => R,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  const limit = Math.max(1, Math.floor(opts.concurrency));
  let next = 0;
  let releaseGate: () => void = () => {};
  const gate =
    opts.strategy === 'warm-up' && items.length > 1 && limit > 1
      ? new Promise<void>((resolve) => (releaseGate = resolve))
      : Promise.resolve();
  const noHooks: TaskHooks = { firstToken: () => {} };

  const runOne = async (index: number, hooks: TaskHooks) => {
    const item = items[index] as I;
    if (opts.signal?.aborted) {
      results[index] = onSkipped(item);
      return;
    }
    results[index] = await task(item, hooks);
  };

  const worker = async (waitForGate: boolean) => {
    if (waitForGate) await gate;
    while (next < items.length) {
      const index = next++;
      await runOne(index, noHooks);
    }
  };

  if (items.length === 0) return results;
  const first = (async () => {
    next = 1;
    try {
      await runOne(0, { firstToken: releaseGate });
    } finally {
      releaseGate();
    }
    await worker(false);
  })();
  const others = Array.from({ length: Math.min(limit, items.length) - 1 }, () => worker(true));
  await Promise.all([first, ...others]);
  return results;
}
