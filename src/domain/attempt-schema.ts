// The saved data model of an attempt, as zod schemas: the contract for IndexedDB records, exports and
// imports. Kept apart from attempt.ts so UI code that only needs the types and helpers loads no zod.
// Schema version 2 added gradeHistory, selfScores, reviews and the drill mode; the v1 -> v2 step is in
// src/lib/storage/migrations.ts and the frozen v1 records it must keep loading are in tests/fixtures/stored/.
import { z } from 'zod';
import { SectionIdSchema, perSection } from './content-schema';
import { GradeSchema } from './grade-schema';
import {
  ATTEMPT_SCHEMA_VERSION,
  DRILL_MAX_SECTIONS,
  MAX_ANSWER_CHARS,
  MAX_DIAGRAM_CHARS,
  MAX_REVIEW_NOTES_CHARS,
  MAX_REVIEWER_CHARS,
} from './attempt';

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
  /** A short timed practice of one to three sections, graded when it ends. */
  z.object({
    kind: z.literal('drill'),
    sections: z.array(SectionIdSchema).min(1).max(DRILL_MAX_SECTIONS),
    totalMs: z.number().int().positive(),
    /** Milliseconds per drilled section; they add up to totalMs. */
    budgets: z.partialRecord(SectionIdSchema, z.number().int().nonnegative()),
    /** The attempt whose weak sections are drilled, if the drill came from one. */
    reviewOf: z.string().nullable(),
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

/** One grade ever made for a section, with the text it graded. */
export const GradedVersionSchema = z.object({
  text: z.string().max(MAX_ANSWER_CHARS),
  grade: GradeSchema,
  /**
   * True only for grades migrated from schema 1 whose section was edited after grading: the graded
   * text was never stored, so `text` is empty and must not be shown or diffed as if it were the answer.
   */
  textUnknown: z.literal(true).optional(),
});

/** The candidate's own 0-4 score for a section, given before seeing the grader's. */
export const SelfScoreSchema = z.object({
  score: z.number().int().min(0).max(4),
  at: z.number(),
  /** Hash of the section text the self-score was given for. */
  answerHash: z.string(),
});

export const PartnerSectionReviewSchema = z.object({
  score: z.number().int().min(0).max(4),
  notes: z.string().max(MAX_REVIEW_NOTES_CHARS),
  /** Ids of the rubric criteria the reviewer ticked as met. */
  checked: z.array(z.string().max(100)).max(20),
});

/** A review of this attempt by a study partner or coach. */
export const PartnerReviewSchema = z.object({
  id: z.string().min(1),
  reviewer: z.string().max(MAX_REVIEWER_CHARS),
  createdAt: z.number(),
  sections: z.partialRecord(SectionIdSchema, PartnerSectionReviewSchema),
  overall: z.string().max(MAX_REVIEW_NOTES_CHARS),
});

export const AttemptSchema = z.object({
  schemaVersion: z.literal(ATTEMPT_SCHEMA_VERSION),
  id: z.string().min(1),
  /** A built-in prompt's id, or a namespaced id such as `pack:<packId>/<promptId>` for imported ones. */
  promptId: z.string(),
  /** Snapshot, so an attempt stays readable when its prompt is edited or was imported. */
  promptTitle: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Bumped on every save; a tab refuses to overwrite a newer revision written by another tab. */
  revision: z.number().int().nonnegative(),
  currentSection: SectionIdSchema,
  answers: perSection(AnswerSchema),
  diagram: z.object({ source: z.string().max(MAX_DIAGRAM_CHARS), updatedAt: z.number() }),
  /** The latest grade per section. */
  grades: z.partialRecord(SectionIdSchema, GradeSchema),
  /** Every grade per section, oldest first, the latest included: re-grading never overwrites. */
  gradeHistory: z.partialRecord(SectionIdSchema, z.array(GradedVersionSchema)),
  selfScores: z.partialRecord(SectionIdSchema, SelfScoreSchema),
  mode: ModeSchema,
  clock: z.array(ClockEventSchema),
  followUps: z.array(FollowUpTurnSchema),
  provenance: ProvenanceSchema,
  reviews: z.array(PartnerReviewSchema),
});
