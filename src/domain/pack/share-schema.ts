// What a share link or shared file carries besides a pack: an attempt (answers, diagram, grades unless
// the sender left them out) or a partner review of one. Never any setting, never a key.
import { z } from 'zod';
import { SectionIdSchema } from '../content-schema';
import { PartnerReviewSchema } from '../attempt-schema';
import { GradeSchema } from '../grade-schema';
import { PACK_LIMITS, SHARE_FORMAT, SHARE_FORMAT_VERSION } from './limits';
import { PackPromptSchema } from './pack-schema';

const field = z.string().max(PACK_LIMITS.maxFieldChars);
const score = z.number().int().min(0).max(4);

const SharedAttemptSchema = z.object({
  id: z.string().min(1).max(100),
  promptId: z.string().min(1).max(200),
  promptTitle: z.string().max(200),
  author: z.string().max(80).nullable(),
  createdAt: z.number(),
  answers: z.partialRecord(SectionIdSchema, field),
  diagram: field,
  grades: z.partialRecord(SectionIdSchema, GradeSchema).optional(),
  selfScores: z.partialRecord(SectionIdSchema, score).optional(),
});
export type SharedAttempt = z.infer<typeof SharedAttemptSchema>;

/** A partner's review of one attempt: the shape of Attempt.reviews entries. */
export type PartnerReview = z.infer<typeof PartnerReviewSchema>;

const header = {
  format: z.literal(SHARE_FORMAT, { error: `must be "${SHARE_FORMAT}"` }),
  formatVersion: z.literal(SHARE_FORMAT_VERSION, {
    error: `this app reads share format version ${SHARE_FORMAT_VERSION}`,
  }),
};

export const ShareEnvelopeSchema = z.discriminatedUnion('kind', [
  /** A pack (a single prompt travels as a pack of one); validated by parsePackValue. */
  z.object({ ...header, kind: z.literal('pack'), pack: z.unknown() }),
  z.object({
    ...header,
    kind: z.literal('attempt'),
    attempt: SharedAttemptSchema,
    /** The prompt itself when it is not built in, so the reviewer can read the brief. */
    prompt: PackPromptSchema.nullable(),
  }),
  z.object({
    ...header,
    kind: z.literal('review'),
    /** The id of the reviewed attempt in the candidate's library. */
    attemptId: z.string().min(1).max(100),
    promptTitle: z.string().max(200),
    review: PartnerReviewSchema,
  }),
]);
export type ShareEnvelope = z.infer<typeof ShareEnvelopeSchema>;
