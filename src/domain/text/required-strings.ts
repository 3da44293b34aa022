// The strings every match of a regular expression must contain, read from its source: a quick
// necessary test in front of a costly pattern. `/\bthe (?:task|data) section\b/i` matches only text
// holding "section"; a sentence without it is skipped without running the pattern. The reading is
// conservative: whatever it does not understand (back-references, the v flag, large classes) counts
// as "no requirement", and then the pattern always runs. Only for plain ASCII text, lower-cased:
// there, a case-insensitive pattern matches a letter exactly when its lower-case form is present.
import { buildTrie } from './string-trie';
import { COMMON, NON_ASCII, RARE_MARKS, requiredMarks, requiredStrings } from './regex-reading';

export { requiredStrings } from './regex-reading';

/** Bit per rare mark, by ASCII code (0: not a rare mark). */
const MARK_BIT = new Uint16Array(128);
[...RARE_MARKS].forEach((c, i) => (MARK_BIT[c.charCodeAt(0)] = 1 << i));

/**
 * A pre-check for many patterns at once. `scan(text)` reads a text once and says, per pattern, whether
 * it may match: false only when the text is plain ASCII and holds none of the strings every match of
 * that pattern needs, or none of the rare marks (":", "=") it needs. Patterns with neither always may.
 */
export function requiredScanner(patterns: readonly RegExp[]): (text: string) => Uint8Array {
  // A pattern satisfied by one of the commonest words is not worth checking: nearly every sentence has
  // one, and finding them would cost the scan most of its matches.
  const required = patterns.map(requiredStrings).map((r) => (r?.some((s) => COMMON.has(s)) ? null : r));
  const always = new Uint8Array(patterns.length);
  required.forEach((r, i) => (always[i] = r ? 0 : 1));
  const owners = new Map<string, number[]>();
  // A string with a character beyond ASCII is never in the texts the scan reads: it is left out.
  for (const [i, r] of required.entries())
    for (const s of r ?? []) if (!NON_ASCII.test(s)) owners.set(s, [...(owners.get(s) ?? []), i]);
  const trie = buildTrie(owners);
  // Per pattern, the rare marks one of which it needs, as bits (0: none known).
  const markNeeds = patterns.map((p) =>
    (requiredMarks(p) ?? []).reduce((m, c) => m | MARK_BIT[c.charCodeAt(0)]!, 0),
  );
  const anyMarks = markNeeds.some((m) => m !== 0);
  /** Per trie node with owners, the call that last marked them (and those of its suffixes): each once a call. */
  const markedIn = new Uint32Array(trie ? trie.fail.length : 0);
  let call = 0;
  return (text) => {
    const may = always.slice();
    if (NON_ASCII.test(text)) return may.fill(1);
    if (!trie) return anyMarks ? withMarks(may.fill(1), markNeeds, text) : may.fill(1);
    const { step, fail, owned, width, alphabet, ownersAt } = trie;
    if (++call === 0xffffffff) {
      markedIn.fill(0);
      call = 1;
    }
    // One pass (Aho-Corasick): after each character, `node` is the longest string prefix the text ends
    // with; it and its suffixes (fail links) are the strings ending there, overlapping ones included.
    let present = 0;
    let node = 0;
    const n = text.length;
    for (let j = 0; j < n; j++) {
      let c = text.charCodeAt(j);
      if (c >= 65 && c <= 90) c += 32;
      present |= MARK_BIT[c]!;
      const a = alphabet[c]!;
      // A character in no string: no string spans it.
      if (a === 0) {
        node = 0;
        continue;
      }
      node = step[node * width + a]!;
      // Only the suffixes where a string ends (`owned` skips the others).
      for (let x = owned[node]!; x !== 0 && markedIn[x] !== call; x = owned[fail[x]!]!) {
        markedIn[x] = call;
        for (const k of ownersAt[x]!) may[k] = 1;
      }
    }
    if (anyMarks)
      for (let k = 0; k < markNeeds.length; k++)
        if (markNeeds[k]! !== 0 && (markNeeds[k]! & present) === 0) may[k] = 0;
    return may;
  };
}

/** Rules out (in `may`) each pattern needing a rare mark the text lacks. */
function withMarks(may: Uint8Array, markNeeds: readonly number[], text: string): Uint8Array {
  let present = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) present |= MARK_BIT[c]!;
  }
  for (let k = 0; k < markNeeds.length; k++)
    if (markNeeds[k]! !== 0 && (markNeeds[k]! & present) === 0) may[k] = 0;
  return may;
}
