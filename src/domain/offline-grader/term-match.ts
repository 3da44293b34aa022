// Matches rubric terms ("vector store", "rerank*") against a TextIndex. A trailing * matches the
// word's own endings ("retr*": retry, retries, retried; not "retrieval"; "trac*": tracing, traces;
// not "track"); multi-word terms must appear in order inside one sentence.
import { bucketKey, foldToken, normalizeText, TOKEN, type TextIndex } from './text-index';

/**
 * Endings that keep a stem the same word: inflections and common derivations, optionally after a
 * linking vowel or a doubled consonant ("split" -> "splitting"). Digits and "@" continue a name or a
 * metric ("qwen2", "recall@10").
 */
const ENDING =
  /^(?:[@\d].*|(?:e|y|i|ia|z|s)?(?:s|es|ed|er|ers|r|rs|ility|ilities|le|ing|ings|ion|ions|ation|ations|ment|ments|al|als|ally|ly|able|ably|ibility|ability|ity|ities|ize|izes|ized|izing|ization|izations|ise|ises|ised|ising|isation|isations|ic|ical|ically|ics|ive|ives|or|ors|ness|ful|less|ant|ants|ance|ances|ence|ences|ent|ents|ency|ist|ists|ism|ure|ures|age|ages|ies|ied|ier|iers|ying|ee|ees|ery|ory|ian|ians|fy|fied|fies)?|ves)$/;

/** Answers already worked out, per stem, then per token (the same rubric stems meet the same words). */
const stemMemo = new Map<string, Map<string, boolean>>();
/** How many answers the memo holds; it starts over past 50,000. */
let memoSize = 0;

/** True when `token` is the word `stem` names, with one of its own endings ("rerank" -> "rerankers"). */
export function stemMatches(stem: string, token: string): boolean {
  if (!token.startsWith(stem)) return false;
  if (token.length === stem.length) return true;
  let byToken = stemMemo.get(stem);
  let yes = byToken?.get(token);
  if (yes === undefined) {
    if (memoSize > 50_000) {
      stemMemo.clear();
      memoSize = 0;
      byToken = undefined;
    }
    if (!byToken) stemMemo.set(stem, (byToken = new Map()));
    yes = endingMatches(stem, token);
    byToken.set(token, yes);
    memoSize++;
  }
  return yes;
}

function endingMatches(stem: string, token: string): boolean {
  if (token.length === stem.length) return true;
  // Symbols and very short stems ("$*", "p9*") take any continuation.
  if (!/[a-z]{3}/.test(stem)) return true;
  const rest = token.slice(stem.length);
  if (ENDING.test(rest)) return true;
  // A doubled final consonant: "split" + "t" + "ing".
  if (rest[0] === stem.at(-1) && ENDING.test(rest.slice(1))) return true;
  // A Latin verb ending on a clipped stem: "dedup" + "lication", "dedup" + "licate".
  return /^lic(?:ate|ates|ated|ating|ation|ations)$/.test(rest);
}

export interface Term {
  tokens: string[];
  /** The last token is a prefix (the term ended with *). */
  prefix: boolean;
  /** The term as written, without the *, for feedback text. */
  label: string;
  /** The bucket of the first token's first three characters (bucketKey): where a prefix term looks. */
  bucket: number;
}

export function compileTerm(raw: string): Term | null {
  const trimmed = normalizeText(raw).trim();
  const prefix = trimmed.endsWith('*');
  const label = prefix ? trimmed.slice(0, -1).trim() : trimmed;
  const words = label.match(TOKEN) ?? [];
  if (!words.length) return null;
  const tokens = words.map((w, i) => (prefix && i === words.length - 1 ? w : foldToken(w)));
  return { tokens, prefix, label, bucket: bucketKey(tokens[0]!) };
}

/** Compiles concept groups (synonym lists), dropping terms that have no word characters. */
export function compileGroups(groups: readonly (readonly string[])[]): Term[][] {
  return groups.map((g) => g.map(compileTerm).filter((t): t is Term => t !== null));
}

/** What a term that does not occur reads as (shared: never changed). */
const NONE: readonly number[] = Object.freeze([]);

