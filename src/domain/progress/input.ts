// What the progress, review and compare code reads from a saved attempt. Written as a structural type
// (with the schema-v2 fields optional) so records from either side of a migration can be passed in.
import type { ClockEvent, Mode } from '../attempt';
import type { Grade } from '../grade-schema';
import type { SectionId } from '../sections';

export type GraderKind = 'offline' | 'llm';

export interface GradedVersion {
  text: string;
  grade: Grade;
  /** Set on versions migrated from records that never stored the graded text. */
  textUnknown?: true;
}

interface SelfScore {
  score: number;
  at: number;
  answerHash: string;
}

/** What progress and review read from a grade: a stored attempt summary keeps only these. */
export type GradeFacts = Pick<Grade, 'score' | 'gradedAt' | 'grader' | 'answerHash'>;

/**
 * What progress, the report and the review schedule read from an attempt: no answer text, so a compact
 * stored summary of an attempt serves as well as the attempt itself.
 */
export interface ProgressAttempt {
  id: string;
  promptId: string;
  promptTitle: string;
  createdAt: number;
  updatedAt: number;
  grades: Partial<Record<SectionId, GradeFacts>>;
  gradeHistory?: Partial<Record<SectionId, readonly { grade: GradeFacts }[]>>;
  selfScores?: Partial<Record<SectionId, SelfScore>>;
  mode: Mode;
  clock: readonly ClockEvent[];
  /** Where a shared attempt came from; `importedFrom` is null for the user's own attempts. */
  provenance?: { author: string | null; importedFrom: string | null };
}

/** A whole attempt as compare reads it: the progress facts plus the answers and graded texts. */
export interface ReviewedAttempt extends ProgressAttempt {
  answers: Record<SectionId, { text: string; updatedAt: number }>;
  grades: Partial<Record<SectionId, Grade>>;
  gradeHistory?: Partial<Record<SectionId, readonly GradedVersion[]>>;
}

export const DAY_MS = 86_400_000;

/** An attempt someone shared with you (imported for review): their work, with their grades as sent. */
export const isShared = (a: Pick<ProgressAttempt, 'provenance'>): boolean =>
  (a.provenance?.importedFrom ?? null) !== null;

/** The user's own attempts: shared ones never count towards progress, totals, review or practice time. */
export function ownAttempts<A extends Pick<ProgressAttempt, 'provenance'>>(attempts: readonly A[]): A[] {
  return attempts.filter((a) => !isShared(a));
}

/** Which kind of grader made a grade: offline rubric check and LLM grades are different scales. */
export const graderKindOf = (grade: Pick<Grade, 'grader'>): GraderKind => grade.grader.kind;

/** Every graded version of a section, oldest first: the stored history, or the latest grade alone. */
export function versionsOf(attempt: ReviewedAttempt, section: SectionId): GradedVersion[] {
  const history = attempt.gradeHistory?.[section];
  if (history && history.length > 0) {
    const ordered = history.every((v, i) => i === 0 || history[i - 1]!.grade.gradedAt <= v.grade.gradedAt);
    return ordered ? [...history] : [...history].sort((a, b) => a.grade.gradedAt - b.grade.gradedAt);
  }
  const latest = attempt.grades[section];
  return latest ? [{ text: attempt.answers[section].text, grade: latest }] : [];
}

/** Every grade of a section, oldest first: the stored history, or the latest grade alone. */
export function gradesOf(attempt: ProgressAttempt, section: SectionId): GradeFacts[] {
  const history = attempt.gradeHistory?.[section];
  if (history && history.length > 0)
    return history.map((v) => v.grade).sort((a, b) => a.gradedAt - b.gradedAt);
  const latest = attempt.grades[section];
  return latest ? [latest] : [];
}
