// Text an answer copied from the app's own content earns nothing: the rubrics (guiding questions,
// criteria, level descriptions, red flags, what each section is for and its examples), the prompt's
// brief and its reference notes (the model-answer outline shown after grading). A sentence counts as
// copied when most of its word 4-grams ("shingles") occur in that content; a reworded sentence does not.
import type { Rubric } from '../content-schema';
import type { SectionGradeInput } from '../grading';
import { tokenize } from './text-index';

export type CopySource = 'rubric' | 'model answer' | 'brief';

const N = 4;
/** A sentence is copied when at least this share of its shingles occur in the app's content. */
const COPIED_SHARE = 0.6;
/** Shorter sentences ("Budget for 8 s p95:") share words with any outline by chance. */
const MIN_TOKENS = 8;

/** The word 4-grams of a text, as space-joined keys (same normalisation as the grader's index). */
function shingles(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + N <= tokens.length; i++) out.push(tokens.slice(i, i + N).join(' '));
  return out;
}

function addAll(set: Set<string>, texts: readonly string[]) {
  for (const t of texts) for (const s of shingles(tokenize(t))) set.add(s);
}

/** Every line of text a rubric shows or holds. */
function rubricTexts(r: Rubric): string[] {
  return [
    r.title,
    ...r.guidingQuestions,
    ...r.criteria.flatMap((c) => [c.label, c.description]),
    ...Object.values(r.levels),
    ...r.redFlags.flatMap((f) => [f.label, ...f.phrases]),
    // The body's paragraphs and examples, sentence by sentence (quotes and emphasis do not matter).
    ...r.body.split(/\n\s*\n|(?<=[.!?])\s+/),
  ];
}

/** Every word of the shingles in a set: a sentence with few of them cannot be a copy. */
const wordCache = new WeakMap<Set<string>, Set<string>>();
function wordsOf(set: Set<string>): Set<string> {
  let words = wordCache.get(set);
  if (!words) {
    words = new Set();
    for (const s of set) for (const w of s.split(' ')) words.add(w);
    wordCache.set(set, words);
  }
  return words;
}

let lastKnown: { rubrics: Set<string>; prompt: PromptShingles; words: Set<string> } | null = null;
/** Every word of the rubrics' and the prompt's shingles, as one set. */
function knownWords(rubrics: Set<string>, prompt: PromptShingles): Set<string> {
  if (lastKnown?.rubrics === rubrics && lastKnown.prompt === prompt) return lastKnown.words;
  const words = new Set([...wordsOf(rubrics), ...wordsOf(prompt.reference), ...wordsOf(prompt.brief)]);
  lastKnown = { rubrics, prompt, words };
  return words;
}

const rubricCache = new WeakMap<object, Set<string>>();
/** The shingles of every rubric at hand (the section's own, and all of them when given), built once. */
function rubricShingles(own: Rubric, all: SectionGradeInput['rubrics']): Set<string> {
  const key: object = all ?? own;
  let set = rubricCache.get(key);
  if (!set) {
    set = new Set();
    for (const r of [own, ...Object.values(all ?? {})]) if (r) addAll(set, rubricTexts(r));
    rubricCache.set(key, set);
  }
  return set;
}

interface PromptShingles {
  key: string;
  brief: Set<string>;
  reference: Set<string>;
}
let lastPrompt: PromptShingles | null = null;
/** Grading every section of one attempt passes the same prompt object: read it once. */
const byObject = new WeakMap<object, PromptShingles>();

function promptShingles(prompt: SectionGradeInput['prompt']): PromptShingles {
  const cached = byObject.get(prompt);
  if (cached) return cached;
  const made = readPromptShingles(prompt);
  byObject.set(prompt, made);
  return made;
}

function readPromptShingles(prompt: SectionGradeInput['prompt']): PromptShingles {
  const notes = Object.values(prompt.reference).flat();
  const key = `${prompt.id}\u0000${prompt.body}\u0000${notes.join('\u0000')}`;
  if (lastPrompt?.key === key) return lastPrompt;
  const brief = new Set<string>();
  addAll(brief, [prompt.title, ...prompt.body.split(/\n\s*\n|(?<=[.!?])\s+/)]);
  const reference = new Set<string>();
  addAll(reference, notes);
  lastPrompt = { key, brief, reference };
  return lastPrompt;
}

