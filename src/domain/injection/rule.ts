// What a detector rule is, and the helpers its patterns are built from. A rule finds one kind of text
// addressed to the grader, says which span of the answer to remove, and carries its own examples: text
// it must flag (by its own id) and design prose no rule may flag. rules.test.ts checks every example.
import type { Gate } from './gates';
import type { Span } from './spans';

export interface Rule {
  /** Stable name, reported with every flag ("fake-role-tag"). */
  id: string;
  /** What the rule found, in words a candidate reads. */
  reason: string;
  re: RegExp;
  /** The span to remove for a match, or null when the match is ordinary prose. */
  span: (t: string, m: RegExpExecArray) => Span | null;
  /** Words every match holds (see gates.ts); the rule is skipped when the text has none of them. */
  gate?: Gate;
  /**
   * Where every match starts: at a word starting with one of these stems ("a$": at the whole word
   * "a"), or at a line start. The detector then tries the pattern only there, instead of at every
   * character of the answer.
   */
  anchor?: readonly string[] | 'line';
  mustFlag: readonly string[];
  mustAllow: readonly string[];
}

/** A regex alternation of the given sources (or word lists): "(?:a|b|c)". */
export const anyOf = (...alts: readonly (string | readonly string[])[]): string =>
  `(?:${alts.flat().join('|')})`;

/** A space-separated word list as an array ("give award assign" -> ["give", "award", "assign"]). */
export const list = (words: string): string[] => words.trim().split(/\s+/);

/** Builds a regex from named parts written one after the other. */
export const pattern = (parts: readonly string[], flags = 'gi'): RegExp => new RegExp(parts.join(''), flags);
