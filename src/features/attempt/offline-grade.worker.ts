// Runs the offline rubric check off the main thread, so typing and the progress display stay responsive
// while sections are graded, and the grader's patterns stay compiled between gradings (the page keeps
// this worker). Same code, same results.
import type { GradeAllInput } from '@/domain/grading';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';

self.onmessage = (event: MessageEvent<{ id: number; input: GradeAllInput }>) => {
  self.postMessage({ id: event.data.id, outcomes: gradeAllOffline(event.data.input) });
};
