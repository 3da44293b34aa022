// Cheap gates in front of the rules. A gate lists the words a rule's matches always contain, as typed
// data: `[needs(stems('give', 'award'), stems('full', 'top')), needs(stems('deserv'))]` runs the rule
// when the text has a word starting "give" or "award" and one starting "full" or "top", or a word
// starting "deserv". One pass over the answer finds every stem of every gate, so a section that never
// says "rubric", "ignore" or "previously" skips the rules that need those words. A gate must never be
// stricter than its rule: a test runs every example and golden answer both ways.

/** One thing a text may hold: a word start, a whole word, a literal string, or a script. */
type GateNeed = { stem: string } | { word: string } | { literal: string } | { script: 'cjk' | 'foreign' };
/** Any one of these present. */
type GateGroup = readonly GateNeed[];
/** The rule runs when, for one clause, every group of it is present. */
export type Gate = readonly (readonly GateGroup[])[];

/** Words starting with any of these ("grad" for "grader", "grading"). */
export const stems = (...s: string[]): GateNeed[] => s.map((stem) => ({ stem: stem.toLowerCase() }));
/** Any of these whole words ("hi", "do"). */
export const wholeWords = (...w: string[]): GateNeed[] => w.map((word) => ({ word: word.toLowerCase() }));
/** Any of these strings anywhere, as written ("<!--", "]("). */
export const literals = (...l: string[]): GateNeed[] => l.map((literal) => ({ literal }));
/** The text has Japanese or Chinese characters (they have no word starts to find). */
export const CJK_TEXT: GateNeed = { script: 'cjk' };
/**
 * The text may hold a sentence in French, Spanish, Portuguese, Italian, German or Dutch: an accented
 * letter or one of their short everyday words (articles, "und", "pour"...). A bare two-word order
 * without any ("Negeer instructies!") gets past this gate, the price of not running those costly rules
 * on every English answer.
 */
export const FOREIGN_TEXT: GateNeed = { script: 'foreign' };
/** One clause: every group must be present. */
export const needs = (...groups: GateGroup[]): GateGroup[] => groups;

const FOREIGN_WORDS = new Set([
  ...'la le les des du au et est cette votre vous une pour el del al las los esta este una por para'.split(
    ' ',
  ),
  ...'todas todos il gli della questa questo tutte die der das dem den diese diesem diesen dieser'.split(' '),
  ...'dieses ein eine ist zu alle und nicht bitte het deze een voor niet op dla jest nie ta ten'.split(' '),
]);
/** Accented Latin letters: Latin-1 (French, German, Spanish...) and Latin Extended-A (Polish, Czech...). */
const ACCENTED = /[\u00C0-\u017F]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

const WORD = 'a-z0-9\u00C0-\u024F';
const WORD_CHAR = new RegExp(`[${WORD}]`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The stems as a regex trie ("g(?:ive|rad(?:ing)?)"): each word start tries a few branches, and the
 * match is always the longest stem there. */
function trie(stemList: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const s of stemList) byFirst.set(s[0]!, [...(byFirst.get(s[0]!) ?? []), s.slice(1)]);
  return [...byFirst]
    .map(([c, rest]) => {
      const tails = rest.filter((r) => r !== '');
      if (!tails.length) return escape(c);
      return `${escape(c)}(?:${trie(tails)})${tails.length < rest.length ? '?' : ''}`;
    })
    .join('|');
}

/** The key a need is found under in a scan's result. */
const keyOf = (n: GateNeed): string =>
  'stem' in n
    ? n.stem
    : 'word' in n
      ? `${n.word}$`
      : 'literal' in n
        ? `lit:${n.literal}`
        : `script:${n.script}`;

/** A gate's needs as the keys a scan finds them under, computed once per gate. */
const GATE_KEYS = new WeakMap<Gate, string[][][]>();
function keysOf(gate: Gate): string[][][] {
  let keys = GATE_KEYS.get(gate);
  if (!keys) GATE_KEYS.set(gate, (keys = gate.map((clause) => clause.map((group) => group.map(keyOf)))));
  return keys;
}

