// Rule 8 of the golden set: restating is not deciding. A sentence that tells the brief's story in the
// past ("the budget was set in 2019 and has been cut twice, which is why today only 62% is covered"),
// with only the brief's figures, no figure or technology of the candidate's and no writer speaking for
// the system ("we", "our", "I"), reads the brief back: its "which is why" is the client's history, not
// a trade-off the candidate made, and its "must" is not the candidate's decision. A design stated with
// a brief figure ("the pay decision is code because the EUR 50 rule has to be exact") is in the present
// and keeps its credit.
import type { SentenceSignals } from './signals';

/** Told in the past: "was set", "were cut", "has been", "had". */
const PAST = /\b(?:was|were|had|has\s+been|have\s+been)\b/;

/** True when the sentence only reads the brief's story back (see the file comment); `writer`: "we/our/I" present. */
export function readsBackBrief(sig: SentenceSignals, lower: string, writer: boolean): boolean {
  if (sig.restated === 0 || sig.numbers.length > 0 || sig.tech || writer) return false;
  // Two or more of the brief's figures in a sentence that gives no reason of its own lists the brief's
  // constraints back, in any tense ("cards are printed 10 days before delivery, swaps arrive 48 hours ...").
  return PAST.test(lower) || (sig.restated >= 2 && !sig.tradeoff);
}
