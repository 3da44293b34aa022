// "Does any of these patterns match this sentence?" in one pass of the regex engine, with the same
// answer as testing each pattern in turn. The sentence detectors only ask yes or no, so the order in
// which alternatives are tried does not matter; what costs time is trying a long list of them at every
// position of the text. Two rewrites cut that cost: the patterns become one alternation, and the
// alternatives that open with a word boundary (`\bbecause|\btoo late|...`) share a single `\b` check,
// which fails at once inside a word instead of once per alternative.

/** Something that answers whether a text matches, like RegExp#test. */
interface Tester {
  test(text: string): boolean;
}

/** The top-level alternatives of a pattern source (`a|(?:b|c)|[|]` -> `a`, `(?:b|c)`, `[|]`). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** A flag (g, y, i, m ...) changes what a test means; a back-reference would be renumbered by the join. */
const joinable = (re: RegExp) => re.flags === '' && !/\\(?:[1-9]|k<)/.test(re.source);

/** One tester for "any of the patterns matches", the same answer as `patterns.some((re) => re.test(text))`. */
export function anyMatch(patterns: readonly RegExp[]): Tester {
  if (!patterns.every(joinable)) return { test: (text) => patterns.some((re) => re.test(text)) };
  const bounded: string[] = [];
  const others: string[] = [];
  for (const alternative of patterns.flatMap((re) => topLevelAlternatives(re.source))) {
    // A quantifier right after `\b` would bind differently once the `\b` is shared: keep such a one apart.
    if (alternative.startsWith('\\b') && !/^\\b[?*+{]/.test(alternative)) bounded.push(alternative.slice(2));
    else others.push(alternative);
  }
  const shared = bounded.length ? [`\\b(?:${bounded.join('|')})`] : [];
  return new RegExp([...shared, ...others].join('|'));
}
