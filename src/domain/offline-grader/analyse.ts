// Turns an indexed answer into the features the score is built from: per-criterion concept coverage
// and concreteness, plus section-wide counts of decisions, numbers, trade-offs, failure handling,
// targets, red flags and padding. Everything is counted by distinct content, never by length.
import { antiPatternsIn } from './anti-patterns';
import type { Brief } from './brief';
import type { CompiledRubric } from './compiled-rubric';
import { negatedBefore, sentenceSignals, type SentenceSignals } from './signals';
import { matchGroups, termSentences, type GroupHit, type Term } from './term-match';
import type { TextIndex } from './text-index';
import { guessedFigures } from './commitment';
import { readsBackBrief } from './read-back';

interface CriterionResult {
  answerHits: GroupHit[];
  /** Groups seen only in the diagram: supporting evidence, never enough on their own. */
  diagramOnly: GroupHit[];
  concreteSentences: number[];
  verdict: 'met' | 'partial' | 'missing';
}

interface RedFlagHit {
  label: string;
  phrase: string;
}

export interface Analysis {
  words: number;
  signals: SentenceSignals[];
  /** Own-rubric concept groups per sentence, as ids (criterion * 65536 + group). */
  sentenceConcepts: number[][];
  decisionSentences: number[];
  criteria: CriterionResult[];
  conceptGroups: number;
  decisions: number;
  numbers: string[];
  /**
   * Sentences whose numbers belong to the design: every sentence with a number except a result reported
   * after the fact ("the acceptance rate was around 20%"), which measures a design but does not justify one.
   */
  decidedFigures: number;
  /** Numbers that only restate the brief (not counted). */
  restated: number;
  tradeoffs: number;
  failures: number;
  targets: number;
  buzz: number;
  repetition: number;
  redFlags: RedFlagHit[];
}

