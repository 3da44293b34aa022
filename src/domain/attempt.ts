import { z } from 'zod';
import { SectionIdSchema, perSection } from './content-schema';
import { GradeSchema } from './grade-schema';
import { SECTION_IDS, type SectionId } from './sections';

export const ATTEMPT_SCHEMA_VERSION = 1;

/** Longest answer a section accepts (the editor stops there, so a save never fails on length). */
export const MAX_ANSWER_CHARS = 200_000;
export const AnswerSchema = z.object({ text: z.string().max(MAX_ANSWER_CHARS), updatedAt: z.number() });

/** Events the clock is computed from: time is kept from timestamps, never from ticking intervals. */
export const ClockEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), at: z.number(), section: SectionIdSchema }),
  z.object({ kind: z.literal('focus'), at: z.number(), section: SectionIdSchema }),
  z.object({ kind: z.literal('pause'), at: z.number() }),
  z.object({ kind: z.literal('resume'), at: z.number() }),
  z.object({ kind: z.literal('end'), at: z.number(), reason: z.enum(['submitted', 'time-up']) }),
]);
export type ClockEvent = z.infer<typeof ClockEventSchema>;

export const ModeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('practice') }),
  z.object({
    kind: z.literal('mock'),
    preset: z.enum(['standard', 'speed', 'deep-dive', 'custom']),
    totalMs: z.number().int().positive(),
    /** Milliseconds per section; they add up to totalMs. */
    budgets: perSection(z.number().int().nonnegative()),
    strict: z.boolean(),
  }),
]);
export type Mode = z.infer<typeof ModeSchema>;

export const FollowUpTurnSchema = z.object({
  id: z.string(),
  section: SectionIdSchema,
  question: z.string(),
  source: z.enum(['prompt', 'grader']),
  answer: z.string().max(50_000),
  askedAt: z.number().nullable(),
  answeredAt: z.number().nullable(),
  limitMs: z.number().int().positive(),
  grade: GradeSchema.nullable(),
});
export type FollowUpTurn = z.infer<typeof FollowUpTurnSchema>;

/** Study groups: who wrote an attempt and where a shared one came from. */
export const ProvenanceSchema = z.object({
  author: z.string().max(80).nullable(),
  importedFrom: z.string().max(200).nullable(),
  importedAt: z.number().nullable(),
});

export const AttemptSchema = z.object({
  schemaVersion: z.literal(ATTEMPT_SCHEMA_VERSION),
  id: z.string().min(1),
  promptId: z.string(),
  /** Snapshot, so an attempt stays readable when its prompt is edited or was imported. */
  promptTitle: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Bumped on every save; a tab refuses to overwrite a newer revision written by another tab. */
  revision: z.number().int().nonnegative(),
  currentSection: SectionIdSchema,
  answers: perSection(AnswerSchema),
  diagram: z.object({ source: z.string().max(100_000), updatedAt: z.number() }),
  grades: z.partialRecord(SectionIdSchema, GradeSchema),
  mode: ModeSchema,
  clock: z.array(ClockEventSchema),
  followUps: z.array(FollowUpTurnSchema),
  provenance: ProvenanceSchema,
});
export type Attempt = z.infer<typeof AttemptSchema>;

/** A new, empty attempt for a prompt. */
export function newAttempt(input: {
  id: string;
  promptId: string;
  promptTitle: string;
  now: number;
  mode?: Mode;
}): Attempt {
  const answers = Object.fromEntries(SECTION_IDS.map((id) => [id, { text: '', updatedAt: input.now }])) as Record<
    SectionId,
    { text: string; updatedAt: number }
  >;
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
  return { score: grades.reduce((s, g) => s + g.score, 0), graded: grades.length, max: SECTION_IDS.length * 4 };
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
