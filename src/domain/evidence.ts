/** Folds case, quotes, dashes and whitespace so a quote matches the answer it was copied from. */
export function normalizeForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B`]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[*_>#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when `quote` appears verbatim in `text` (modulo whitespace, case, Markdown emphasis and quote style). */
export function verifyQuote(quote: string, text: string): boolean {
  const q = normalizeForMatch(quote)
    .replace(/^\.\.\.|\.\.\.$/g, '')
    .trim();
  if (q.length < 3) return false;
  return normalizeForMatch(text).includes(q);
}

/** A quote is evidence only when it is a clause: at least this many words. */
export const MIN_QUOTE_WORDS = 4;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * True when `quote` is a real clause of `text`: at least MIN_QUOTE_WORDS words, found verbatim (modulo
 * whitespace, case, Markdown emphasis and quote style) and starting and ending on word boundaries, so
 * "We use" or "agents" cut out of longer words and phrases verify nothing.
 */
export function verifyClause(quote: string, text: string): boolean {
  const q = normalizeForMatch(quote)
    .replace(/^(\.\.\.|…)|(\.\.\.|…)$/g, '')
    .trim();
  const words = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < MIN_QUOTE_WORDS) return false;
  const t = normalizeForMatch(text);
  for (let i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + 1)) {
    const startsClean = !isWordChar(q[0]) || !isWordChar(t[i - 1]);
    const endsClean = !isWordChar(q[q.length - 1]) || !isWordChar(t[i + q.length]);
    if (startsClean && endsClean) return true;
  }
  return false;
}

/**
 * Whether a grade counts toward totals and progress. An LLM grade that gives credit with no verified
 * quote rests on text the candidate did not write (or on nothing), so it is shown but not counted.
 */
export function countsTowardTotal(grade: {
  score: number;
  grader: { kind: string };
  evidence: readonly { verified: boolean }[];
}): boolean {
  if (grade.grader.kind !== 'llm' || grade.score === 0) return true;
  return grade.evidence.some((e) => e.verified);
}
