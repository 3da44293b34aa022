import { z } from 'zod';
import { SECTION_IDS, type SectionId } from './sections.ts';

export const SectionIdSchema = z.enum(SECTION_IDS);

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "legal-rag"')
  .max(80);

/** A per-section record where every one of the eleven sections must be present. */
export function perSection<T extends z.ZodType>(value: T) {
  return z.object(Object.fromEntries(SECTION_IDS.map((id) => [id, value])) as Record<SectionId, T>).strict();
}

export const DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;

const ScaleFactSchema = z
  .object({
    label: z.string().min(1).max(60),
    value: z.number().nonnegative(),
    unit: z.string().min(1).max(40),
  })
  .strict();

const FollowUpSchema = z
  .object({
    section: SectionIdSchema,
    question: z.string().min(10).max(400),
  })
  .strict();

/** Front matter of `prompts/<id>.md`. The Markdown body is the brief (context and constraints). */
export const PromptFrontMatterSchema = z
  .object({
    id: slug,
    title: z.string().min(5).max(120),
    summary: z.string().min(10).max(280),
    difficulty: z.enum(DIFFICULTIES),
    minutes: z.number().int().min(10).max(180),
    tags: z.array(slug).min(1).max(10),
    source: z.enum(['interview', 'portfolio', 'community']),
    scale: z.array(ScaleFactSchema).min(3).max(12),
    followUps: z.array(FollowUpSchema).min(3).max(12),
    /** What a strong answer to THIS prompt covers, per section: the top-score exemplar for graders. */
    reference: perSection(z.array(z.string().min(10).max(400)).min(2).max(8)),
  })
  .strict();

export type PromptFrontMatter = z.infer<typeof PromptFrontMatterSchema>;
export interface Prompt extends PromptFrontMatter {
  /** Markdown brief. */
  body: string;
  /** Where it came from: a path for built-in files, a file name for imported ones. */
  origin: string;
}

const CriterionSchema = z
  .object({
    id: slug,
    label: z.string().min(3).max(80),
    description: z.string().min(10).max(400),
    /**
     * Concept groups for the offline grader: each inner list is one concept and its synonyms
     * (lowercase; a trailing * matches any word ending). A group counts once however often it appears.
     */
    concepts: z
      .array(z.array(z.string().min(2).max(60)).min(1))
      .min(2)
      .max(24),
  })
  .strict();

const RedFlagSchema = z
  .object({
    id: slug,
    label: z.string().min(3).max(120),
    /** Phrases (lowercase) whose presence suggests the red flag; empty when only a human or LLM can tell. */
    phrases: z.array(z.string().min(2).max(80)).max(20),
  })
  .strict();

export const RubricFrontMatterSchema = z
  .object({
    section: SectionIdSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
    title: z.string().min(3).max(60),
    guidingQuestions: z.array(z.string().min(10).max(240)).min(3).max(8),
    criteria: z.array(CriterionSchema).min(3).max(6),
    levels: z
      .object({
        '0': z.string().min(5),
        '1': z.string().min(5),
        '2': z.string().min(5),
        '3': z.string().min(5),
        '4': z.string().min(5),
      })
      .strict(),
    redFlags: z.array(RedFlagSchema).min(1).max(10),
  })
  .strict();

type RubricFrontMatter = z.infer<typeof RubricFrontMatterSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export interface Rubric extends RubricFrontMatter {
  body: string;
  origin: string;
}
export type RubricSet = Record<SectionId, Rubric>;
