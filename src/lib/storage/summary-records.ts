// Stored attempt summaries: their schema, and which ones start-up can trust. A summary is derived data,
// so one that does not parse, belongs to no attempt, or lags behind its attempt is never shown: it is
// rebuilt from the attempt (or deleted), and nothing the user wrote depends on it.
import { z } from 'zod';
import { ClockEventSchema, ModeSchema, ProvenanceSchema, SelfScoreSchema } from '@/domain/attempt-schema';
import { SUMMARY_VERSION, type AttemptSummary } from '@/domain/attempt-summary';
import { SectionIdSchema } from '@/domain/content-schema';
import { GraderInfoSchema } from '@/domain/grade-schema';

const SummaryGradeSchema = z.object({
  score: z.number().int().min(0).max(4),
  gradedAt: z.number(),
  grader: GraderInfoSchema,
  answerHash: z.string(),
  counts: z.boolean(),
});

const AttemptSummarySchema = z.object({
  summaryVersion: z.literal(SUMMARY_VERSION),
  id: z.string().min(1),
  promptId: z.string(),
  promptTitle: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  revision: z.number().int().nonnegative(),
  currentSection: SectionIdSchema,
  mode: ModeSchema,
  clock: z.array(ClockEventSchema),
  provenance: ProvenanceSchema,
  grades: z.partialRecord(SectionIdSchema, SummaryGradeSchema),
  gradeHistory: z.partialRecord(SectionIdSchema, z.array(z.object({ grade: SummaryGradeSchema }))),
  selfScores: z.partialRecord(SectionIdSchema, SelfScoreSchema),
  written: z.array(SectionIdSchema),
}) satisfies z.ZodType<AttemptSummary>;

/** What start-up found: summaries it can use, attempts to summarise again, and summaries to delete. */
interface SummaryPlan {
  current: AttemptSummary[];
  /** Attempt ids with no usable summary (none, unreadable, another version, or older than the attempt). */
  stale: string[];
  /** Summaries whose attempt is gone. */
  orphans: string[];
}

/**
 * Matches stored summaries against the attempts' keys and `updatedAt` (read from the attempts' index,
 * without loading a record). `attempts` maps every stored attempt id to its indexed `updatedAt`, or to
 * null when the record has none (a damaged record: summarising it sends it to the quarantine).
 */
export function planSummaries(attempts: ReadonlyMap<string, number | null>, stored: unknown[]): SummaryPlan {
  const current: AttemptSummary[] = [];
  const found = new Set<string>();
  const orphans: string[] = [];
  for (const raw of stored) {
    const parsed = AttemptSummarySchema.safeParse(raw);
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
    if (id !== null && !attempts.has(id)) {
      orphans.push(id);
      continue;
    }
    if (!parsed.success || attempts.get(parsed.data.id) !== parsed.data.updatedAt) continue;
    current.push(parsed.data);
    found.add(parsed.data.id);
  }
  const stale = [...attempts.keys()].filter((id) => !found.has(id));
  return { current, stale, orphans };
}
