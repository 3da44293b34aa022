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

/** Any of the phrases as whole words: `\b(?:a|b|c)\b`, compiled with the given flags. */
export function anyOf(list: readonly string[], flags = ''): RegExp {
  return new RegExp(`\\b(?:${alt(list)})\\b`, flags);
}
