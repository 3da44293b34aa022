// Splits an answer into sentences and folded word tokens, indexed for fast concept lookup.
import { needsNormalising, normaliseText } from '../text/normalise';

/** "200ms" reads as "200 ms", so units match however they are written. */
const UNIT_SUFFIX = /(\d)(ms|s|k|m|b|gb|mb|tb|qps|rps|rpm|tps|x)\b/g;
/** "$1 $2" as a function: the same text, without re-reading a replacement pattern for every sentence. */
const spaceUnit = (_: string, digit: string, unit: string) => `${digit} ${unit}`;
export const TOKEN = /[a-z0-9@$%]+(?:\.[a-z0-9]+)*/g;

const [E, I, S, U] = [...'eisu'].map((c) => c.charCodeAt(0));

/** Folds a lowercase word so simple plurals match: "rerankers" -> "reranker", "queries" -> "query". */
export function foldToken(word: string): string {
  const n = word.length;
  // Character codes rather than patterns: this runs once per word of every answer.
  if (n > 3 && word.charCodeAt(n - 1) === S) {
    const before = word.charCodeAt(n - 2);
    if (before === E && word.charCodeAt(n - 3) === I) return `${word.slice(0, -3)}y`;
    // Not after "s", "u" or "i": "class", "status", "analysis" keep their "s".
    if (before !== S && before !== U && before !== I) return word.slice(0, -1);
  }
  return word;
}

/** Lowercase, normalised (NFKC, invisible characters removed, look-alikes Latin), plain apostrophes. */
export function normalizeText(s: string): string {
  // Plain ASCII (most answers) needs no Unicode folding.
  if (!needsNormalising(s)) return s.toLowerCase().replace(UNIT_SUFFIX, spaceUnit);
  // The same normalisation as the injection detector (src/domain/text/normalise.ts).
  return normaliseText(s)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(UNIT_SUFFIX, spaceUnit);
}

export function tokenize(s: string): string[] {
  return (normalizeText(s).match(TOKEN) ?? []).map(foldToken);
}

interface Sentence {
  /** As written (minus list markers), so it can be quoted as evidence. */
  raw: string;
  /** normalizeText(raw), for the pattern detectors. */
  lower: string;
}

export interface TextIndex {
  sentences: Sentence[];
  tokens: string[];
  sentenceOf: number[];
  positions: Map<string, number[]>;
  /**
   * Distinct tokens bucketed by their first three characters (in order of first use), for prefix (word*)
   * terms; keyed by bucketKey().
   */
  buckets: Map<number, string[]>;
  /** Positions of every token starting with a prefix, filled on first use. */
  prefixPositions: Map<string, number[]>;
  words: number;
}

