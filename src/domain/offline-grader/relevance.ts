// Whether an answer is about this prompt's system. Design vocabulary (chunking, p95, canary) fits any
// prompt, so relevance is read from the other words: the ones an answer shares with this prompt's
// title, brief, scale and reference notes, against the domain words it brings from somewhere else.
import type { RubricSet } from '../content-schema';
import type { SectionGradeInput } from '../grading';
import type { TextIndex } from './text-index';
import { tokenize } from './text-index';

/** Everyday English and design-writing words that say nothing about which system an answer is about. */
const COMMON = new Set(
  `about above after again against also although always among another answer answers anything around
  because been before being below between both build built but can cannot case cases change changes
  check checks could does doing done down during each early easy either else enough even every first
  from full further give given goes going good great have having here high however into just keep kept
  know large last later least less like likely long look lost made main make makes making many more most
  much must need needs never next none nothing often only other others over own part parts people per
  plan point points quite rather real really right same second seen should show shown side simple since
  small some something soon still such sure take takes than that their them then there these they thing
  things think this those though three through time times today together too under until upon used uses
  using very want wants week weeks well went were what when where whether which while whole will with
  within without work works would year years your yours day days month months hour hours minute minutes
  second seconds percent number numbers team teams user users system systems answer reply step steps
  option options approach approaches start starts stop stops run runs new old one two four five ten
  hundred thousand million billion half once twice instead already able across along based better best
  worse worst higher lower faster slower cheaper larger smaller bigger single multiple several various
  every everyone anyone someone first second third last next final total average typical common usual
  each most least mean means meaning ensure make sure need needs needed going gets getting got let lets
  says said say tell tells told ask asks asked come comes came put puts set sets via per etc`
    .split(/\s+/)
    .filter(Boolean),
);

interface Relevance {
  /** Distinct domain words the prompt itself uses: how much there is to compare against. */
  promptWords: number;
  /** Distinct domain words the answer shares with this prompt. */
  own: number;
  /** Distinct domain words the prompt never uses. */
  foreign: number;
  /** A few of the foreign words, for the flag. */
  examples: string[];
}

const rubricVocab = new WeakMap<object, Set<string>>();
/** Every word any rubric uses: the shared design vocabulary. */
function designVocabulary(rubrics: Partial<RubricSet>): Set<string> {
  const key = rubrics as object;
  let set = rubricVocab.get(key);
  if (set) return set;
  set = new Set();
  for (const r of Object.values(rubrics)) {
    if (!r) continue;
    const text = [
      r.title,
      r.body,
      ...r.guidingQuestions,
      ...r.criteria.flatMap((c) => [c.label, c.description, ...c.concepts.flat()]),
      ...Object.values(r.levels),
      ...r.redFlags.flatMap((f) => [f.label, ...f.phrases]),
    ].join(' ');
    for (const t of tokenize(text)) set.add(t);
  }
  rubricVocab.set(key, set);
  return set;
}

let lastPrompt: { key: string; words: Set<string>; domain: number } | null = null;
const byObject = new WeakMap<object, { words: Set<string>; domain: number }>();
function promptVocabulary(
  prompt: SectionGradeInput['prompt'],
  design: Set<string>,
): { words: Set<string>; domain: number } {
  const cached = byObject.get(prompt);
  if (cached) return cached;
  const made = readPromptVocabulary(prompt, design);
  byObject.set(prompt, made);
  return made;
}

function readPromptVocabulary(
  prompt: SectionGradeInput['prompt'],
  design: Set<string>,
): { words: Set<string>; domain: number } {
  const notes = Object.values(prompt.reference).flat();
  const scale = (prompt.scale ?? []).flatMap((s) => [s.label, s.unit]);
  const key = [prompt.id, prompt.title, prompt.body, ...notes, ...scale].join('\u0000');
  if (lastPrompt?.key === key) return lastPrompt;
  const words = new Set(tokenize([prompt.title, prompt.body, ...notes, ...scale].join(' ')));
  let domain = 0;
  for (const w of words) if (isDomainWord(w, design)) domain++;
  lastPrompt = { key, words, domain };
  return lastPrompt;
}

