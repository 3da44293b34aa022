// Picks up to four sentences that earned credit, quoted exactly as written and verified against the
// original answer, so injected or cleaned-away text can never be quoted.
import { normalizeForMatch } from '../evidence';
import type { Evidence } from '../grade-schema';
import type { Analysis } from './analyse';
import type { TextIndex } from './text-index';

const MAX_QUOTE = 300;

const NON_ASCII = /[^\t\n\r -~]/;
/**
 * normalizeForMatch() with a fast path for plain ASCII (most answers): NFKC and the typographic
 * replacements change nothing there, so only the Markdown marks, spaces and case are folded.
 */
export function normalizeForQuote(s: string): string {
  if (NON_ASCII.test(s)) return normalizeForMatch(s);
  return (
    s
      .replace(/`/g, "'")
      .replace(/[*_>#|]+/g, ' ')
      // Every run of white space becomes one space; a lone space (most of them) is left as it is.
      .replace(/\s\s+|[^\S ]/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/** verifyQuote() with the answer normalised once instead of once per quote (same rules). */
function quoteChecker(original: string): (quote: string) => boolean {
  const text = normalizeForQuote(original);
  return (quote) => {
    const q = normalizeForQuote(quote)
      .replace(/^\.\.\.|\.\.\.$/g, '')
      .trim();
    return q.length >= 3 && text.includes(q);
  };
}

/**
 * A sentence as plain text for quoting: no Markdown emphasis, a table row reduced to its
 * longest cell, and a long sentence cut at a word boundary (never mid-word) with "...".
 */
function plainQuote(raw: string): string {
  let text = raw;
  if (text.includes('|')) {
    const cells = text.split('|').map((c) => c.trim());
    text = cells.reduce((a, b) => (b.length > a.length ? b : a), '');
  }
  text = text
    // A bold lead-in label ("**Hybrid search**:") is a heading, not part of the claim.
    .replace(/^\s*(\*\*|__)[^*_]{1,60}\1\s*[:.–—-]\s*/, '')
    .replace(/(\*\*|__)(.+?)\1(?=[\s]|$)/g, '$2')
    .replace(/(^|\s)[*_](\S[^*_]*?)[*_](?=\s|[.,;:!?]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  return clipAtWord(text);
}

/** A long text cut at a word boundary (never mid-word), with "...". */
function clipAtWord(text: string): string {
  if (text.length <= MAX_QUOTE) return text;
  const cut = text.slice(0, MAX_QUOTE - 3);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}...`;
}

export function pickEvidence(index: TextIndex, a: Analysis, original: string): Evidence[] {
  const decisions = new Set(a.decisionSentences);
  const scored = index.sentences.map((s, i) => {
    const sig = a.signals[i]!;
    // Distinct already: a criterion's group is listed once per sentence.
    const concepts = a.sentenceConcepts[i]!.length;
    const credit =
      concepts +
      (decisions.has(i) ? 2 : 0) +
      Math.min(2, sig.numbers.length) +
      (sig.tradeoff ? 1 : 0) +
      (sig.failure ? 1 : 0) +
      (sig.target ? 1 : 0);
    return { i, raw: s.raw, credit, onTopic: concepts > 0 || decisions.has(i) };
  });
  // Sentences that earned real credit; a superficial answer still gets the sentence that named the topic.
  const floor = scored.some((s) => s.onTopic && s.credit >= 2) ? 2 : 1;
  const candidates = scored
    .filter((s) => s.onTopic && s.credit >= floor)
    .sort((x, y) => y.credit - x.credit || x.i - y.i);
  const verify = quoteChecker(original);
  const seen = new Set<string>();
  const picked: { i: number; quote: string }[] = [];
  for (const c of candidates) {
    if (picked.length === 4) break;
    const key = c.raw
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const plain = plainQuote(c.raw);
    if (verify(plain)) picked.push({ i: c.i, quote: plain });
    else {
      const clipped = clipAtWord(c.raw);
      if (verify(clipped)) picked.push({ i: c.i, quote: clipped });
    }
  }
  return picked.sort((x, y) => x.i - y.i).map((s) => ({ quote: s.quote, verified: true }));
}