/** Sentence ends: punctuation or a semicolon and a space, but not after "e.g.", "i.e.", "vs." or "etc.". */
const SPLIT_SENTENCES = /(?<=[.!?;])(?<!\b(?:e\.g|i\.e|vs|etc|approx|incl|cf)\.)\s+(?=[^\s])/;
/** Bullets pasted inline from a web page ("Chunking • Fixed-size vs. semantic • Smaller = precise"). */
const INLINE_BULLET = /\s+[\u2022\u25aa\u25cf]\s+/;
const MARKER = /^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+|#{1,6}\s+|>\s*)+/;
const FENCE = /^\s*(?:```|~~~)/;
const TABLE_RULE = /^\s*\|?[\s:|-]+\|?\s*$/;
/** A line that cannot continue the previous one: list item, heading, quote or table row. */
const BLOCK_START = /^\s*(?:[-*+]\s|\d{1,2}[.)]\s|#{1,6}\s|>|\|)/;
/** A line that stands alone: a heading, a table row, or a line that is all bold ("**Privacy**"). */
const STANDALONE = /^\s*(?:#{1,6}\s|\||(?:\*\*|__)[^*_]+(?:\*\*|__):?\s*$)/;

/**
 * A plain-text heading: a short line (at most six words) with no closing punctuation, followed by a
 * line that starts a new sentence ("Intent Agent" above "This module analyzes ..."). Write-ups pasted
 * from web pages lose their heading markup; joined to the next line, a heading would read as its subject.
 */
function isHeadingLine(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (!t || t.length > 60 || !next || BLOCK_START.test(t) || !/^\s*[A-Z]/.test(next)) return false;
  // A line that stops mid-phrase ("We store chunks in") wraps onto the next one.
  if (/[.,;:!?\-–—(&+/]$/.test(t) || TRAILING_LINK.test(t)) return false;
  return t.split(/\s+/).length <= 6;
}

/** Words a wrapped line can end on but a heading does not. */
const TRAILING_LINK =
  /\b(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|with|by|from|into|via|as|than|that|which|is|are|was|were|be|we|our|its|their|this|i|it|they)$/i;

/**
 * A line that starts a new sentence after a line that ended without punctuation but not mid-phrase: items
 * and requirements pasted from a web page, one a line, lose their full stops ("... from slack channels" above
 * "The system shall allow ..."). Joined, they would read as one sentence. A line ending in a quotation
 * runs on (quoted speech and its reply belong together), and so does a line before "I".
 */
function startsAfterClause(open: string, line: string): boolean {
  if (!/^\s*[A-Z]/.test(line) || /^\s*I\b/.test(line)) return false;
  const t = open.trimEnd();
  return /[\p{L}\p{N})*]$/u.test(t) && !TRAILING_LINK.test(t);
}

/**
 * Markdown blocks, one string each: a paragraph or list item with its wrapped lines joined (a line
 * break inside a paragraph does not end a sentence), every line of a code fence, every table row.
 */
function markdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  let open: string | null = null;
  let fenced = false;
  const flush = () => {
    if (open !== null) blocks.push(open);
    open = null;
  };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!fenced && !FENCE.test(line) && isHeadingLine(line, lines[i + 1])) {
      flush();
      blocks.push(line);
      return;
    }
    if (FENCE.test(line)) {
      flush();
      fenced = !fenced;
      return;
    }
    if (fenced) {
      blocks.push(line);
      return;
    }
    if (!line.trim() || TABLE_RULE.test(line)) {
      flush();
      return;
    }
    if (STANDALONE.test(line)) {
      flush();
      blocks.push(line);
      return;
    }
    if (open === null || BLOCK_START.test(line) || startsAfterClause(open, line)) {
      flush();
      open = line;
    } else open = `${open} ${line.trim()}`;
  });
  flush();
  return blocks;
}

/** Splits Markdown into sentences: per block, on sentence-ending punctuation or semicolons. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of markdownBlocks(text)) {
    const body = block
      .replace(MARKER, '')
      .replace(/^\|\s*|\s*\|$/g, '')
      .trim();
    if (!body) continue;
    const items = /[\u2022\u25aa\u25cf]/.test(body) ? body.split(INLINE_BULLET) : [body];
    for (const part of items.flatMap((item) => item.split(SPLIT_SENTENCES))) {
      const s = part.trim();
      if (/[\p{L}\p{N}]/u.test(s)) out.push(s);
    }
  }
  return out;
}

/** Character classes of TOKEN by ASCII code: 1 a letter or digit, 2 also "@", "$" or "%". */
const TOKEN_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') TOKEN_CHAR[c.charCodeAt(0)] = 1;
for (const c of '@$%') TOKEN_CHAR[c.charCodeAt(0)] = 2;
const DOT = 46;

/**
 * Where the TOKEN match starting at `start` (a token character) ends: the same words as
 * `lower.match(TOKEN)`, read by character codes (never past the end) without an array per sentence.
 */
function tokenEnd(lower: string, start: number): number {
  const n = lower.length;
  let i = start + 1;
  for (; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128 || TOKEN_CHAR[c] === 0) break;
  }
  // (?:\.[a-z0-9]+)*: a dot continues the word only before a letter or digit.
  while (i + 1 < n && lower.charCodeAt(i) === DOT) {
    const next = lower.charCodeAt(i + 1);
    if (next >= 128 || TOKEN_CHAR[next] !== 1) break;
    for (i += 2; i < n; i++) {
      const c = lower.charCodeAt(i);
      if (c >= 128 || TOKEN_CHAR[c] !== 1) break;
    }
  }
  return i;
}

/**
 * A token's first three characters as one number: each is ASCII (below 128) and none is a NUL, so
 * different beginnings (of one, two or three characters) never share a key. A number is hashed without
 * building a string per token.
 */
export function bucketKey(tok: string): number {
  const n = Math.min(3, tok.length);
  let key = 0;
  for (let i = 0; i < n; i++) key = key * 128 + tok.charCodeAt(i);
  return key;
}

/** Builds the index the concept matchers and detectors run on. */
export function indexText(text: string): TextIndex {
  const sentences: Sentence[] = [];
  const tokens: string[] = [];
  const sentenceOf: number[] = [];
  const positions = new Map<string, number[]>();
  const buckets = new Map<number, string[]>();
  for (const raw of splitSentences(text)) {
    const lower = normalizeText(raw);
    const id = sentences.length;
    sentences.push({ raw, lower });
    for (let i = 0; i < lower.length;) {
      const c = lower.charCodeAt(i);
      if (c >= 128 || TOKEN_CHAR[c] === 0) {
        i++;
        continue;
      }
      const end = tokenEnd(lower, i);
      const tok = foldToken(lower.slice(i, end));
      i = end;
      const list = positions.get(tok);
      if (list) list.push(tokens.length);
      else {
        // A new word: listed in its bucket now, so buckets keep the order of first use.
        positions.set(tok, [tokens.length]);
        const key = bucketKey(tok);
        const bucket = buckets.get(key);
        if (bucket) bucket.push(tok);
        else buckets.set(key, [tok]);
      }
      tokens.push(tok);
      sentenceOf.push(id);
    }
  }
  return {
    sentences,
    tokens,
    sentenceOf,
    positions,
    buckets,
    prefixPositions: new Map(),
    words: tokens.length,
  };
}
