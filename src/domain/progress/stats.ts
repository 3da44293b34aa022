import { SECTION_IDS, type SectionId } from '../sections';
import { clockState } from '../timer';
import {
  graderKindOf,
  gradesOf,
  isShared,
  type GradeFacts,
  type GraderKind,
  type ProgressAttempt,
} from './input';

export interface ProgressFilter {
  promptId: string | null;
  /** practice | mock | drill */
  mode: string | null;
  grader: GraderKind | null;
}

export const NO_FILTER: ProgressFilter = { promptId: null, mode: null, grader: null };

/**
 * The user's own attempts that pass the prompt and mode filters (the grader filter applies per grade).
 * Attempts shared with you are someone else's work and never count.
 */
export function filterAttempts(attempts: readonly ProgressAttempt[], f: ProgressFilter): ProgressAttempt[] {
  return attempts.filter(
    (a) =>
      !isShared(a) &&
      (f.promptId === null || a.promptId === f.promptId) &&
      (f.mode === null || a.mode.kind === f.mode),
  );
}

const gradeCounts = (g: GradeFacts, f: ProgressFilter) => f.grader === null || graderKindOf(g) === f.grader;

export interface ScorePoint {
  attemptId: string;
  promptTitle: string;
  at: number;
  score: number;
  grader: GraderKind;
}

/** Per section, the latest grade of each attempt in time order: the data behind the progress chart. */
export function sectionSeries(
  attempts: readonly ProgressAttempt[],
  f: ProgressFilter,
): Record<SectionId, ScorePoint[]> {
  const series = Object.fromEntries(SECTION_IDS.map((id) => [id, [] as ScorePoint[]])) as Record<
    SectionId,
    ScorePoint[]
  >;
  for (const a of filterAttempts(attempts, f)) {
    for (const id of SECTION_IDS) {
      const g = a.grades[id];
      if (!g || !gradeCounts(g, f)) continue;
      series[id].push({
        attemptId: a.id,
        promptTitle: a.promptTitle,
        at: g.gradedAt,
        score: g.score,
        grader: graderKindOf(g),
      });
    }
  }
  for (const id of SECTION_IDS) series[id].sort((x, y) => x.at - y.at);
  return series;
}

/** Which grader kinds appear in the points: when both do, offline and LLM scores share a chart. */
export function graderKindsIn(series: Record<SectionId, ScorePoint[]>): GraderKind[] {
  const kinds = new Set<GraderKind>();
  for (const id of SECTION_IDS) for (const p of series[id]) kinds.add(p.grader);
  return (['offline', 'llm'] as const).filter((k) => kinds.has(k));
}

export interface SectionSummary {
  section: SectionId;
  mean: number;
  latest: number;
  count: number;
}

/** Sections by mean score, lowest first (ties: lower latest first, then interview order); ungraded ones left out. */
export function weakestSections(series: Record<SectionId, ScorePoint[]>): SectionSummary[] {
  return SECTION_IDS.flatMap((section) => {
    const points = series[section];
    const last = points[points.length - 1];
    if (!last) return [];
    const mean = points.reduce((s, p) => s + p.score, 0) / points.length;
    return [{ section, mean, latest: last.score, count: points.length }];
  }).sort(
    (a, b) =>
      a.mean - b.mean ||
      a.latest - b.latest ||
      SECTION_IDS.indexOf(a.section) - SECTION_IDS.indexOf(b.section),
  );
}

interface AttemptTotal {
  attemptId: string;
  createdAt: number;
  score: number;
  graded: number;
  graders: GraderKind[];
}

export interface PromptTotals {
  promptId: string;
  promptTitle: string;
  attempts: number;
  best: AttemptTotal | null;
  latest: AttemptTotal | null;
}

