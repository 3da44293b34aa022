// Runs the offline rubric check off the main thread for long answers, so typing and the progress
// display stay responsive while eleven long sections are graded. Same code, same results.
import type { GradeAllInput } from '@/domain/grading';
import { gradeAllOffline } from '@/domain/offline-grader/grade-section';

self.onmessage = (event: MessageEvent<GradeAllInput>) => {
  self.postMessage(gradeAllOffline(event.data));
};
