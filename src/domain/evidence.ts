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
