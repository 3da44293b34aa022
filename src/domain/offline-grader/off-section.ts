// Tells when an answer belongs to another section (rule 2 of the golden set: the section filed
// under is the one graded). Two readings: each section's distinctive terms (always available), and,
// when the caller passes every rubric, the other rubrics' own concept groups. Conservative, because a
// false flag costs the candidate a score.
import type { RubricSet } from '../content-schema';
import { SECTION_IDS, type SectionId } from '../sections';
import { compileRubric } from './compiled-rubric';
import { countGroups } from './term-match';
import { indexText, type TextIndex } from './text-index';

interface OffSection {
  best: SectionId;
  /** What was compared: distinctive terms, or rubric concept groups. */
  by: 'terms' | 'rubric';
  bestHits: number;
  ownHits: number;
  /** Distinctive terms of the own section the answer uses (how far it touches its topic at all). */
  ownTerms: number;
}

interface OffSectionInput {
  own: SectionId;
  index: TextIndex;
  /** Distinctive terms per section (sectionAffinity). */
  affinity: Record<SectionId, number>;
  /** Concept groups of the own rubric the answer hits. */
  ownConceptGroups: number;
  rubrics?: Partial<RubricSet> | undefined;
}

const MIN_WORDS = 10;

function bestOther(own: SectionId, score: (id: SectionId) => number): [SectionId, number] {
  let best: SectionId = own === 'task' ? 'data' : 'task';
  let hits = -1;
  for (const id of SECTION_IDS) {
    if (id === own) continue;
    const h = score(id);
    if (h > hits) [best, hits] = [id, h];
  }
  return [best, hits];
}

/** A row of a table with figures: two or more cells and a digit. */
const isFigureRow = (raw: string) => (raw.match(/\|/g)?.length ?? 0) >= 2 && /\d/.test(raw);

/** The index without its rows of figures (the same index when it has none). */
function withoutTableRows(index: TextIndex): TextIndex {
  const kept = index.sentences.filter((s) => !isFigureRow(s.raw));
  return kept.length === index.sentences.length ? index : indexText(kept.map((s) => s.raw).join('\n'));
}

/** The section this answer reads like when it is clearly not its own, or null. */
export function offSection({
  own,
  index,
  affinity,
  ownConceptGroups,
  rubrics,
}: OffSectionInput): OffSection | null {
  if (index.words < MIN_WORDS) return null;
  const ownTerms = affinity[own];
  const [best, bestHits] = bestOther(own, (id) => affinity[id]);
  // Three terms spread over a long passage are incidental (a workflow story that says what a run costs):
  // the other section's terms must come at least once per 40 words.
  const dominated = bestHits >= 3 && bestHits >= 2 * ownTerms + 2 && bestHits * 40 >= index.words;
  if (dominated && ownConceptGroups <= Math.max(3, bestHits / 2))
    return { best, by: 'terms', bestHits, ownHits: ownTerms, ownTerms };
  // The rubric reading costs a pass per rubric, so it runs only when the own section's terms are thin.
  if (!rubrics || ownTerms > 1) return null;
  // A table of figures reports results ("false positive rate | 34% | 11%"): what was measured says
  // nothing about which section the prose beside it answers, so the rubric reading leaves its rows out.
  const prose = withoutTableRows(index);
  const groups = (id: SectionId) => {
    const r = rubrics[id];
    return r ? compileRubric(r).criteria.reduce((n, c) => n + countGroups(prose, c.groups), 0) : 0;
  };
  const ownGroups = prose === index ? ownConceptGroups : groups(own);
  const [rBest, rHits] = bestOther(own, groups);
  const clear = rHits - ownGroups >= 4 && rHits >= 2.2 * (ownGroups + 1);
  return clear ? { best: rBest, by: 'rubric', bestHits: rHits, ownHits: ownGroups, ownTerms } : null;
}
