import type { z } from 'zod';
import type * as S from './attempt-schema';
import { countsTowardTotal } from './evidence';
import type { Grade } from './grade-schema';
import { SECTION_IDS, type SectionId } from './sections';

export const ATTEMPT_SCHEMA_VERSION = 2;

/** Longest answer a section accepts (the editor stops there, so a save never fails on length). */
export const MAX_ANSWER_CHARS = 200_000;
/** Longest diagram source accepted (the diagram box stops there). */
export const MAX_DIAGRAM_CHARS = 100_000;
/** A drill practises at most this many sections. */
export const DRILL_MAX_SECTIONS = 3;
export const MAX_REVIEWER_CHARS = 80;
export const MAX_REVIEW_NOTES_CHARS = 5000;

export type ClockEvent = z.infer<typeof S.ClockEventSchema>;
export type Mode = z.infer<typeof S.ModeSchema>;
export type DrillMode = Extract<Mode, { kind: 'drill' }>;
export type FollowUpTurn = z.infer<typeof S.FollowUpTurnSchema>;
export type GradedVersion = z.infer<typeof S.GradedVersionSchema>;
export type SelfScore = z.infer<typeof S.SelfScoreSchema>;
export type PartnerReview = z.infer<typeof S.PartnerReviewSchema>;
export type Attempt = z.infer<typeof S.AttemptSchema>;

/** A new, empty attempt for a prompt; a drill starts in its first drilled section. */
export function newAttempt(input: {
  id: string;
  promptId: string;
  promptTitle: string;
  now: number;
  mode?: Mode;
}): Attempt {
  const answers = Object.fromEntries(
    SECTION_IDS.map((id) => [id, { text: '', updatedAt: input.now }]),
  ) as Record<SectionId, { text: string; updatedAt: number }>;
  const mode = input.mode ?? { kind: 'practice' };
  const first = mode.kind === 'drill' ? (mode.sections[0] ?? 'task') : 'task';
  return {
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    id: input.id,
    promptId: input.promptId,
    promptTitle: input.promptTitle,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 0,
    currentSection: first,
    answers,
    diagram: { source: '', updatedAt: input.now },
    grades: {},
    gradeHistory: {},
    selfScores: {},
    mode,
    clock: [{ kind: 'start', at: input.now, section: first }],
    followUps: [],
    provenance: { author: null, importedFrom: null, importedAt: null },
    reviews: [],
  };
}

export type SectionState = 'empty' | 'drafted' | 'graded' | 'stale';

/** Counts words the way the editor shows them. */
/** Who shared this attempt with you, or null when it is your own (never imported). */
export function sharedBy(attempt: Pick<Attempt, 'provenance'>): string | null {
  return attempt.provenance.importedFrom === null ? null : (attempt.provenance.author ?? 'someone');
}

export function wordCount(text: string): number {
  const m = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’\-_.]*/gu);
  return m ? m.length : 0;
}

/** A cheap, stable hash (FNV-1a, hex) of a string: used to tell whether a grade matches the text. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + text.length.toString(16);
}

/** The sections an attempt asks for: the drilled ones in a drill, all eleven otherwise. */
export function attemptSections(attempt: Pick<Attempt, 'mode'>): readonly SectionId[] {
  return attempt.mode.kind === 'drill' ? attempt.mode.sections : SECTION_IDS;
}

/** The latest grade of a section, if any. */
export function latestGrade(attempt: Pick<Attempt, 'grades'>, section: SectionId): Grade | undefined {
  return attempt.grades[section];
}

/** Every graded version of a section, oldest first. */
export function gradeHistoryOf(attempt: Pick<Attempt, 'gradeHistory'>, section: SectionId): GradedVersion[] {
  return attempt.gradeHistory[section] ?? [];
}

/** Which kind of grader made a grade: offline and LLM scores are not the same scale. */
export function graderKind(grade: Pick<Grade, 'grader'>): 'offline' | 'llm' {
  return grade.grader.kind;
}

/** Same text, same grader and rubric, same score: a repeat (a cached or deterministic re-grade), not a new version. */
const sameGrade = (a: Grade, b: Grade) =>
  a.answerHash === b.answerHash &&
  a.score === b.score &&
  a.rubricVersion === b.rubricVersion &&
  JSON.stringify(a.grader) === JSON.stringify(b.grader);

/**
 * Records a grade as the section's latest and appends it to its history with the text it graded. A
 * repeat of the latest version (same text, grader, rubric and score) is not appended again.
 */
export function withGradeRecorded(attempt: Attempt, grade: Grade, gradedText: string): Attempt {
  const history = gradeHistoryOf(attempt, grade.section);
  const last = history.at(-1);
  const nextHistory =
    last && sameGrade(last.grade, grade) ? history : [...history, { text: gradedText, grade }];
  return {
    ...attempt,
    grades: { ...attempt.grades, [grade.section]: grade },
    gradeHistory: { ...attempt.gradeHistory, [grade.section]: nextHistory },
  };
}

/** Records the candidate's own score for the section's current text. */
export function withSelfScore(attempt: Attempt, section: SectionId, score: number, at: number): Attempt {
  const selfScore: SelfScore = { score, at, answerHash: hashText(attempt.answers[section].text) };
  return { ...attempt, selfScores: { ...attempt.selfScores, [section]: selfScore } };
}

/** The self-score given for the text a grade was made for, so the two can be compared fairly. */
export function selfScoreForGrade(attempt: Pick<Attempt, 'selfScores'>, grade: Grade): SelfScore | undefined {
  const self = attempt.selfScores[grade.section];
  return self && self.answerHash === grade.answerHash ? self : undefined;
}

/** The state a section shows in the side rail. */
export function sectionState(attempt: Pick<Attempt, 'answers' | 'grades'>, section: SectionId): SectionState {
  const text = attempt.answers[section].text;
  const grade = attempt.grades[section];
  if (grade) return grade.answerHash === hashText(text) ? 'graded' : 'stale';
  return text.trim() ? 'drafted' : 'empty';
}

/** Sum of the latest section scores and the maximum possible (44, or 4 per drilled section). */
export function totalScore(attempt: Pick<Attempt, 'grades'> & Partial<Pick<Attempt, 'mode'>>): {
  score: number;
  graded: number;
  max: number;
} {
  // A grade resting on no verified quote is shown but not counted (see countsTowardTotal).
  const grades = Object.values(attempt.grades).filter((g) => g !== undefined && countsTowardTotal(g));
  const sections = attempt.mode?.kind === 'drill' ? attempt.mode.sections.length : SECTION_IDS.length;
  return {
    score: grades.reduce((s, g) => s + g.score, 0),
    graded: grades.length,
    max: sections * 4,
  };
}

export type AttemptStatus = 'in-progress' | 'graded' | 'partly-graded' | 'ended';

/** A status for lists: graded when every section it asks for has a grade. */
export function attemptStatus(attempt: Attempt): AttemptStatus {
  const sections = attemptSections(attempt);
  const graded = sections.filter((s) => {
    const grade = attempt.grades[s];
    return grade !== undefined && countsTowardTotal(grade);
  }).length;
  if (graded === sections.length) return 'graded';
  if (graded > 0) return 'partly-graded';
  if (attempt.clock.some((e) => e.kind === 'end')) return 'ended';
  return 'in-progress';
}
