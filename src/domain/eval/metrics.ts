// Agreement statistics between a grader and human labels on the 0-4 scale. Pure and total:
// an empty input gives NaN (shown as "n/a"), never a throw.
import { MAX_SCORE } from '../sections';

/** Number of score levels (0..MAX_SCORE). */
export const LEVELS = MAX_SCORE + 1;

export interface Pair {
  /** The human score. */
  label: number;
  /** The grader's score. */
  predicted: number;
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

/** Share of pairs where the grader gave exactly the human score. */
export function exact(pairs: readonly Pair[]): number {
  return mean(pairs.map((p) => (p.predicted === p.label ? 1 : 0)));
}

/** Share of pairs where the grader is at most one point from the human score. */
export function withinOne(pairs: readonly Pair[]): number {
  return mean(pairs.map((p) => (Math.abs(p.predicted - p.label) <= 1 ? 1 : 0)));
}

/** Mean of predicted minus label: positive means the grader is lenient, negative harsh. */
export function meanDifference(pairs: readonly Pair[]): number {
  return mean(pairs.map((p) => p.predicted - p.label));
}

/** 5x5 counts: rows are the human score, columns the grader's. Out-of-range scores are clamped. */
export function confusionMatrix(pairs: readonly Pair[]): number[][] {
  const m = Array.from({ length: LEVELS }, () => new Array<number>(LEVELS).fill(0));
  const clamp = (n: number) => Math.min(MAX_SCORE, Math.max(0, Math.round(n)));
  for (const p of pairs) m[clamp(p.label)]![clamp(p.predicted)]! += 1;
  return m;
}

/**
 * Cohen's kappa with quadratic weights over the fixed 0-4 scale.
 * Degenerate cases: no pairs gives NaN; when both raters use one and the same score throughout
 * (no expected disagreement) it is 1; when one rater is constant and the other is not it is 0.
 */
export function quadraticWeightedKappa(pairs: readonly Pair[]): number {
  const n = pairs.length;
  if (n === 0) return NaN;
  const observed = confusionMatrix(pairs);
  const rowTotals = observed.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = observed[0]!.map((_, j) => observed.reduce((a, row) => a + row[j]!, 0));
  let obs = 0;
  let exp = 0;
  for (let i = 0; i < LEVELS; i++) {
    for (let j = 0; j < LEVELS; j++) {
      const w = (i - j) ** 2 / (LEVELS - 1) ** 2;
      obs += w * observed[i]![j]!;
      exp += (w * rowTotals[i]! * colTotals[j]!) / n;
    }
  }
  if (exp === 0) return obs === 0 ? 1 : 0;
  return 1 - obs / exp;
}

/** Ranks starting at 1; tied values share the average of the ranks they span. */
export function averageRanks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const ranks = new Array<number>(xs.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.x === order[start]!.x) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.i] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Pearson correlation; NaN when either side has no variance or fewer than two points. */
function pearson(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length || xs.length < 2) return NaN;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman rank correlation of human and grader scores (ties get averaged ranks). */
export function spearman(pairs: readonly Pair[]): number {
  return pearson(averageRanks(pairs.map((p) => p.label)), averageRanks(pairs.map((p) => p.predicted)));
}

/** The p-th percentile (0-100) with linear interpolation between closest ranks; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Share of repeated gradings in which every run gave the same score (re-grade stability). */
export function stability(runs: readonly (readonly number[])[]): number {
  const graded = runs.filter((r) => r.length > 0);
  return mean(graded.map((r) => (r.every((s) => s === r[0]) ? 1 : 0)));
}