/** Endings of adverbs, adjectives and verb forms: words that describe how, not what system. */
const MODIFIER = /(?:ly|ing|ed|ive|ous|ful|less|able|ible|ical|ant|ent|est|ier|ness|ity|ize|ise)$/;

/** A noun-like word no rubric uses: what names the system an answer is about ("clause", "shipment"). */
const domainMemo = new WeakMap<Set<string>, Map<string, boolean>>();
function memoFor(design: Set<string>): Map<string, boolean> {
  let memo = domainMemo.get(design);
  if (!memo) domainMemo.set(design, (memo = new Map()));
  if (memo.size > 50_000) memo.clear();
  return memo;
}
function isDomainWord(t: string, design: Set<string>, memo = memoFor(design)): boolean {
  let yes = memo.get(t);
  if (yes === undefined) {
    yes = t.length >= 4 && /^[a-z][a-z-]*$/.test(t) && !COMMON.has(t) && !design.has(t) && !MODIFIER.test(t);
    memo.set(t, yes);
  }
  return yes;
}

/** How far the answer's own domain words are this prompt's. */
export function relevance(
  index: TextIndex,
  prompt: SectionGradeInput['prompt'],
  rubrics: Partial<RubricSet>,
): Relevance {
  const design = designVocabulary(rubrics);
  const { words: vocab, domain } = promptVocabulary(prompt, design);
  // The index's words are distinct already: counts, and the first four foreign ones, need no sets.
  let own = 0;
  let foreign = 0;
  const examples: string[] = [];
  const memo = memoFor(design);
  for (const t of index.positions.keys()) {
    if (!isDomainWord(t, design, memo)) continue;
    if (vocab.has(t)) own++;
    else if (foreign++ < 4) examples.push(t);
  }
  return { promptWords: domain, own, foreign, examples };
}

/**
 * Off-prompt: the answer brings many domain words this prompt never uses and shares almost none with
 * it. Cautious, because a false flag caps a real answer.
 */
export function isOffPrompt(r: Relevance): boolean {
  // A prompt of a sentence or two gives too little to compare against; one with only a title and a
  // brief (no reference notes) names fewer of its own words, so it asks for more evidence.
  if (r.promptWords < 25) return false;
  const [none, one, two] = r.promptWords >= 40 ? [4, 7, 10] : [12, 20, 30];
  return (
    (r.own === 0 && r.foreign >= none) || (r.own <= 1 && r.foreign >= one) || (r.own <= 2 && r.foreign >= two)
  );
}

/** A word that can say which system a text is about: not everyday English, not a number, not a modifier. */
function isTopicWord(t: string): boolean {
  return t.length >= 4 && /^[a-z][a-z-]*$/.test(t) && !COMMON.has(t) && !MODIFIER.test(t);
}

const topicWords = new WeakMap<object, Set<string>>();
/** The topic words of a prompt's own material (title, brief, scale, reference notes), read once per prompt. */
function promptTopicWords(prompt: SectionGradeInput['prompt']): Set<string> {
  let set = topicWords.get(prompt);
  if (set) return set;
  const notes = Object.values(prompt.reference).flat();
  const scale = (prompt.scale ?? []).flatMap((s) => [s.label, s.unit]);
  set = new Set(tokenize([prompt.title, prompt.body, ...notes, ...scale].join(' ')).filter(isTopicWord));
  topicWords.set(prompt, set);
  return set;
}

export interface PromptFit {
  /** How well the answer's words fit this prompt's material (distinctive words weigh more). */
  own: number;
  /** The best fit among the other known prompts, and which one it is. */
  best: number;
  bestTitle: string | null;
  /** The answer's words that tie it to that other prompt, for the flag. */
  examples: string[];
  /**
   * Whether this prompt has as much material as the others (at least half the median's topic words):
   * a prompt of a title, a brief and generic notes would lose to any built-in prompt on a similar system.
   */
  comparable: boolean;
}

