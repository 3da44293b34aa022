// Matches rubric terms ("vector store", "rerank*") against a TextIndex. A trailing * matches any
// word ending; multi-word terms must appear in order inside one sentence.
import { foldToken, normalizeText, TOKEN, type TextIndex } from './text-index';

export interface Term {
  tokens: string[];
  /** The last token is a prefix (the term ended with *). */
  prefix: boolean;
  /** The term as written, without the *, for feedback text. */
  label: string;
}

export function compileTerm(raw: string): Term | null {
  const trimmed = normalizeText(raw).trim();
  const prefix = trimmed.endsWith('*');
  const label = prefix ? trimmed.slice(0, -1).trim() : trimmed;
  const words = label.match(TOKEN) ?? [];
  if (!words.length) return null;
  const tokens = words.map((w, i) => (prefix && i === words.length - 1 ? w : foldToken(w)));
  return { tokens, prefix, label };
}

/** Compiles concept groups (synonym lists), dropping terms that have no word characters. */
export function compileGroups(groups: readonly (readonly string[])[]): Term[][] {
  return groups.map((g) => g.map(compileTerm).filter((t): t is Term => t !== null));
}

function firstPositions(index: TextIndex, term: Term): number[] {
  const first = term.tokens[0]!;
  if (!(term.prefix && term.tokens.length === 1)) return index.positions.get(first) ?? [];
  const cached = index.prefixPositions.get(first);
  if (cached) return cached;
  const out: number[] = [];
  if (first.length >= 2) {
    for (const tok of index.buckets.get(first.slice(0, 2)) ?? [])
      if (tok.startsWith(first)) out.push(...(index.positions.get(tok) ?? []));
  } else {
    // A one-character stem ("$*"): every bucket that starts with it.
    for (const [key, toks] of index.buckets)
      if (key.startsWith(first)) for (const tok of toks) out.push(...(index.positions.get(tok) ?? []));
  }
  index.prefixPositions.set(first, out);
  return out;
}

/** Sentence ids where the term occurs (may repeat). */
export function termSentences(index: TextIndex, term: Term): number[] {
  const out: number[] = [];
  const n = term.tokens.length;
  for (const p of firstPositions(index, term)) {
    if (n === 1) {
      out.push(index.sentenceOf[p]!);
      continue;
    }
    let ok = p + n <= index.tokens.length;
    for (let i = 1; ok && i < n; i++) {
      const tok = index.tokens[p + i]!;
      const want = term.tokens[i]!;
      ok =
        (term.prefix && i === n - 1 ? tok.startsWith(want) : tok === want) &&
        index.sentenceOf[p + i] === index.sentenceOf[p];
    }
    if (ok) out.push(index.sentenceOf[p]!);
  }
  return out;
}

/** True when the term occurs at all: cheaper than termSentences when only presence matters. */
export function hasTerm(index: TextIndex, term: Term): boolean {
  const first = term.tokens[0]!;
  if (term.tokens.length > 1) return termSentences(index, term).length > 0;
  if (!term.prefix) return index.positions.has(first);
  if (first.length < 2) return firstPositions(index, term).length > 0;
  for (const tok of index.buckets.get(first.slice(0, 2)) ?? []) if (tok.startsWith(first)) return true;
  return false;
}

/** How many concept groups occur (each group once). */
export function countGroups(index: TextIndex, groups: readonly Term[][]): number {
  let n = 0;
  for (const terms of groups) if (terms.some((t) => hasTerm(index, t))) n++;
  return n;
}

export interface GroupHit {
  group: number;
  /** The first term of the group that matched, for feedback. */
  term: string;
  sentences: Set<number>;
}

/** For each concept group that occurs, the sentences it occurs in. Each group counts once. */
export function matchGroups(index: TextIndex, groups: readonly Term[][]): GroupHit[] {
  const hits: GroupHit[] = [];
  groups.forEach((terms, group) => {
    let hit: GroupHit | null = null;
    for (const term of terms) {
      const found = termSentences(index, term);
      if (!found.length) continue;
      hit ??= { group, term: term.label, sentences: new Set() };
      for (const s of found) hit.sentences.add(s);
    }
    if (hit) hits.push(hit);
  });
  return hits;
}

/** The readable name of a concept group: its first full term (one without a *), else its first stem. */
export function groupLabel(terms: readonly Term[]): string {
  return (terms.find((t) => !t.prefix) ?? terms[0])?.label ?? '';
}
