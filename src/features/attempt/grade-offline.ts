import type { GradeAllInput, GradeOutcome } from '@/domain/grading';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';

/** Above this many characters of answer text, offline grading moves to a Web Worker. */
const WORKER_THRESHOLD_CHARS = 40_000;

const answerChars = (input: GradeAllInput) =>
  Object.values(input.answers).reduce((n, text) => n + (text?.length ?? 0), 0) + input.diagram.length;

function inWorker(input: GradeAllInput): Promise<GradeOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./offline-grade.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<GradeOutcome[]>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The grading worker failed.'));
    };
    worker.postMessage(input);
  });
}

/**
 * The offline rubric check: on the main thread for ordinary answers (it takes milliseconds), in a
 * worker for long ones (where it takes long enough to freeze the page), falling back to the main
 * thread where workers are not available or the worker fails.
 */
export async function gradeOffline(input: GradeAllInput): Promise<GradeOutcome[]> {
  if (typeof Worker === 'undefined' || answerChars(input) < WORKER_THRESHOLD_CHARS)
    return gradeAllOffline(input);
  try {
    return await inWorker(input);
  } catch {
    return gradeAllOffline(input);
  }
}
