// One normalisation for everything that reads an answer: the injection detector and the offline
// grader must see the same text, or a word hidden from one (a zero-width space inside "rubric", a
// Cyrillic "о" in "score") is read differently by the other. NFKC folds full-width and compatibility
// forms; invisible characters (zero-width, joiners, bidi controls, fillers, variation selectors, Unicode
// tag characters) and enclosing marks (the keycap of "4️⃣") are dropped; Cyrillic, Greek, Armenian and IPA
// letters that look Latin are made Latin.

/** Zero-width, joiner, bidi-control, filler, variation-selector and tag code points, as inclusive
 * ranges (a regex class would mix in combining marks). */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  // Enclosing marks: a circle, square or keycap drawn around the character before ('4⃣' reads '4').
  [0x20dd, 0x20e4],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];

/** True for a code point that renders as nothing. */
export const isInvisible = (cp: number): boolean => INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);

/** Cyrillic, Greek, Armenian and IPA letters that look like Latin ones, as (look-alike, Latin) pairs. */
const LOOKALIKE_PAIRS = [
  'аaвbеeёeкkмmнhоoрpсcтtуyхxіiїiјjѕsһhԁdԛqԝwɑaɡgıi',
  'οoαaεeιiκkνvρpτtυuχxϲcϳjςc',
  // Armenian, IPA and small-capital letters used the same way.
  'օoսuոnհhɩiɪiӏlʟl',
  'АAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSҮY',
  'ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX',
].join('');
const LOOKALIKES = new Map<string, string>();
for (let i = 0; i + 1 < LOOKALIKE_PAIRS.length; i += 2)
  LOOKALIKES.set(LOOKALIKE_PAIRS[i]!, LOOKALIKE_PAIRS[i + 1]!);

const NON_ASCII = /[^\t\n\r -~]/;

/** True when the text has anything beyond printable ASCII (plain ASCII needs no normalising). */
export const needsNormalising = (s: string): boolean => NON_ASCII.test(s);

/** One character (a whole code point) as the readers see it: NFKC, invisible dropped, look-alikes Latin. */
export function normaliseChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return ch;
  if (isInvisible(cp)) return '';
  const nfkc = ch.normalize('NFKC');
  return LOOKALIKES.get(nfkc) ?? nfkc;
}

/** The text as the detector and the grader read it (see the header). Plain ASCII is returned as is. */
export function normaliseText(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = '';
  for (const ch of s) out += normaliseChar(ch);
  return out;
}
