import type { GradeAllInput, GradeOutcome } from '@/domain/grading';
import { checkInjections, type InjectionCheck } from '@/domain/llm/injection-check';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';
import type { WorkerTask } from './offline-grade.worker';

/**
 * One grading worker for the page, kept between gradings. The grader's large patterns are compiled on
 * their first runs, which takes about a second on the first answer holding text beyond ASCII ("×", "≈",
 * another script): in a worker that second never freezes the page, and a kept worker pays it once.
 */
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (result: unknown) => void; reject: (e: Error) => void }>();

/** Drops the worker and fails every grading waiting on it (each then runs on the main thread). */
function dropWorker(message: string) {
  worker?.terminate();
  worker = null;
  for (const waiting of pending.values()) waiting.reject(new Error(message));
  pending.clear();
}

function gradingWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./offline-grade.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data.result);
  };
  created.onerror = (event) => dropWorker(event.message || 'The grading worker failed.');
  created.onmessageerror = () => dropWorker('The grading worker sent a reply that could not be read.');
  worker = created;
  return created;
}

function inWorker(task: WorkerTask, input: GradeAllInput): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, { resolve, reject });
    gradingWorker().postMessage({ id, task, input });
  });
}

/** Runs a task in the kept worker, or on the main thread where workers are missing or the worker fails. */
async function run<T>(task: WorkerTask, input: GradeAllInput, here: (input: GradeAllInput) => T): Promise<T> {
  if (typeof Worker === 'undefined') return here(input);
  try {
    return (await inWorker(task, input)) as T;
  } catch {
    return here(input);
  }
}

/** The offline rubric check, in the page's grading worker. Same code, same results either way. */
export const gradeOffline = (input: GradeAllInput): Promise<GradeOutcome[]> =>
  run('grade', input, gradeAllOffline);

/**
 * The injection checks of an LLM grading (detector, and the offline score that caps a flagged section),
 * in the same worker: the detector's large patterns compile there, never on the main thread.
 */
export const checkInjectionsOffline = (input: GradeAllInput): Promise<InjectionCheck[]> =>
  run('injection-checks', input, checkInjections);
