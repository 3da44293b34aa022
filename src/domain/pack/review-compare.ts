// The candidate's side-by-side view: per section, their own score, each partner's and the grader's,
// with sections where any two differ by 2 or more marked for a closer look.
import type { Attempt } from '../attempt';
import { SECTION_IDS, type SectionId } from '../sections';

interface ScoreRow {
  section: SectionId;
  self: number | null;
  partners: { reviewer: string; score: number | null; notes: string }[];
  grader: number | null;
  /** Largest difference between any two scores present (0 when fewer than two). */
  spread: number;
  /** True when the spread is 2 or more. */
  disagree: boolean;
}

const DISAGREEMENT = 2;

export function scoreRows(attempt: Pick<Attempt, 'selfScores' | 'grades' | 'reviews'>): ScoreRow[] {
  const reviews = attempt.reviews.toSorted((a, b) => a.createdAt - b.createdAt);
  return SECTION_IDS.map((section) => {
    const self = attempt.selfScores[section]?.score ?? null;
    const grader = attempt.grades[section]?.score ?? null;
    const partners = reviews.map((r) => ({
      reviewer: r.reviewer,
      score: r.sections[section]?.score ?? null,
      notes: r.sections[section]?.notes ?? '',
    }));
    const present = [self, grader, ...partners.map((p) => p.score)].filter((s): s is number => s !== null);
    const spread = present.length > 1 ? Math.max(...present) - Math.min(...present) : 0;
    return { section, self, partners, grader, spread, disagree: spread >= DISAGREEMENT };
  });
}
