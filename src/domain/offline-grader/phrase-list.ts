// Phrase lists for the grader's patterns, written a short line at a time and joined into regular
// expressions here, so a list reads (and diffs) as a list rather than as one long alternation.

/**
 * The phrases of a template literal, read raw: a backslash stays a backslash, so a regex fragment is
 * written exactly as it would be inside /.../. Phrases are separated by a comma followed by white
 * space, or by a line break; surrounding spaces and empty items are dropped. A comma with no space
 * after it ("{0,3}", "[,;]") stays inside its phrase.
 */
export function phrases(strings: TemplateStringsArray, ...values: readonly string[]): string[] {
  return String.raw(strings, ...values)
    .split(/,\s+|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The phrases as one alternation, `a|b|c`, for use inside a larger pattern. */
export function alt(list: readonly string[]): string {
  if (list.length === 0) throw new Error('alt: an empty phrase list would match everything');
  return list.join('|');
}

/** True when a phrase is itself an alternation at its top level (`a|b`, not `(?:a|b)` or `[|]`). */
function hasTopLevelBar(p: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The phrases as an alternation grouped by first letter (`ab|c|ad` -> `a(?:b|d)|c`), so the engine
 * tries only the phrases that start with the letter it reads. Phrases with different first letters never
 * match at the same place and each group keeps its phrases in order, so every match is the same. Only
 * when each phrase opens with a plain lowercase letter or digit that no quantifier follows; else `alt`.
 * Like `alt`, for use inside a group of a larger pattern, and not in a case-insensitive one.
 */
export function byFirstLetter(list: readonly string[]): string {
  const plain = (p: string) => /^[a-z0-9](?![?*+{])/.test(p) && !hasTopLevelBar(p);
  if (!list.length || !list.every(plain)) return alt(list);
  const groups = new Map<string, string[]>();
  for (const p of list) {
    const rest = groups.get(p[0]!);
    if (rest) rest.push(p.slice(1));
    else groups.set(p[0]!, [p.slice(1)]);
  }
  return [...groups]
    .map(([c, rest]) => (rest.length === 1 ? c + rest[0] : `${c}(?:${rest.join('|')})`))
    .join('|');
}

/** Any of the phrases as whole words: `\b(?:a|b|c)\b`, compiled with the given flags. */
export function anyOf(list: readonly string[], flags = ''): RegExp {
  // A case-insensitive pattern would let two groups ("a...", "A...") match at the same place.
  const body = flags.includes('i') ? alt(list) : byFirstLetter(list);
  return new RegExp(`\\b(?:${body})\\b`, flags);
}