/** The total of one attempt's latest grades (graded sections only), and which graders made them. */
function attemptTotal(a: ProgressAttempt, f: ProgressFilter = NO_FILTER): AttemptTotal {
  const grades = SECTION_IDS.flatMap((id) => {
    const g = a.grades[id];
    return g && gradeCounts(g, f) ? [g] : [];
  });
  return {
    attemptId: a.id,
    createdAt: a.createdAt,
    score: grades.reduce((s, g) => s + g.score, 0),
    graded: grades.length,
    graders: [...new Set(grades.map(graderKindOf))].sort(),
  };
}

/** Per prompt: how many attempts, the best total and the latest graded total. Most recently practised first. */
export function promptTotals(
  attempts: readonly ProgressAttempt[],
  f: ProgressFilter = NO_FILTER,
): PromptTotals[] {
  const byPrompt = new Map<string, ProgressAttempt[]>();
  for (const a of filterAttempts(attempts, f))
    byPrompt.set(a.promptId, [...(byPrompt.get(a.promptId) ?? []), a]);
  const rows = [...byPrompt.entries()].map(([promptId, list]) => {
    const sorted = list.toSorted((x, y) => x.createdAt - y.createdAt);
    const totals = sorted.map((a) => attemptTotal(a, f)).filter((t) => t.graded > 0);
    const best = totals.reduce<AttemptTotal | null>(
      (b, t) => (!b || t.score > b.score || (t.score === b.score && t.createdAt > b.createdAt) ? t : b),
      null,
    );
    const newest = sorted[sorted.length - 1]!;
    return {
      promptId,
      promptTitle: newest.promptTitle,
      attempts: list.length,
      best,
      latest: totals[totals.length - 1] ?? null,
      lastAt: Math.max(...list.map((a) => a.updatedAt)),
    };
  });
  return rows.sort((a, b) => b.lastAt - a.lastAt).map(({ lastAt: _lastAt, ...row }) => row);
}

/** Time the clock ran in an attempt (pauses excluded), to its end or its last edit. */
function practiceMs(a: ProgressAttempt): number {
  return clockState(a.mode, a.clock, a.updatedAt).elapsedMs;
}

/** Monday 00:00 UTC of the week holding `at`. */
function weekStart(at: number): number {
  const d = new Date(at);
  const day = (d.getUTCDay() + 6) % 7;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day);
}

/**
 * Your practice time per week (UTC weeks from Monday), oldest first, counting each attempt in the week it
 * started. Attempts shared with you are not your practice.
 */
export function practiceByWeek(
  attempts: readonly ProgressAttempt[],
): { weekStart: number; ms: number; attempts: number }[] {
  const weeks = new Map<number, { ms: number; attempts: number }>();
  for (const a of attempts) {
    if (isShared(a)) continue;
    const w = weekStart(a.createdAt);
    const cur = weeks.get(w) ?? { ms: 0, attempts: 0 };
    weeks.set(w, { ms: cur.ms + practiceMs(a), attempts: cur.attempts + 1 });
  }
  return [...weeks.entries()].sort((a, b) => a[0] - b[0]).map(([weekStart, v]) => ({ weekStart, ...v }));
}

interface Agreement {
  pairs: number;
  exact: number;
  withinOne: number;
}

/**
 * How often the candidate's own score matches the grader's, within one point, over every section that
 * has both. The self score is compared with the grade made of the same text when there is one.
 */
export function selfAgreement(
  attempts: readonly ProgressAttempt[],
  f: ProgressFilter = NO_FILTER,
): Agreement {
  const out: Agreement = { pairs: 0, exact: 0, withinOne: 0 };
  for (const a of filterAttempts(attempts, f)) {
    for (const id of SECTION_IDS) {
      const self = a.selfScores?.[id];
      if (!self) continue;
      const grades = gradesOf(a, id).filter((g) => gradeCounts(g, f));
      const sameText = grades.filter((g) => g.answerHash === self.answerHash);
      const grade = sameText[sameText.length - 1] ?? grades[grades.length - 1];
      if (!grade) continue;
      const diff = Math.abs(grade.score - self.score);
      out.pairs++;
      if (diff === 0) out.exact++;
      if (diff <= 1) out.withinOne++;
    }
  }
  return out;
}
