import { diffWords } from 'diff';
import type { CriterionJudgement, Grade } from '../grade-schema';
import { SECTION_IDS, type SectionId } from '../sections';
import { clockState } from '../timer';
import { graderKindOf, versionsOf, type GradedVersion, type GraderKind, type ReviewedAttempt } from './input';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Longest edit the word diff attempts; beyond it the texts are shown whole, side by side. */
const MAX_EDIT_LENGTH = 4000;

/** A word-level diff of two texts, or null when they differ too much to diff cheaply. */
export function wordDiff(before: string, after: string): DiffPart[] | null {
  const parts = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) return null;
  return parts.map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}

export interface SideOfSection {
  score: number | null;
  grader: GraderKind | null;
  graderLabel: string;
  gradedAt: number | null;
  text: string;
  evidence: { quote: string; verified: boolean }[];
  criteria: CriterionJudgement[];
  /** Mocks and drills: time the clock ran in this section, and its budget. */
  spentMs: number | null;
  budgetMs: number | null;
}

export interface SectionComparison {
  section: SectionId;
  before: SideOfSection;
  after: SideOfSection;
  /** after - before, when both are graded. */
  change: number | null;
  /** False when one side is offline and the other LLM: the change is across two different scales. */
  sameScale: boolean;
  /** Criteria met after but not before, and met before but not after. */
  gained: string[];
  lost: string[];
  diff: DiffPart[] | null;
  /** A side's graded text was never stored (grades made before history was kept): no diff. */
  textMissing: boolean;
}

const graderLabel = (g: Grade | undefined): string =>
  !g
    ? 'not graded'
    : g.grader.kind === 'offline'
      ? `offline rubric check ${g.grader.version}`
      : `LLM ${g.grader.model}`;

function side(
  text: string,
  grade: Grade | undefined,
  spentMs: number | null,
  budgetMs: number | null,
): SideOfSection {
  return {
    score: grade?.score ?? null,
    grader: grade ? graderKindOf(grade) : null,
    graderLabel: graderLabel(grade),
    gradedAt: grade?.gradedAt ?? null,
    text,
    evidence: grade?.evidence.map((e) => ({ quote: e.quote, verified: e.verified })) ?? [],
    criteria: grade?.criteria ?? [],
    spentMs,
    budgetMs,
  };
}

function compareSides(
  section: SectionId,
  before: SideOfSection,
  after: SideOfSection,
  textMissing = false,
): SectionComparison {
  const met = (s: SideOfSection) =>
    new Set(s.criteria.filter((c) => c.verdict === 'met').map((c) => c.label));
  const [m0, m1] = [met(before), met(after)];
  const bothGraded = before.score !== null && after.score !== null;
  return {
    section,
    before,
    after,
    change: bothGraded ? after.score! - before.score! : null,
    sameScale: !bothGraded || before.grader === after.grader,
    gained: [...m1].filter((c) => !m0.has(c)),
    lost: [...m0].filter((c) => !m1.has(c)),
    diff: textMissing
      ? null
      : before.text === after.text
        ? [{ kind: 'same', text: after.text }]
        : wordDiff(before.text, after.text),
    textMissing,
  };
}

function timing(
  a: ReviewedAttempt,
): { spent: Record<SectionId, number>; budgets: Partial<Record<SectionId, number>> } | null {
  if (a.mode.kind === 'practice') return null;
  const budgets: Partial<Record<SectionId, number>> = 'budgets' in a.mode ? a.mode.budgets : {};
  return { spent: clockState(a.mode, a.clock, a.updatedAt).perSectionMs, budgets };
}

/** Two attempts side by side, section by section (`before` is usually the older one). */
export function compareAttempts(before: ReviewedAttempt, after: ReviewedAttempt): SectionComparison[] {
  const [t0, t1] = [timing(before), timing(after)];
  const sideOf = (a: ReviewedAttempt, t: typeof t0, id: SectionId) =>
    side(a.answers[id].text, a.grades[id], t ? t.spent[id] : null, t?.budgets[id] ?? null);
  return SECTION_IDS.map((id) => compareSides(id, sideOf(before, t0, id), sideOf(after, t1, id)));
}

/** Two graded versions of one section. */
export function compareVersions(
  section: SectionId,
  before: GradedVersion,
  after: GradedVersion,
): SectionComparison {
  return compareSides(
    section,
    side(before.text, before.grade, null, null),
    side(after.text, after.grade, null, null),
    !!before.textUnknown || !!after.textUnknown,
  );
}

/** The graded versions of a section, for choosing two to compare. */
export const sectionVersions = (a: ReviewedAttempt, section: SectionId): GradedVersion[] =>
  versionsOf(a, section);

/** Totals of a comparison: sums over sections graded on both sides, and whether the scales match. */
export function comparisonTotals(rows: readonly SectionComparison[]): {
  before: number;
  after: number;
  sections: number;
  mixedScales: boolean;
} {
  const both = rows.filter((r) => r.change !== null);
  return {
    before: both.reduce((s, r) => s + r.before.score!, 0),
    after: both.reduce((s, r) => s + r.after.score!, 0),
    sections: both.length,
    mixedScales: both.some((r) => !r.sameScale),
  };
}
