// The saved data model of an attempt, as zod schemas: the contract for IndexedDB records, exports and
// imports. Kept apart from attempt.ts so UI code that only needs the types and helpers loads no zod.
import { z } from 'zod';
import { SectionIdSchema, perSection } from './content-schema';
import { GradeSchema } from './grade-schema';
import { ATTEMPT_SCHEMA_VERSION, MAX_ANSWER_CHARS } from './attempt';

export const AnswerSchema = z.object({ text: z.string().max(MAX_ANSWER_CHARS), updatedAt: z.number() });

/** Events the clock is computed from: time is kept from timestamps, never from ticking intervals. */
export const ClockEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), at: z.number(), section: SectionIdSchema }),
  z.object({ kind: z.literal('focus'), at: z.number(), section: SectionIdSchema }),
  z.object({ kind: z.literal('pause'), at: z.number() }),
  z.object({ kind: z.literal('resume'), at: z.number() }),
  z.object({ kind: z.literal('end'), at: z.number(), reason: z.enum(['submitted', 'time-up']) }),
]);

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