/**
 * How far the answer fits this prompt against every other known prompt. A word counts for a prompt when
 * that prompt's material uses it, weighted by how few of the prompts use it (a word every prompt uses,
 * "retrieval", "latency", says nothing), and half again when the rubrics use it too (design vocabulary).
 */
export function promptFit(
  index: TextIndex,
  prompt: SectionGradeInput['prompt'],
  others: readonly SectionGradeInput['prompt'][],
  rubrics: Partial<RubricSet>,
): PromptFit {
  const table = fitTable(prompt, others, designVocabulary(rubrics));
  const fit = new Array<number>(table.prompts.length).fill(0);
  const matchedWords: string[] = [];
  const matched: FitWord[] = [];
  for (const t of index.positions.keys()) {
    const entry = table.words.get(t);
    if (!entry) continue;
    matchedWords.push(t);
    matched.push(entry);
    for (const i of entry.prompts) fit[i]! += entry.weight;
  }
  // Index 0 is this prompt; b is the best of the others (-1 when there are none).
  let b = -1;
  for (let i = 1; i < fit.length; i++) if (b < 0 || fit[i]! > fit[b]!) b = i;
  const own = table.vocab;
  // The examples are the best prompt's words only, so only its list is gathered.
  const examples: string[] = [];
  if (b > 0)
    for (let k = 0; k < matched.length && examples.length < 4; k++)
      if (matched[k]!.prompts.includes(b) && !own.has(matchedWords[k]!)) examples.push(matchedWords[k]!);
  return {
    own: fit[0]!,
    best: b > 0 ? fit[b]! : 0,
    bestTitle: b > 0 ? table.prompts[b]!.title : null,
    examples,
    comparable: table.comparable,
  };
}

/** A topic word's weight and the prompts (by index) whose material uses it. */
interface FitWord {
  weight: number;
  prompts: number[];
}

interface FitTable {
  design: Set<string>;
  /** This prompt first, then the others. */
  prompts: SectionGradeInput['prompt'][];
  vocab: Set<string>;
  comparable: boolean;
  /** Each topic word some (not most) of the prompts use: its weight and which prompts use it. */
  words: Map<string, FitWord>;
}

const fitTables = new WeakMap<object, WeakMap<object, FitTable>>();
/** The word table for one prompt against one list of others, built once per pair (every section reuses it). */
function fitTable(
  prompt: SectionGradeInput['prompt'],
  others: readonly SectionGradeInput['prompt'][],
  design: Set<string>,
): FitTable {
  let byPrompt = fitTables.get(others);
  if (!byPrompt) fitTables.set(others, (byPrompt = new WeakMap()));
  const cached = byPrompt.get(prompt);
  if (cached?.design === design) return cached;
  const prompts = [prompt, ...others.filter((p) => p.id !== prompt.id)];
  const vocabs = prompts.map(promptTopicWords);
  const n = prompts.length;
  const users = new Map<string, number[]>();
  vocabs.forEach((v, i) => {
    for (const w of v) {
      const list = users.get(w);
      if (list) list.push(i);
      else users.set(w, [i]);
    }
  });
  const words = new Map<string, FitWord>();
  // A word every prompt (or most of them) uses says nothing about which one an answer is for.
  for (const [w, list] of users)
    if (list.length <= n / 2)
      words.set(w, { weight: Math.log(n / list.length) * (design.has(w) ? 0.5 : 1), prompts: list });
  const sizes = vocabs
    .slice(1)
    .map((v) => v.size)
    .sort((x, y) => x - y);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const table = { design, prompts, vocab: vocabs[0]!, comparable: vocabs[0]!.size * 2 >= median, words };
  byPrompt.set(prompt, table);
  return table;
}

/** The relative test: the answer fits another known prompt far better than this one. */
export function fitsAnotherPrompt(f: PromptFit): boolean {
  return f.comparable && f.bestTitle !== null && f.best >= 6 && f.best >= 2 * f.own + 1;
}
