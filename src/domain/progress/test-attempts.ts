// Builders for the progress tests: explicit timestamps, no clocks.
import { newAttempt } from '../attempt';
import type { Grade } from '../grade-schema';
import type { SectionId } from '../sections';
import type { ReviewedAttempt } from './input';

export const T0 = Date.UTC(2026, 10, 2, 9, 0); // Monday 2 November 2026, 09:00 UTC

export function grade(
  section: SectionId,
  score: number,
  gradedAt: number,
  overrides: Partial<Grade> = {},
): Grade {
  return {
    section,
    score,
    rubricVersion: '1.0.0',
    grader: { kind: 'offline', version: 'test' },
    criteria: [],
    evidence: [],
    reasoning: '',
    missing: [],
    nextStep: 'Add numbers.',
    followUp: null,
    flags: [],
    answerHash: '',
    gradedAt,
    usage: null,
    ...overrides,
  };
}

/** An attempt created at `at` with the given latest scores, each graded at `at + 60s`. */
export function attemptWith(
  id: string,
  at: number,
  scores: Partial<Record<SectionId, number>>,
  extra: Partial<ReviewedAttempt> = {},
): ReviewedAttempt {
  const base = newAttempt({ id, promptId: 'legal-rag', promptTitle: 'Legal RAG', now: at });
  const grades = Object.fromEntries(
    Object.entries(scores).map(([s, score]) => [s, grade(s as SectionId, score, at + 60_000)]),
  );
  return { ...base, updatedAt: at + 60_000, grades, ...extra };
}
