// A partner review while it is being written: kept as the reviewer types (under its own kv key per
// attempt), so nothing typed is lost to a reload before "Save and create review link". Unlike a sent
// review, a section may have notes and ticks but no score yet.
import { z } from 'zod';
import { SectionIdSchema } from '../content-schema';
import { MAX_REVIEW_NOTES_CHARS, MAX_REVIEWER_CHARS } from '../attempt';

export const REVIEW_DRAFT_VERSION = 1;

export const SectionDraftSchema = z.object({
  score: z.number().int().min(0).max(4).nullable(),
  notes: z.string().max(MAX_REVIEW_NOTES_CHARS),
  checked: z.array(z.string().max(100)).max(20),
});
export type SectionDraft = z.infer<typeof SectionDraftSchema>;

export const ReviewDraftSchema = z.object({
  version: z.literal(REVIEW_DRAFT_VERSION),
  /** The reviewed attempt's id (one draft per attempt). */
  id: z.string().min(1).max(100),
  /** The id the review is sent under, so a re-sent review replaces the earlier one. */
  reviewId: z.string().min(1).max(100),
  reviewer: z.string().max(MAX_REVIEWER_CHARS),
  overall: z.string().max(MAX_REVIEW_NOTES_CHARS),
  sections: z.partialRecord(SectionIdSchema, SectionDraftSchema),
  updatedAt: z.number(),
});
export type ReviewDraft = z.infer<typeof ReviewDraftSchema>;

/** The kv key of the draft review of one attempt. */
export const reviewDraftKey = (attemptId: string) => `review-draft:${attemptId}`;
