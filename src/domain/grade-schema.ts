import { z } from 'zod';
import { SectionIdSchema } from './content-schema';

const FLAG_KINDS = [
  'possible-injection',
  'off-section',
  'empty',
  'unverified-evidence',
  'padding',
  'copied-rubric',
  'copied-model-answer',
  'unanswered-questions',
  'term-salad',
  'off-prompt',
] as const;

const FlagSchema = z.object({ kind: z.enum(FLAG_KINDS), detail: z.string().max(500) });
export type Flag = z.infer<typeof FlagSchema>;

const CriterionJudgementSchema = z.object({
  id: z.string(),
  label: z.string(),
  verdict: z.enum(['met', 'partial', 'missing']),
  found: z.string().max(600),
  missing: z.string().max(600),
});
export type CriterionJudgement = z.infer<typeof CriterionJudgementSchema>;

const EvidenceSchema = z.object({ quote: z.string().max(1200), verified: z.boolean() });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const GraderInfoSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offline'), version: z.string() }),
  z.object({ kind: z.literal('llm'), model: z.string(), endpoint: z.string() }),
]);

const UsageSchema = z.object({
  tokensIn: z.number().int().nonnegative(),
  tokensOut: z.number().int().nonnegative(),
  cachedTokens: z.number().int().nonnegative(),
  latencyMs: z.number().nonnegative(),
  costUsd: z.number().nonnegative().nullable(),
});
export type Usage = z.infer<typeof UsageSchema>;

/** One graded section: what any grader (offline or LLM) produces and what is saved with the attempt. */
export const GradeSchema = z.object({
  section: SectionIdSchema,
  score: z.number().int().min(0).max(4),
  rubricVersion: z.string(),
  grader: GraderInfoSchema,
  criteria: z.array(CriterionJudgementSchema),
  evidence: z.array(EvidenceSchema),
  reasoning: z.string().max(4000),
  missing: z.array(z.string().max(600)),
  nextStep: z.string().max(600),
  followUp: z.string().max(600).nullable(),
  flags: z.array(FlagSchema),
  /** Hash of the graded text (+ diagram), so a stale grade is visible and a re-grade can be cached. */
  answerHash: z.string(),
  gradedAt: z.number(),
  usage: UsageSchema.nullable(),
  /** LLM grades asked several times: every sample's score, in order (the kept score is their median). */
  samples: z.array(z.number().int().min(0).max(4)).min(2).max(9).optional(),
  /** The model's score before it was capped because text aimed at the grader was found. */
  cappedFrom: z.number().int().min(0).max(4).optional(),
  /** Set when a pack's rubric override graded this section: `pack:<packId>/<overrideId>@<version>`. */
  rubricSource: z.string().max(200).optional(),
});
export type Grade = z.infer<typeof GradeSchema>;

/** Short flag names used by CLIs and exports (`possible-injection`, `off-section`, ...). */
export function flagNames(grade: Pick<Grade, 'flags'>): string[] {
  return [...new Set(grade.flags.map((f) => f.kind))];
}
