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

interface ScoreInput {
  analysis: Analysis;
  ties: number;
  /** The highest score allowed because the answer belongs to another section; null when it does not. */
  offSectionCap: number | null;
  /**
   * Names this section's own subject (its distinctive terms) and asks nothing back: on topic even when no
   * rubric concept matches ("vibe-checking a few outputs is not an eval pipeline", a table of review metrics).
   */
  namesTopic?: boolean;
  /** Own figures a Strong answer needs in a section whose strong answer is a calculation (calculated.ts). */
  figuresForStrong?: number;
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
function paddingReason(a: Analysis): string | null {
  if (a.words < 150) return null;
  const density = ((a.conceptGroups + a.decisions + a.numbers.length) * 100) / a.words;
  // Sparse is padding only when something fills the space: vague, hedged or buzzword sentences. A story
  // told plainly is sparse too, and is judged by what it decides.
  const filler = a.signals.filter((s) => s.vague || s.hedged || s.buzz > 0).length;
  if (density < 5 && filler >= 2)
    return `${a.words} words but only ${density.toFixed(1)} distinct concepts, decisions or numbers per 100 words`;
  if (a.buzz >= 4 && (a.buzz * 100) / a.words >= 2) return `${a.buzz} buzzwords in ${a.words} words`;
  if (a.repetition >= 0.3) return `${Math.round(a.repetition * 100)}% of the sentences repeat earlier ones`;
  return null;
}

/** Scores one analysed answer. */
export function scoreAnalysis({
  analysis: a,
  ties,
  offSectionCap,
  namesTopic = false,
  figuresForStrong = 0,
}: ScoreInput): ScoreResult {
  const n = a.criteria.length;
  const met = a.criteria.filter((c) => c.verdict === 'met').length;
  const partial = a.criteria.filter((c) => c.verdict === 'partial').length;
  const coverage = n ? (met + 0.5 * partial) / n : 0;
  const weakest = weakestCriterion(a);
  const coverageGap = (need: number, ratio: number): Blocker[] =>
    (met < need || coverage < ratio) && weakest >= 0 ? [{ kind: 'coverage', criterion: weakest }] : [];

  // Coverage asks only that the answer be about this section (rule 6: the criteria are examples, not
  // a checklist); what lifts a level is the quality the level names.
  // Three distinct concrete decisions about a topic the rubric names only in part are about this section too:
  // write-ups name their steps in their own words ("the action posts inline comments").
  const onTopic = met >= 1 || partial >= 2 || (partial >= 1 && a.decisions >= 3);
  const reasoned = a.tradeoffs >= 1;
  // An answer that handles failures, sets targets and ties sections is reasoning about its design even
  // when no reason is phrased as one ("-> queue wait < 60 s (Monitoring)"): that counts for the reasons
  // a 3 needs, but a 4 still needs an explicit reason or trade-off (rule 3: level-4 material alone
  // does not lift an answer).
  const extras = a.failures >= 1 && a.targets >= 1 && ties >= 2;
  const need = (ok: boolean, b: Blocker): Blocker[] => (ok ? [] : [b]);
  // In a passage of 100 words or more, one figure and one reason are a detail, not a justified design: it
  // needs a second decided figure, three figures in all, reasons in two sentences, or a failure handled.
  const backed =
    a.words < 100 ||
    a.failures >= 1 ||
    a.numbers.length >= 3 ||
    a.signals.filter((s) => s.tradeoff).length >= 2;
  const gates: Blocker[][] = [
    // Level 1 asks only that the answer name the topic (rule 2: a passage that touches it scores 1).
    need(a.conceptGroups > 0 || namesTopic, { kind: 'coverage', criterion: Math.max(0, weakest) }),
    [
      ...need(a.decisions >= 2 || (a.decisions >= 1 && (a.numbers.length >= 1 || met >= 2)), {
        kind: 'decisions',
      }),
      ...coverageGap(onTopic ? 0 : 1, 0),
    ],
    [
      ...need(a.decidedFigures >= (backed ? 1 : 2) && a.numbers.length >= figuresForStrong, {
        kind: 'numbers',
      }),
      ...need(reasoned || extras, { kind: 'tradeoff' }),
      ...coverageGap(1, 0),
    ],
    [
      ...need(a.failures >= 1, { kind: 'failure' }),
      ...need(a.targets >= 1, { kind: 'target' }),
      ...need(ties >= 2, { kind: 'ties' }),
      ...need(a.decisions >= 2, { kind: 'decisions' }),
      ...need(reasoned, { kind: 'tradeoff' }),
      ...coverageGap(2, 0.4),
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
  if (offSectionCap !== null) score = Math.min(score, a.conceptGroups > 0 || namesTopic ? offSectionCap : 0);
  return { score: Math.max(0, score), level, blockers, penalties, padding };
}