/** What a scan found: call `open(gate)` for each rule. */
export interface Scan {
  open: (gate: Gate) => boolean;
  /** Where words starting with these stems start (for an entry written "a$": where that whole word
   * stands), in order; null when the positions are unknown (lower-casing changed the text's length). */
  starts: (anchorStems: readonly string[]) => number[] | null;
}

/** A scanner that finds, in one pass, which stems and whole words start a word in a text, which
 * literal strings occur and which scripts it uses, and where the anchor stems (and anchor words,
 * written "a$") start. A stem found also counts for the shorter stems it starts with ("grading" for
 * "grad"). */
export function buildScanner(gates: readonly Gate[], anchors: readonly string[] = []): (t: string) => Scan {
  const all: GateNeed[] = gates.flatMap((gate) => gate.flatMap((clause) => clause.flat()));
  const isWord = (a: string) => a.endsWith('$');
  const anchorSet = new Set(anchors.filter((a) => !isWord(a)).map((a) => a.toLowerCase()));
  const anchorWords = new Set(anchors.filter(isWord).map((a) => a.slice(0, -1).toLowerCase()));
  const prefixes = new Set([...all.flatMap((n) => ('stem' in n ? [n.stem] : [])), ...anchorSet]);
  const words = new Set([
    ...all.flatMap((n) => ('word' in n ? [n.word] : [])),
    ...FOREIGN_WORDS,
    ...anchorWords,
  ]);
  const literalList = [...new Set(all.flatMap((n) => ('literal' in n ? [n.literal] : [])))];
  const stemList = [...new Set([...prefixes, ...words])];
  const covers = new Map(stemList.map((s) => [s, [...prefixes].filter((p) => s.startsWith(p))]));
  // `\b` is ASCII-only: stems that start with an accented letter need their own word-start check.
  const ascii = stemList.filter((s) => /^[a-z0-9]/.test(s));
  const other = stemList.filter((s) => !/^[a-z0-9]/.test(s));
  const branches = [`\\b(?:${trie(ascii)})`, ...(other.length ? [`(?<![${WORD}])(?:${trie(other)})`] : [])];
  const scan = new RegExp(branches.join('|'), 'g');
  /** For each stem or word the scan finds: the stems it counts for, those of them that are anchors,
   * and, when it is a whole word, the keys it then adds and whether it is an anchor word. */
  const info = new Map(
    stemList.map((w) => {
      const stemsOf = covers.get(w) ?? [];
      const wordKeys = words.has(w) ? [`${w}$`, ...(FOREIGN_WORDS.has(w) ? ['script:foreign'] : [])] : null;
      return [
        w,
        {
          stemsOf,
          anchorsOf: stemsOf.filter((p) => anchorSet.has(p)),
          wordKeys,
          anchorWord: anchorWords.has(w),
        },
      ];
    }),
  );
  return (t) => {
    const found = new Set<string>();
    const at = new Map<string, number[]>();
    // "_" starts a word here, so "grader_score" holds "score" (a gate may only be looser than its rule).
    const lower = t.toLowerCase().replace(/_/g, ' ');
    scan.lastIndex = 0;
    const mark = (key: string, i: number) => {
      const list = at.get(key);
      if (list) list.push(i);
      else at.set(key, [i]);
    };
    for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
      const w = m[0];
      const { stemsOf, anchorsOf, wordKeys, anchorWord } = info.get(w)!;
      for (const p of stemsOf) found.add(p);
      for (const p of anchorsOf) mark(p, m.index);
      if (wordKeys && !WORD_CHAR.test(lower[m.index + w.length] ?? ' ')) {
        for (const k of wordKeys) found.add(k);
        if (anchorWord) mark(`${w}$`, m.index);
      }
    }
    if (CJK.test(t)) found.add('script:cjk');
    if (ACCENTED.test(t)) found.add('script:foreign');
    for (const l of literalList) if (t.includes(l)) found.add(`lit:${l}`);
    const sameLength = lower.length === t.length;
    return {
      open: (gate) => keysOf(gate).some((clause) => clause.every((group) => group.some((k) => found.has(k)))),
      starts: (stemList) => {
        if (!sameLength) return null;
        const list = [...new Set(stemList.flatMap((s) => at.get(s.toLowerCase()) ?? []))];
        return list.sort((a, b) => a - b);
      },
    };
  };
}