function firstPositions(index: TextIndex, term: Term): readonly number[] {
  const first = term.tokens[0]!;
  if (!(term.prefix && term.tokens.length === 1)) return index.positions.get(first) ?? NONE;
  const cached = index.prefixPositions.get(first);
  if (cached) return cached;
  const out: number[] = [];
  for (const tok of prefixTokens(index, first, term.bucket)) out.push(...(index.positions.get(tok) ?? NONE));
  index.prefixPositions.set(first, out);
  return out;
}

/**
 * The distinct tokens a stem matches, in order of first use, except that a one-character stem ("$*")
 * takes any continuation and lists its tokens grouped by their first two characters.
 */
function prefixTokens(index: TextIndex, first: string, bucket: number): string[] {
  if (first.length >= 3) return (index.buckets.get(bucket) ?? []).filter((tok) => stemMatches(first, tok));
  if (first.length === 2) return [...index.positions.keys()].filter((tok) => stemMatches(first, tok));
  const byPair = new Map<string, string[]>();
  for (const tok of index.positions.keys()) {
    if (!tok.startsWith(first)) continue;
    const pair = tok.slice(0, 2);
    const list = byPair.get(pair);
    if (list) list.push(tok);
    else byPair.set(pair, [tok]);
  }
  return [...byPair.values()].flat();
}

/** Sentence ids where the term occurs (may repeat). */
export function termSentences(index: TextIndex, term: Term): number[] {
  return termOccurrences(index, term).map((p) => index.sentenceOf[p]!);
}

/** Token positions where the term starts (the index's own list for a one-word term: read it, never change it). */
function termOccurrences(index: TextIndex, term: Term): readonly number[] {
  if (term.tokens.length === 1) return firstPositions(index, term);
  return firstPositions(index, term).filter((p) => continuesAt(index, term, p));
}

/** True when a multi-word term's later words follow its first word at position p, inside one sentence. */
function continuesAt(index: TextIndex, term: Term, p: number): boolean {
  const n = term.tokens.length;
  let ok = p + n <= index.tokens.length;
  for (let i = 1; ok && i < n; i++) {
    const tok = index.tokens[p + i]!;
    const want = term.tokens[i]!;
    ok =
      (term.prefix && i === n - 1 ? stemMatches(want, tok) : tok === want) &&
      index.sentenceOf[p + i] === index.sentenceOf[p];
  }
  return ok;
}

/** True when the term occurs at all: cheaper than termSentences when only presence matters. */
function hasTerm(index: TextIndex, term: Term): boolean {
  const first = term.tokens[0]!;
  if (term.tokens.length > 1) {
    for (const p of firstPositions(index, term)) if (continuesAt(index, term, p)) return true;
    return false;
  }
  if (!term.prefix) return index.positions.has(first);
  const known = index.prefixPositions.get(first);
  if (known) return known.length > 0;
  if (first.length < 3) return firstPositions(index, term).length > 0;
  const bucket = index.buckets.get(term.bucket);
  if (bucket) for (const tok of bucket) if (stemMatches(first, tok)) return true;
  return false;
}

/** How many concept groups occur (each group once). */
export function countGroups(index: TextIndex, groups: readonly Term[][]): number {
  let n = 0;
  for (const terms of groups)
    for (const t of terms)
      if (hasTerm(index, t)) {
        n++;
        break;
      }
  return n;
}

export interface GroupHit {
  group: number;
  /** The first term of the group that matched, for feedback. */
  term: string;
  /** The answer's own words that matched it (as indexed), so "Found:" names only what is there. */
  word: string;
  sentences: Set<number>;
}

/** For each concept group that occurs, the sentences it occurs in. Each group counts once. */
export function matchGroups(index: TextIndex, groups: readonly Term[][]): GroupHit[] {
  const hits: GroupHit[] = [];
  groups.forEach((terms, group) => {
    let hit: GroupHit | null = null;
    for (const term of terms) {
      const found = termOccurrences(index, term);
      if (!found.length) continue;
      const at = found[0]!;
      hit ??= {
        group,
        term: term.label,
        word: index.tokens.slice(at, at + term.tokens.length).join(' '),
        sentences: new Set(),
      };
      for (const p of found) hit.sentences.add(index.sentenceOf[p]!);
    }
    if (hit) hits.push(hit);
  });
  return hits;
}

/** The readable name of a concept group: its first full term (one without a *), else its first stem. */
export function groupLabel(terms: readonly Term[]): string {
  return (terms.find((t) => !t.prefix) ?? terms[0])?.label ?? '';
}
