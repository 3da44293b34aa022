// Folds an answer for matching with the normalisation the grader uses too (src/domain/text/normalise.ts:
// NFKC, no invisible characters, Latin look-alikes made Latin), and three things only the detector needs:
// Unicode tag characters decoded, right-to-left overrides read back in logical order, small capitals read
// as letters. Keeps a map from each folded character to its original span so removals apply to the original.
import { needsNormalising, normaliseChar } from '../text/normalise';
import type { Span } from './spans';

interface Folded {
  text: string;
  /** Original [start, end) of each folded character; null when folding changed nothing. */
  map: { starts: number[]; ends: number[] } | null;
  /** Unicode tag characters (invisible "ASCII smuggling") were present. */
  tagged: boolean;
  /** Original spans shown reversed by a right-to-left override; read back in logical order. */
  reversed: Span[];
}

const COMBINING = /^\p{M}$/u;
/** Small capital letters ("ɴᴏᴛᴇ ᴛᴏ"), which NFKC leaves alone, read as the letters they show (there is no x). */
const SMALL_CAPS = new Map(
  [...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ'].map((c, i) => [c, 'abcdefghijklmnopqrstuvwyz'[i]!]),
);

/** The folded text and how to map it back to the original. */
export function fold(src: string): Folded {
  if (!needsNormalising(src)) return { text: src, map: null, tagged: false, reversed: [] };
  const reversed: Span[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let tagged = false;
  let inTag = false;
  /** The last character that was not a combining mark. */
  let lastBase = '';
  const push = (c: string, start: number, end: number) => {
    text += c;
    starts.push(start);
    ends.push(end);
  };
  for (let i = 0; i < src.length;) {
    const cp = src.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const ch = src.slice(i, i + len);
    if (cp === 0x202e || cp === 0x2067) {
      // Text after a right-to-left override is displayed backwards: match it the way a reader sees it.
      let j = i + 1;
      while (j < src.length && !'\u202c\u2069\n'.includes(src[j]!)) j++;
      push('\n', i, i);
      for (let k = j - 1; k > i; k--) push(src[k]!, k, k + 1);
      push('\n', j, j);
      reversed.push([i, j < src.length && src[j] !== '\n' ? j + 1 : j]);
      i = j < src.length && src[j] !== '\n' ? j + 1 : j;
      continue;
    }
    const isTag = cp >= 0xe0000 && cp <= 0xe007f;
    // Decoded hidden text is fenced by line breaks so it reads as its own sentence.
    if (isTag !== inTag) push('\n', i, i);
    inTag = isTag;
    let out: string;
    // Combining marks stacked on plain ASCII ("a͓̽s͓̽s͓̽", "e̸v̸a̸l̸s̸") decorate letters to hide words: read
    // without them. Marks on other scripts' letters (Thai, Devanagari vowels) stay.
    if (COMBINING.test(ch) && /[\x21-\x7e]/.test(lastBase)) {
      i += len;
      continue;
    }
    if (!COMBINING.test(ch)) lastBase = ch;
    if (isTag) {
      tagged = true;
      out = cp >= 0xe0020 && cp <= 0xe007e ? String.fromCharCode(cp - 0xe0000) : '';
    } else out = SMALL_CAPS.get(ch) ?? normaliseChar(ch);
    for (const c of out) push(c, i, i + len);
    i += len;
  }
  if (inTag) push('\n', src.length, src.length);
  return { text, map: { starts, ends }, tagged, reversed };
}
