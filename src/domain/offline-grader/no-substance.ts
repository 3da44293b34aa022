// Text that looks like an answer and decides nothing: questions with no answer, and keyword or number
// salad (lists of terms or figures with no decision, subject or reason between them).
import type { TextIndex } from './text-index';

/** A question: the sentence ends with "?" (before any closing emphasis or quote). */
export const isQuestion = (raw: string): boolean => /\?[\s*_"')\]]*$/.test(raw);

/** Where a list of terms splits: commas, slashes, "+", "&", "and"/"or" between items, ellipses. */
const ITEM_SPLIT = /[,;/+&|]|\.\.\.|…|\s(?:and|or)\s/;
const SEPARATORS = /[,;/+&|]|\.\.\.|…|\s(?:and|or)\s/g;

/** Words that relate items to each other: a verb of choice, a reason, a condition, a comparison. */
const RELATION =
  /\b(?:because|since|so|then|when|if|unless|before|after|instead|rather|than|versus|vs|into|from|under|over|within|is|are|was|were|runs?|uses?|keeps?|sends?|stores?|returns?|falls?|goes|takes?|gets?|reranks?|filters?|splits?|caps?|limits?|we|they|it)\b/;

/**
 * A table row that pairs a metric with a threshold ("p95 latency | > 5 s", "judge score < 7/10") or an
 * action ("| page on-call") is a decision told in cells, not a list of terms.
 */
const DECIDING_ROW =
  /(?:[<>≤≥]\s*=?\s*[$€£~]?\w|\b(?:above|below|exceeds?|drops? below|rises? above)\s+[$€£~]?\d|\|\s*(?:page|alert|roll ?back|block|escalate|pause)\b)/;
const isDecidingRow = (lower: string) => (lower.match(/\|/g)?.length ?? 0) >= 2 && DECIDING_ROW.test(lower);

interface SaladCheck {
  /** The answer is mostly a list of terms or figures. */
  salad: boolean;
  /** Sentences that are items of such a list (by index). */
  sentences: Set<number>;
}

/** At most four words, for a trimmed item (the same as `p.split(/\s+/).length <= 4`, with no array). */
const UP_TO_FOUR_WORDS = /^\S+(?:\s+\S+){0,3}$/;

/** Items of a sentence that are bare terms: at most four words and none that relates them. */
function bareItems(lower: string): { items: number; bare: number } {
  const parts = lower
    .replace(/^[^:]{0,30}:\s/, '')
    .split(ITEM_SPLIT)
    .map((p) => p.trim())
    .filter((p) => /[a-z0-9]/.test(p));
  let bare = 0;
  for (const p of parts) if (UP_TO_FOUR_WORDS.test(p) && !RELATION.test(p)) bare++;
  return { items: parts.length, bare };
}

/** True when the text has at least `min` separators (the same count as `match(SEPARATORS)`, stopping early). */
function separatorsAtLeast(lower: string, min: number): boolean {
  SEPARATORS.lastIndex = 0;
  let n = 0;
  while (n < min && SEPARATORS.exec(lower)) n++;
  return n >= min;
}

/**
 * Keyword or number salad: one sentence listing five or more bare terms, or a run of one-to-three-word
 * bullet items, making up most of the answer. Table rows with a threshold or an action are not items.
 */
export function checkSalad(index: TextIndex): SaladCheck {
  const sentences = new Set<number>();
  let saladWords = 0;
  const perSentence = new Array<number>(index.sentences.length).fill(0);
  for (const s of index.sentenceOf) perSentence[s]!++;
  let shortItems = 0;
  index.sentences.forEach((s, i) => {
    const words = perSentence[i]!;
    // Only a short item or a sentence with four or more separators can be part of a list.
    if (words > 3 && !separatorsAtLeast(s.lower, 4)) return;
    if (isDecidingRow(s.lower)) return;
    const { items, bare } = bareItems(s.lower);
    if (items >= 5 && bare >= 0.8 * items) {
      sentences.add(i);
      saladWords += words;
    } else if (items === 1 && bare === 1 && words <= 3) {
      shortItems++;
      sentences.add(i);
      saladWords += words;
    }
  });
  const listy = shortItems >= 5 && shortItems >= 0.6 * index.sentences.length;
  const salad = index.words > 0 && (saladWords >= 0.6 * index.words || listy) && sentences.size > 0;
  return { salad, sentences: salad ? sentences : new Set() };
}
