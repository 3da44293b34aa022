// Maps features to the 0-4 level descriptions every rubric shares: 1 topic named, 2 concrete
// decisions, 3 justified with trade-offs and numbers, 4 plus failure modes, quantified targets and
// ties across sections. Each level is a gate; penalties come after and never lift a score.
import type { Analysis } from './analyse';

/** What keeps an answer from the next level, most valuable first. */
export type Blocker =
  | { kind: 'decisions' }
  | { kind: 'coverage'; criterion: number }
  | { kind: 'numbers' }
  | { kind: 'tradeoff' }
  | { kind: 'failure' }
  | { kind: 'target' }
  | { kind: 'ties' };

export interface ScoreResult {
  score: number;
  /** The level reached before penalties and caps. */
  level: number;
  blockers: Blocker[];
  penalties: string[];
  padding: string | null;
}

export interface ScoreInput {
  analysis: Analysis;
  ties: number;
  offSection: boolean;
}

/** The least-covered criterion that is not met (-1 when all are met). */
export function weakestCriterion(a: Analysis): number {
  const rank = { missing: 0, partial: 1, met: 2 } as const;
  let best = -1;
  a.criteria.forEach((c, i) => {
    const w = a.criteria[best];
    if (c.verdict === 'met') return;
    if (
      !w ||
      rank[c.verdict] < rank[w.verdict] ||
      (rank[c.verdict] === rank[w.verdict] && c.answerHits.length < w.answerHits.length)
    )
      best = i;
  });
  return best;
}

/** Why a long answer says little: low density of content, buzzwords, or repetition. Null when fine. */
export function paddingReason(a: Analysis): string | null {
  if (a.words < 150) return null;
  const density = ((a.conceptGroups + a.decisions + a.numbers.length) * 100) / a.words;
  if (density < 5)
    return `${a.words} words but only ${density.toFixed(1)} distinct concepts, decisions or numbers per 100 words`;
  if (a.buzz >= 4 && (a.buzz * 100) / a.words >= 2) return `${a.buzz} buzzwords in ${a.words} words`;
  if (a.repetition >= 0.3) return `${Math.round(a.repetition * 100)}% of the sentences repeat earlier ones`;
  return null;
}

/** Scores one analysed answer. */
export function scoreAnalysis({ analysis: a, ties, offSection }: ScoreInput): ScoreResult {
  const n = a.criteria.length;
  const met = a.criteria.filter((c) => c.verdict === 'met').length;
  const partial = a.criteria.filter((c) => c.verdict === 'partial').length;
  const coverage = n ? (met + 0.5 * partial) / n : 0;
  const weakest = weakestCriterion(a);
  const coverageGap = (need: number, ratio: number): Blocker[] =>
    (met < need || coverage < ratio) && weakest >= 0 ? [{ kind: 'coverage', criterion: weakest }] : [];

  const gates: Blocker[][] = [
    a.conceptGroups > 0 ? [] : [{ kind: 'coverage', criterion: Math.max(0, weakest) }],
    [
      ...(a.decisions >= 2 || (a.decisions >= 1 && (a.numbers.length >= 1 || met >= 2))
        ? []
        : [{ kind: 'decisions' } as const]),
      ...coverageGap(1, 0.3),
    ],
    [
      ...(a.numbers.length >= 1 ? [] : [{ kind: 'numbers' } as const]),
      ...(a.tradeoffs >= 1 ? [] : [{ kind: 'tradeoff' } as const]),
      ...(a.decisions >= 2 ? [] : [{ kind: 'decisions' } as const]),
      ...coverageGap(2, 0.5),
    ],
    [
      ...(a.failures >= 1 ? [] : [{ kind: 'failure' } as const]),
      ...(a.targets >= 1 ? [] : [{ kind: 'target' } as const]),
      ...(ties >= 2 ? [] : [{ kind: 'ties' } as const]),
      ...(a.decisions >= 3 ? [] : [{ kind: 'decisions' } as const]),
      ...coverageGap(3, 0.7),
    ],
  ];
  let level = 0;
  while (level < 4 && gates[level]!.length === 0) level++;
  const blockers = level < 4 ? gates[level]! : [];

  const penalties: string[] = [];
  const padding = paddingReason(a);
  for (const f of a.redFlags) penalties.push(`red flag: ${f.label} ("${f.phrase}")`);
  if (padding) penalties.push(`padding: ${padding}`);
  let score = level - Math.min(2, (a.redFlags.length ? 1 : 0) + (padding ? 1 : 0));
  if (level >= 1) score = Math.max(1, score);
  if (offSection) score = Math.min(score, a.conceptGroups > 0 ? 1 : 0);
  return { score: Math.max(0, score), level, blockers, penalties, padding };
}
