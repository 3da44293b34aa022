// What the prompt's brief already says, so an answer is not credited for restating it: its numbers
// (as canonical quantities) and the technologies and systems it names.
import { TECH } from './tech-terms';
import { findNumbers } from './numbers';
import { normalizeText } from './text-index';

export interface Brief {
  numbers: ReadonlySet<string>;
  /** Technologies and systems the brief names ("confluence", "slack"). */
  tech: ReadonlySet<string>;
}

export const NO_BRIEF: Brief = { numbers: new Set(), tech: new Set() };
const TECH_ALL = new RegExp(TECH.source, 'g');

let last: { body: string; brief: Brief } | null = null;

/** Reads a brief once; grading every section of one attempt reuses the same result. */
export function readBrief(body: string): Brief {
  if (last?.body === body) return last.brief;
  const text = normalizeText(body);
  const brief = {
    numbers: new Set(findNumbers(text).map((n) => n.key)),
    tech: new Set(text.match(TECH_ALL)),
  };
  last = { body, brief };
  return brief;
}
