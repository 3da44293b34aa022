import type { Prompt, Rubric, RubricSet } from './content-schema';
import type { Grade } from './grade-schema';
import type { SectionId } from './sections';

/** Everything a grader needs to grade one section. Graders never see the API key or storage. */
export interface SectionGradeInput {
  section: SectionId;
  /** The candidate's Markdown for this section (untrusted). */
  text: string;
  rubric: Rubric;
  /** The prompt, for its brief and per-section reference notes (the top-score exemplar). */
  prompt: Pick<Prompt, 'id' | 'title' | 'body' | 'reference'> & Partial<Pick<Prompt, 'scale'>>;
  /** The other sections' text, so content that belongs elsewhere can be flagged. */
  allAnswers: Partial<Record<SectionId, string>>;
  /** Every section's rubric, when the caller has them: sharpens the off-section check. Optional. */
  rubrics?: Partial<RubricSet>;
  /** The other prompts the caller knows (built-in ones): an answer that fits one of them far better is off-prompt. */
  otherPrompts?: readonly SectionGradeInput['prompt'][];
  /** Mermaid source of the attempt's diagram (untrusted); counts as evidence for the sections it supports. */
  diagram: string;
  now: number;
}

export interface GradeAllInput {
  prompt: SectionGradeInput['prompt'];
  rubrics: RubricSet;
  /** The other known prompts, for the off-prompt check. Optional. */
  otherPrompts?: readonly SectionGradeInput['prompt'][];
  answers: Partial<Record<SectionId, string>>;
  diagram: string;
  sections: readonly SectionId[];
  now: number;
}

export type GradeOutcome =
  { section: SectionId; ok: true; grade: Grade } | { section: SectionId; ok: false; error: string };
