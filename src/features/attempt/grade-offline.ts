import type { GradeAllInput, GradeOutcome } from '@/domain/grading';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';

/**
 * One grading worker for the page, kept between gradings. The grader's large patterns are compiled on
 * their first runs, which takes about a second on the first answer holding text beyond ASCII ("×", "≈",
 * another script): in a worker that second never freezes the page, and a kept worker pays it once.
 */
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (o: GradeOutcome[]) => void; reject: (e: Error) => void }>();

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
  created.onmessage = (event: MessageEvent<{ id: number; outcomes: GradeOutcome[] }>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data.outcomes);
  };
  created.onerror = (event) => dropWorker(event.message || 'The grading worker failed.');
  created.onmessageerror = () => dropWorker('The grading worker sent a reply that could not be read.');
  worker = created;
  return created;
}

function inWorker(input: GradeAllInput): Promise<GradeOutcome[]> {
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, { resolve, reject });
    gradingWorker().postMessage({ id, input });
  });
}

/**
 * The offline rubric check, in the page's grading worker, falling back to the main thread where
 * workers are not available or the worker fails. Same code, same results either way.
 */
export async function gradeOffline(input: GradeAllInput): Promise<GradeOutcome[]> {
  if (typeof Worker === 'undefined') return gradeAllOffline(input);
  try {
    return await inWorker(input);
  } catch {
    return gradeAllOffline(input);
  }
}
