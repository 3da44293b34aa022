// The pack file format: one JSON file holding a study group's prompts (the same fields as prompts/*.md,
// the brief as `body`) and optional rubric overrides, with a checksum. Unknown fields are ignored at the
// top of every object a group is likely to extend; every text is bounded.
import { z } from 'zod';
import { PromptFrontMatterSchema, RubricFrontMatterSchema } from '../content-schema';
import { LOCAL_PACK_ID, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS } from './limits';

const text = (max: number = PACK_LIMITS.maxFieldChars) => z.string().max(max);

const PackIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "group-week-3"')
  .max(60)
  .refine((id) => id !== LOCAL_PACK_ID, `"${LOCAL_PACK_ID}" is reserved for prompts written in this app`);

/** One prompt of a pack: the prompt file's front matter plus its Markdown brief. */
export const PackPromptSchema = z.object({
  ...PromptFrontMatterSchema.shape,
  body: text().min(80, 'the brief must be at least 80 characters'),
});
export type PackPrompt = z.infer<typeof PackPromptSchema>;

/** A pack's replacement for one built-in rubric, versioned so every grade made with it records which. */
const RubricOverrideSchema = z.object({
  ...RubricFrontMatterSchema.shape,
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug')
    .max(60),
  body: text().default(''),
});
export type RubricOverride = z.infer<typeof RubricOverrideSchema>;

export const PackSchema = z.object({
  format: z.literal(PACK_FORMAT, { error: `must be "${PACK_FORMAT}"` }),
  formatVersion: z.literal(PACK_FORMAT_VERSION, {
    error: `this app reads pack format version ${PACK_FORMAT_VERSION}`,
  }),
  id: PackIdSchema,
  title: z.string().min(3).max(120),
  author: z.string().min(1).max(80),
  description: text(5_000).default(''),
  createdAt: z.number().int().nonnegative().optional(),
  prompts: z
    .array(PackPromptSchema)
    .min(1, 'a pack needs at least one prompt')
    .max(PACK_LIMITS.maxPrompts, `at most ${PACK_LIMITS.maxPrompts} prompts per pack`),
  rubricOverrides: z.array(RubricOverrideSchema).max(PACK_LIMITS.maxRubricOverrides).default([]),
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits'),
});
export type Pack = z.infer<typeof PackSchema>;
