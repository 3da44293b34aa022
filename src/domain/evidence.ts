/**
 * Folds case, quotes, dashes and whitespace, and drops Markdown marks (emphasis, `>` quotes, headings,
 * table pipes), so a quote matches the answer it was copied from whichever side kept the marks.
 */
export function normalizeForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B`]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/[*_>#|]+/g, ' ')
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

/** Why a quote counts as evidence or not: a clause of the answer, in it but too short, or not in it. */
type QuoteStatus = 'verified' | 'too-short' | 'not-found';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function foundOnWordBoundaries(q: string, t: string): boolean {
  for (let i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + 1)) {
    const startsClean = !isWordChar(q[0]) || !isWordChar(t[i - 1]);
    const endsClean = !isWordChar(q[q.length - 1]) || !isWordChar(t[i + q.length]);
    if (startsClean && endsClean) return true;
  }
  return false;
}

/**
 * Whether `quote` is evidence from `text`: 'verified' when it is found verbatim (modulo whitespace, case,
 * Markdown marks and quote style) on word boundaries with at least MIN_QUOTE_WORDS words; 'too-short'
 * when it is found that way but has fewer words (a table row such as `| Latency | < 2 s |`, or "We
 * use"); 'not-found' otherwise, including text cut out of longer words.
 */
export function quoteStatus(quote: string, text: string): QuoteStatus {
  const q = normalizeForMatch(quote)
    .replace(/^(\.\.\.|…)|(\.\.\.|…)$/g, '')
    .trim();
  const words = q.match(WORD) ?? [];
  if (!q) return 'too-short';
  if (!foundOnWordBoundaries(q, normalizeForMatch(text))) return 'not-found';
  return words.length >= MIN_QUOTE_WORDS ? 'verified' : 'too-short';
}

/**
 * True when `quote` is a real clause of `text`: at least MIN_QUOTE_WORDS words, found verbatim and
 * starting and ending on word boundaries, so "We use" or "agents" cut out of longer words and phrases
 * verify nothing.
 */
export function verifyClause(quote: string, text: string): boolean {
  return quoteStatus(quote, text) === 'verified';
}

/** Why an unverified quote did not count, checked against every text it may have come from. */
export function unverifiedReason(quote: string, texts: readonly string[]): 'too-short' | 'not-found' {
  return texts.some((t) => quoteStatus(quote, t) !== 'not-found') ? 'too-short' : 'not-found';
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

interface QuoteSourceAttempt {
  answers: Readonly<Record<string, { text: string }>>;
  diagram: { source: string };
  gradeHistory: Readonly<Partial<Record<string, readonly { text: string; grade: { answerHash: string } }[]>>>;
}

/** Where a quote in a section's grade may come from: the text that was graded, every section now, the diagram. */
export function quoteSources(attempt: QuoteSourceAttempt, section: string, answerHash: string): string[] {
  const graded = (attempt.gradeHistory[section] ?? [])
    .filter((v) => v.grade.answerHash === answerHash)
    .map((v) => v.text);
  return [...graded, ...Object.values(attempt.answers).map((a) => a.text), attempt.diagram.source];
}