/** Per rubric term, the pattern finding its first word's start in a sentence (built once per term). */
const startPatterns = new WeakMap<Term, RegExp>();
function startOf(term: Term): RegExp {
  let re = startPatterns.get(term);
  if (!re)
    startPatterns.set(
      term,
      (re = new RegExp(`\\b${term.tokens[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
    );
  return re;
}

function redFlagHits(
  index: TextIndex,
  rubric: CompiledRubric,
  concrete: (s: number) => boolean,
): RedFlagHit[] {
  const out: RedFlagHit[] = [];
  for (const flag of rubric.redFlags) {
    for (const term of flag.terms) {
      const s = termSentences(index, term).find((id) => {
        const lower = index.sentences[id]!.lower;
        const at = lower.search(startOf(term));
        return !negatedBefore(lower, Math.max(0, at)) && !(flag.onlyWhenVague && concrete(id));
      });
      if (s !== undefined) {
        out.push({ label: flag.label, phrase: term.label });
        break;
      }
    }
  }
  // Known anti-patterns: the right words, the wrong design ("permission checks run after reranking").
  const seen = new Set<string>();
  for (const sentence of index.sentences) {
    for (const p of antiPatternsIn(sentence.lower, rubric.section)) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      const words = sentence.raw.split(/\s+/);
      out.push({
        label: p.label,
        phrase: words.length > 12 ? `${words.slice(0, 12).join(' ')}...` : sentence.raw,
      });
    }
  }
  return out;
}

/** A concept group of a criterion as one number (a rubric has far fewer than 65,536 groups per criterion). */
const conceptId = (criterion: number, group: number) => criterion * 65536 + group;
/** The concept as "criterion:group", the form decision keys are compared in. */
const conceptKey = (id: number) => `${Math.floor(id / 65536)}:${id % 65536}`;

/** Concepts of the section named in one sentence that make it a catalogue when nothing else is specific. */
const CATALOGUE = 5;
/** Six or more terms of one to three words in a row, separated by commas: "right-sizing, auto-scaling, spot instances, ...". */
const BARE_TERMS = /(?:^|[:,]\s)(?:[a-z-]+(?: [a-z-]+){0,2}, ){5,}(?:and |or )?[a-z-]+/;

/**
 * A product or component named in its own spelling, with a capital inside the word or after a lower-case
 * start ("SageMaker", "QueryGPT", "OneDrive", "iOS"): a named technology the fixed list does not know.
 */
const NAMED = /\b[A-Z][a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+[A-Z][A-Za-z]+\b/;
/** What every NAMED match holds, a lower-case letter before a capital: most sentences lack it (a cheap scan). */
const LOWER_THEN_CAPITAL = /[a-z][A-Z]/;
const namesProduct = (raw: string) => LOWER_THEN_CAPITAL.test(raw) && NAMED.test(raw);

/** The writer speaking for the system: "we", "our", "I". */
const FIRST_PERSON = /\b(?:we|our|us|i(?!\.e)|my)\b|\b(?:we|i)'/;

/** True when the text has at most `max` words (counted by the spaces between them, stopping early). */
function wordsUpTo(text: string, max: number): boolean {
  let words = 1;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) !== 32 && ++words > max) return false;
  return true;
}

/**
 * A title: a short line with no closing punctuation, in title case or opening with a question word ("What to
 * run in PRs vs nightly"). A terse note ("bm25 + vectors because skus are exact") is not one.
 */
function isTitle(raw: string, lower: string): boolean {
  if (!wordsUpTo(lower, 8) || /[.!?;:,]\s*$/.test(lower)) return false;
  if (/^(?:what|why|how|when|which|where)\b/.test(lower)) return true;
  const words = raw.trim().split(/\s+/);
  return words.filter((w) => /^[A-Z]/.test(w)).length * 2 > words.length;
}

/** Computes every feature of one answer against its rubric. */
export function analyse(
  index: TextIndex,
  rubric: CompiledRubric,
  diagram: TextIndex | null,
  brief?: Brief,
): Analysis {
  const signals = index.sentences.map((s) => sentenceSignals(s.lower, brief));
  const sentenceConcepts: number[][] = index.sentences.map(() => []);
  // Per criterion, how many of its groups each sentence names (a group names a sentence at most once).
  const groupsPerSentence = rubric.criteria.map(() => new Uint16Array(index.sentences.length));
  const hitsPerCriterion = rubric.criteria.map((c, ci) => {
    const hits = matchGroups(index, c.groups);
    const counts = groupsPerSentence[ci]!;
    for (const h of hits)
      for (const s of h.sentences) {
        sentenceConcepts[s]!.push(conceptId(ci, h.group));
        counts[s]!++;
      }
    return hits;
  });

  const seenSentence = new Set<string>();
  const decisionKeys = new Set<string>();
  const decisionSentences: number[] = [];
  const numbers = new Set<string>();
  let restated = 0;
  let tradeoffs = 0;
  let failures = 0;
  let targets = 0;
  let decidedFigures = 0;
  let buzz = 0;
  let repeats = 0;
  let prevOnTopic = false;
  let underLeadIn = false;
  let aside = false;
  let asideList = false;
  signals.forEach((sig, s) => {
    const text = index.sentences[s]!.lower;
    if (seenSentence.has(text)) {
      repeats++;
      return;
    }
    seenSentence.add(text);
    const concepts = sentenceConcepts[s]!;
    buzz += sig.buzz;
    // An explanation to the reader, an example or a claim about others is not this design: its numbers,
    // reasons and choices are someone else's.
    // An aside runs on: what follows an explanation ("once you do the math", "the bill depends on:") is
    // still the explanation until the writer speaks for the system again ("we", "our") or states a
    // choice. An explanation the writer is part of ("a client asked us") opens no aside.
    // The items listed under an explanation's lead-in ("instead of routing all traffic, you:") are its steps,
    // even when they read as commands ("route a small percentage of traffic to the new version"); a new label
    // ("the solution: mask pii before the call") ends the list.
    const writer = FIRST_PERSON.test(text);
    const item = asideList && !writer && wordsUpTo(text, 12) && !/^[^:]{1,30}:\s/.test(text);
    if (sig.explains || item || (aside && !writer && !sig.decisionCue)) {
      aside = !writer;
      asideList = item || (sig.explains && !writer && /:\s*$/.test(text));
      prevOnTopic = false;
      return;
    }
    aside = false;
    asideList = false;
    for (const n of sig.numbers) numbers.add(n);
    restated += sig.restated;
    // A decision names a choice about something specific. Specifics: an own number, a technology the
    // brief does not name, and this section's concepts (two or more count double). A verb of choice
    // needs one, a form that may only describe ("documents are stored") two, a bare statement three.
    // Options without a choice ("we could", "maybe") and filler ("track it closely") decide nothing.
    // Each key is there once: a criterion's group is listed once per sentence.
    const distinct = concepts.length;
    const specifics =
      (sig.tech || namesProduct(index.sentences[s]!.raw) ? 1 : 0) +
      (sig.numbers.length > 0 ? 1 : 0) +
      (distinct >= 2 ? 2 : distinct > 0 ? 1 : 0);
    // Short items listed under a lead-in ("each call logs:") are the detail of that line, like a label's.
    const listed = underLeadIn && wordsUpTo(text, 12);
    underLeadIn = /:\s*$/.test(text) || listed;
    const need = sig.decisionCue ? 1 : sig.weakCue || listed ? 2 : 3;
    const readBack = readsBackBrief(sig, text, writer);
    // The section's levers named in one breath, as a run of bare terms with no figure or tool to pick
    // among them, are a catalogue of options, not a choice (rule 8: naming a technique is not choosing a
    // lever). Steps that say what they do ("(2) run completeness rules per permit type") are not bare terms.
    const catalogue = distinct >= CATALOGUE && !sig.tech && sig.numbers.length === 0 && BARE_TERMS.test(text);
    const decision = !sig.hedged && !sig.vague && !readBack && !catalogue && specifics >= need;
    if (decision) {
      const key = concepts.length ? concepts.map(conceptKey).sort().join(',') : sig.numbers.join(',') || text;
      if (!decisionKeys.has(key)) decisionSentences.push(s);
      decisionKeys.add(key);
    }
    const onTopic = concepts.length > 0 || decision;
    // A reason often follows its decision after a semicolon or a full stop ("...; the gain isn't worth it").
    // A title that names a comparison ("What to run in PRs vs nightly", "Vector Search Alone Isn't Enough")
    // announces a topic; it gives no reason.
    const title = isTitle(index.sentences[s]!.raw, text);
    if (sig.tradeoff && !readBack && !title && (onTopic || prevOnTopic)) tradeoffs++;
    if (sig.failure && onTopic) failures++;
    if (sig.target) targets++;
    // A figure offered as a guess ("maybe 7 cents") is not one the design is built on.
    if (sig.numbers.length > 0 && !sig.reported && !(sig.hedged && guessedFigures(text))) decidedFigures++;
    prevOnTopic = onTopic;
  });

  const isDecision = new Set(decisionSentences);
  const concrete = (s: number) => isDecision.has(s) || signals[s]!.numbers.length > 0 || signals[s]!.tradeoff;
  /** A sentence that names several of a criterion's concepts together is specific even without a verb of choice. */
  const specific = (s: number, ci: number) => groupsPerSentence[ci]![s]! >= 2;
  const diagramHits = diagram ? rubric.criteria.map((c) => matchGroups(diagram, c.groups)) : null;
  const criteria = rubric.criteria.map((c, ci): CriterionResult => {
    const answerHits = hitsPerCriterion[ci]!;
    const own = new Set(answerHits.map((h) => h.group));
    const diagramOnly = (diagramHits?.[ci] ?? []).filter((h) => !own.has(h.group));
    // In sentence order: every sentence that names one of the criterion's groups and is concrete or specific.
    const named = groupsPerSentence[ci]!;
    const concreteSentences: number[] = [];
    for (let s = 0; s < named.length; s++)
      if (named[s]! > 0 && (concrete(s) || specific(s, ci))) concreteSentences.push(s);
    const verdict =
      answerHits.length >= c.need && concreteSentences.length > 0
        ? 'met'
        : answerHits.length + diagramOnly.length > 0
          ? 'partial'
          : 'missing';
    return { answerHits, diagramOnly, concreteSentences, verdict };
  });

  return {
    words: index.words,
    signals,
    sentenceConcepts,
    decisionSentences,
    criteria,
    conceptGroups: hitsPerCriterion.reduce((n, h) => n + h.length, 0),
    decisions: decisionSentences.length,
    numbers: [...numbers],
    decidedFigures,
    restated,
    tradeoffs,
    failures,
    targets,
    buzz,
    repetition: signals.length ? repeats / signals.length : 0,
    redFlags: redFlagHits(index, rubric, concrete),
  };
}
