// Runs the offline side of grading off the main thread, so typing and the progress display stay responsive
// while sections are graded, and the grader's patterns stay compiled between gradings (the page keeps
// this worker). Two tasks: the offline rubric check, and the injection checks an LLM grading needs. Same
// code, same results as on the main thread.
import type { GradeAllInput } from '@/domain/grading';
import { checkInjections } from '@/domain/llm/injection-check';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';

export type WorkerTask = 'grade' | 'injection-checks';

self.onmessage = (event: MessageEvent<{ id: number; task: WorkerTask; input: GradeAllInput }>) => {
  const { id, task, input } = event.data;
  self.postMessage({ id, result: task === 'grade' ? gradeAllOffline(input) : checkInjections(input) });
};
