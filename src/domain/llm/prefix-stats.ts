/** Token count approximation used by the bench and the scripted server: about 4 characters per token. */
export function approxTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Length of the longest common prefix of two strings. */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the prefix every string shares. */
function sharedPrefixLength(texts: readonly string[]): number {
  if (texts.length === 0) return 0;
  let len = texts[0]?.length ?? 0;
  for (const t of texts.slice(1)) len = Math.min(len, commonPrefixLength(texts[0] ?? '', t));
  return len;
}

interface PrefixShare {
  /** Tokens (approx.) of the prefix identical across all requests. */
  sharedTokens: number;
  /** Per request: shared prefix / request length. */
  shares: number[];
}

/** How much of each request's input is a prefix identical across all of them (what a prefix cache can reuse). */
export function prefixShare(texts: readonly string[]): PrefixShare {
  const shared = sharedPrefixLength(texts);
  return {
    sharedTokens: approxTokens(texts[0]?.slice(0, shared) ?? ''),
    shares: texts.map((t) => (t.length ? shared / t.length : 0)),
  };
}
