// Text an answer copied from the app's own content earns nothing: the rubrics (guiding questions,
// criteria, level descriptions, red flags, what each section is for and its examples), the prompt's
// brief and its reference notes (the model-answer outline shown after grading). A sentence counts as
// copied when most of its word 4-grams ("shingles") occur in that content; a reworded sentence does not.
import type { Rubric } from '../content-schema';
import type { SectionGradeInput } from '../grading';
import { tokenize, type TextIndex } from './text-index';

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

/**
 * The rubrics' and the prompt's shingles as numbers: every word they use gets an id, and a shingle
 * (a, b, c, d) is found by the pair a*n+b, then the pair c*n+d (n words), with the bits of its sources.
 */
interface ShingleTable {
  ids: Map<string, number>;
  bits: Map<number, Map<number, number>>;
}

const tableCache = new WeakMap<Set<string>, WeakMap<PromptShingles, ShingleTable>>();
function shingleTable(rubrics: Set<string>, prompt: PromptShingles): ShingleTable {
  let byPrompt = tableCache.get(rubrics);
  if (!byPrompt) tableCache.set(rubrics, (byPrompt = new WeakMap()));
  let table = byPrompt.get(prompt);
  if (table) return table;
  const sources: [Set<string>, number][] = [
    [prompt.reference, IN_REFERENCE],
    [rubrics, IN_RUBRICS],
    [prompt.brief, IN_BRIEF],
  ];
  const ids = new Map<string, number>();
  for (const [set] of sources)
    for (const shingle of set) for (const w of shingle.split(' ')) if (!ids.has(w)) ids.set(w, ids.size);
  const n = ids.size;
  const bits = new Map<number, Map<number, number>>();
  for (const [set, bit] of sources)
    for (const shingle of set) {
      const [a, b, c, d] = shingle.split(' ').map((w) => ids.get(w)!);
      const first = a! * n + b!;
      let rest = bits.get(first);
      if (!rest) bits.set(first, (rest = new Map()));
      const second = c! * n + d!;
      rest.set(second, (rest.get(second) ?? 0) | bit);
    }
  table = { ids, bits };
  byPrompt.set(prompt, table);
  return table;
}

interface CopyCheck {
  /** Per sentence of the index: where it was copied from, or null. */
  bySentence: (CopySource | null)[];
  /** How many sentences were copied from each source. */
  counts: Record<CopySource, number>;
}

interface CopyInput {
  /** The answer's index: a sentence's folded tokens are one run of its tokens. */
  index: TextIndex;
  rubric: Rubric;
  rubrics?: SectionGradeInput['rubrics'];
  prompt: SectionGradeInput['prompt'];
}

/** Finds the sentences copied from the rubrics, the brief or the model answer. */
export function findCopied({ index, rubric, rubrics, prompt }: CopyInput): CopyCheck {
  const p = promptShingles(prompt);
  const fromRubrics = rubricShingles(rubric, rubrics);
  const { ids, bits: table } = shingleTable(fromRubrics, p);
  const n = ids.size;
  const counts: Record<CopySource, number> = { rubric: 0, 'model answer': 0, brief: 0 };
  // Each distinct word is looked up once: the content's id at every position of the answer (-1: unknown).
  const idAt = new Int32Array(index.tokens.length).fill(-1);
  for (const [token, at] of index.positions) {
    const known = ids.get(token);
    if (known !== undefined) for (const i of at) idAt[i] = known;
  }
  const bySentence: (CopySource | null)[] = [];
  for (let s = 0, start = 0; s < index.sentences.length; s++) {
    let end = start;
    while (end < index.tokens.length && index.sentenceOf[end] === s) end++;
    bySentence.push(copiedFrom(idAt.subarray(start, end)));
    start = end;
  }
  return { bySentence, counts };

  function copiedFrom(id: Int32Array): CopySource | null {
    if (id.length < MIN_TOKENS) return null;
    // A cheap first look: most of the sentence's words must occur in the app's content at all.
    let knownCount = 0;
    for (const known of id) if (known >= 0) knownCount++;
    if (knownCount < COPIED_SHARE * id.length) return null;
    const total = id.length - N + 1;
    // Stop as soon as too many shingles are missing for the sentence to count as copied.
    const allowedMisses = Math.floor((1 - COPIED_SHARE) * total);
    const hits: Record<CopySource, number> = { rubric: 0, 'model answer': 0, brief: 0 };
    let any = 0;
    let misses = 0;
    for (let i = 0; i < total; i++) {
      const a = id[i]!;
      const b = id[i + 1]!;
      const c = id[i + 2]!;
      const d = id[i + 3]!;
      // A shingle with a word the content never uses cannot be in it.
      const bits = a < 0 || b < 0 || c < 0 || d < 0 ? undefined : table.get(a * n + b)?.get(c * n + d);
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
  }
}
