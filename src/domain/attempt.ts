import type { z } from 'zod';
import type * as S from './attempt-schema';
import { SECTION_IDS, type SectionId } from './sections';

export const ATTEMPT_SCHEMA_VERSION = 1;

/** Longest answer a section accepts (the editor stops there, so a save never fails on length). */
export const MAX_ANSWER_CHARS = 200_000;

export type ClockEvent = z.infer<typeof S.ClockEventSchema>;
export type Mode = z.infer<typeof S.ModeSchema>;
export type FollowUpTurn = z.infer<typeof S.FollowUpTurnSchema>;
export type Attempt = z.infer<typeof S.AttemptSchema>;

/** A new, empty attempt for a prompt. */
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
  return {
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    id: input.id,
    promptId: input.promptId,
    promptTitle: input.promptTitle,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 0,
    currentSection: 'task',
    answers,
    diagram: { source: '', updatedAt: input.now },
    grades: {},
    mode: input.mode ?? { kind: 'practice' },
    clock: [{ kind: 'start', at: input.now, section: 'task' }],
    followUps: [],
    provenance: { author: null, importedFrom: null, importedAt: null },
  };
}

export type SectionState = 'empty' | 'drafted' | 'graded' | 'stale';

/** Counts words the way the editor shows them. */
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

/** The state a section shows in the side rail. */
export function sectionState(attempt: Attempt, section: SectionId): SectionState {
  const text = attempt.answers[section].text;
  const grade = attempt.grades[section];
  if (grade) return grade.answerHash === hashText(text) ? 'graded' : 'stale';
  return text.trim() ? 'drafted' : 'empty';
}

/** Sum of section scores and the maximum possible (44). */
export function totalScore(attempt: Pick<Attempt, 'grades'>): { score: number; graded: number; max: number } {
  const grades = Object.values(attempt.grades).filter((g) => g !== undefined);
  return {
    score: grades.reduce((s, g) => s + g.score, 0),
    graded: grades.length,
    max: SECTION_IDS.length * 4,
  };
}

export type AttemptStatus = 'in-progress' | 'graded' | 'partly-graded' | 'ended';

/** A status for lists: graded when all eleven have a grade. */
export function attemptStatus(attempt: Attempt): AttemptStatus {
  const { graded } = totalScore(attempt);
  if (graded === SECTION_IDS.length) return 'graded';
  if (graded > 0) return 'partly-graded';
  if (attempt.clock.some((e) => e.kind === 'end')) return 'ended';
  return 'in-progress';
}
