// What the LLM grader needs from the offline side for a run: which sections hold text addressed to the
// grader (the injection detector) and, for those only, what the rest of the section earns offline, which
// caps the model's score. Pure, so the page can run it in its grading worker and Node CLIs in-process.
import type { GradeAllInput } from '../grading';
import { detectInjection } from '../injection';
import { gradeSectionOffline } from '../offline-grader/grade-section';
import type { SectionId } from '../sections';

export interface InjectionCheck {
  section: SectionId;
  injection: { detected: boolean; reasons: string[] };
  /** The offline score of the section with the flagged spans removed; null when nothing was flagged. */
  offlineScore: number | null;
}

/** One check per section of `input.sections` that has a rubric, in that order. */
export function checkInjections(input: GradeAllInput): InjectionCheck[] {
  return input.sections.flatMap((section): InjectionCheck[] => {
    const rubric = input.rubrics[section];
    if (!rubric) return [];
    const text = input.answers[section] ?? '';
    const { detected, reasons } = detectInjection(text);
    const offlineScore = detected
      ? gradeSectionOffline({
          section,
          text,
          rubric,
          prompt: input.prompt,
          allAnswers: input.answers,
          rubrics: input.rubrics,
          diagram: input.diagram,
          now: input.now,
        }).score
      : null;
    return [{ section, injection: { detected, reasons }, offlineScore }];
  });
}