/** Bits of a shingle's sources: the model answer, the rubrics, the brief. */
const IN_REFERENCE = 1;
const IN_RUBRICS = 2;
const IN_BRIEF = 4;

const sourceCache = new WeakMap<Set<string>, WeakMap<PromptShingles, Map<string, number>>>();
/** Every shingle of the rubrics and the prompt with the bits of the sources it occurs in: one lookup each. */
function shingleSources(rubrics: Set<string>, prompt: PromptShingles): Map<string, number> {
  let byPrompt = sourceCache.get(rubrics);
  if (!byPrompt) sourceCache.set(rubrics, (byPrompt = new WeakMap()));
  let map = byPrompt.get(prompt);
  if (map) return map;
  map = new Map();
  for (const [set, bit] of [
    [prompt.reference, IN_REFERENCE],
    [rubrics, IN_RUBRICS],
    [prompt.brief, IN_BRIEF],
  ] as const)
    for (const s of set) map.set(s, (map.get(s) ?? 0) | bit);
  byPrompt.set(prompt, map);
  return map;
}

interface CopyCheck {
  /** Per sentence of the index: where it was copied from, or null. */
  bySentence: (CopySource | null)[];
  /** How many sentences were copied from each source. */
  counts: Record<CopySource, number>;
}

interface CopyInput {
  /** Folded tokens of each sentence. */
  sentenceTokens: readonly (readonly string[])[];
  rubric: Rubric;
  rubrics?: SectionGradeInput['rubrics'];
  prompt: SectionGradeInput['prompt'];
}

/** Finds the sentences copied from the rubrics, the brief or the model answer. */
export function findCopied({ sentenceTokens, rubric, rubrics, prompt }: CopyInput): CopyCheck {
  const p = promptShingles(prompt);
  const fromRubrics = rubricShingles(rubric, rubrics);
  const known = knownWords(fromRubrics, p);
  const sources = shingleSources(fromRubrics, p);
  const counts: Record<CopySource, number> = { rubric: 0, 'model answer': 0, brief: 0 };
  const bySentence = sentenceTokens.map((tokens): CopySource | null => {
    if (tokens.length < MIN_TOKENS) return null;
    // A cheap first look: most of the sentence's words must occur in the app's content at all.
    const isKnown: boolean[] = [];
    let knownCount = 0;
    for (const t of tokens) {
      const yes = known.has(t);
      isKnown.push(yes);
      if (yes) knownCount++;
    }
    if (knownCount < COPIED_SHARE * tokens.length) return null;
    const total = tokens.length - N + 1;
    // Stop as soon as too many shingles are missing for the sentence to count as copied.
    const allowedMisses = Math.floor((1 - COPIED_SHARE) * total);
    const hits: Record<CopySource, number> = { rubric: 0, 'model answer': 0, brief: 0 };
    let any = 0;
    let misses = 0;
    for (let i = 0; i < total; i++) {
      // A shingle with a word the content never uses cannot be in it.
      if (!(isKnown[i] && isKnown[i + 1] && isKnown[i + 2] && isKnown[i + 3])) {
        if (++misses > allowedMisses) return null;
        continue;
      }
      const bits = sources.get(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`);
      if (bits === undefined) {
        if (++misses > allowedMisses) return null;
        continue;
      }
      // The model answer and the rubrics both count; the brief only when neither holds the shingle.
      if (bits & IN_REFERENCE) hits['model answer']++;
      if (bits & IN_RUBRICS) hits.rubric++;
      if (!(bits & (IN_REFERENCE | IN_RUBRICS))) hits.brief++;
      any++;
    }
    if (any / total < COPIED_SHARE) return null;
    const source = (Object.keys(hits) as CopySource[]).reduce((a, b) => (hits[b] > hits[a] ? b : a));
    counts[source]++;
    return source;
  });
  return { bySentence, counts };
}
