// Options without a choice. Most hedges are single phrases (HEDGE in cue-patterns.ts: "we could",
// "maybe", "consider"); two need a closer look, because design prose uses the same words to state facts:
// - "can be" hedges an option ("results can be cached", "the store can be a managed service") but not a
//   fact about the problem ("documents can be 400 pages long", "it can be difficult to find");
// - "such as A or B" offers alternatives when it names products or just two options ("a store like
//   Pinecone or Weaviate"), but a longer plain list gives examples ("a workspace, such as Mobility, Ads,
//   or Delivery").
import { HEDGE } from './cue-patterns';
import { TECH } from './tech-terms';
import { anyMatch } from './pattern-test';
import { byFirstLetter, phrases } from './phrase-list';

/** What follows "can be" when it offers an option: a participle or a thing ("can be cached", "can be a"). */
const CAN_BE = new RegExp(
  String.raw`\bcan be\s+(?:[a-z]+ly\s+)?(?:[a-z-]+(?:ed|en|wn)\b|${byFirstLetter(phrases`
    a, an, the, any, one, either, done, used, set, run, put, cut, split, kept, built, sent, made
  `)})\b`,
);

/** An example list ending in "or": "such as A, B, or C" (the words before "or", then the next item). */
const EXAMPLES = /\b(?:such as|like|e\.g\.)\s([^.;]*)\bor\s+([^\s,.;]+)/;

/** The single-phrase hedges and "can be" before an option (a caller may pre-check them, see signals.ts). */
export const HEDGE_PATTERNS: readonly RegExp[] = [HEDGE, CAN_BE];
/** The single-phrase hedges and "can be" before an option, in one pass (see pattern-test.ts). */
const IS_HEDGE = anyMatch(HEDGE_PATTERNS);

/**
 * True when the sentence offers options without choosing one. `mayHedge` is false when a pre-check
 * found that no HEDGE_PATTERNS can match, so only the example-list test runs.
 */
export function isHedged(lower: string, mayHedge = true): boolean {
  if (mayHedge && IS_HEDGE.test(lower)) return true;
  const m = EXAMPLES.exec(lower);
  if (!m) return false;
  const items = `${m[1]!} ${m[2]!}`;
  return !m[1]!.includes(',') || TECH.test(items);
}
