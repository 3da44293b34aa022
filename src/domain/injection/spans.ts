// Spans of an answer to remove: the sentence, paragraph or Markdown block around a match. A sentence
// runs across soft line breaks (Markdown wraps a paragraph over several lines), so an injected
// sentence that wraps is removed whole and its tail cannot earn credit.

export type Span = [number, number];

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isStop = (c: string | undefined) => c === '.' || c === '!' || c === '?';
/** Chinese and Japanese sentences end with "。" (or "!" and "?" after NFKC) and no space after it. */
const isWideStop = (c: string | undefined) => c === '。' || c === '．';
const isWide = (c: string | undefined) => c !== undefined && c >= '\u3000';
/** True when a sentence ends between `i - 1` and `i`. */
const endsAt = (t: string, i: number) =>
  isWideStop(t[i - 1]) || (isStop(t[i - 1]) && (i >= t.length || isSpace(t[i]) || isWide(t[i])));
/** True when a sentence starts at `a` (after a stop and a space, or right after a wide stop). */
const startsAt = (t: string, a: number) =>
  (isSpace(t[a - 1]) && (isStop(t[a - 2]) || isWideStop(t[a - 2]))) ||
  isWideStop(t[a - 1]) ||
  (isStop(t[a - 1]) && isWide(t[a]));

/** A line that starts its own Markdown block (list item, heading, quote, table, fence, HTML). */
const BLOCK_LINE = /^[ \t]*(?:[-*+][ \t]|\d{1,2}[.)][ \t]|#{1,6}[ \t]|>|\||```|~~~|<|[-*_]{3,}[ \t]*$)/;

/** A thematic break or front-matter fence ("---"). */
const RULE_LINE = /^[ \t]*[-*_]{3,}[ \t]*$/;
/** Where a paragraph ends: a blank line, a "---" rule or front-matter fence, or a code fence. */
const PARAGRAPH_END = /\n[ \t]*\n|\n(?=[ \t]*(?:[-*_]{3,}|```|~~~)[ \t]*(?:\n|$))/;

/** The starts of the fence lines of the last text asked about (sentences ask once per line break). */
let fenceText = '';
let fenceStarts: number[] = [];

/** True when position `i` is inside a ``` or ~~~ code fence. */
export function inFence(t: string, i: number): boolean {
  if (t !== fenceText) {
    fenceText = t;
    fenceStarts = [...t.matchAll(/^[ \t]*(?:```|~~~)/gm)].map((m) => m.index);
  }
  let before = 0;
  while (before < fenceStarts.length && fenceStarts[before]! < i) before++;
  return before % 2 === 1;
}

/** The line around `i`, without its line break. */
export function lineAround(t: string, i: number): Span {
  const end = t.indexOf('\n', i);
  return [t.lastIndexOf('\n', i - 1) + 1, end < 0 ? t.length : end];
}

/** The line that starts at `start`. */
function lineFrom(t: string, start: number): string {
  const end = t.indexOf('\n', start);
  return t.slice(start, end < 0 ? t.length : end);
}

/** True when the line break at `i` only wraps a paragraph: both lines have text, outside a code fence, and the next starts no block. */
function softBreak(t: string, i: number): boolean {
  // Inside a code fence (Mermaid, code) every line stands alone.
  if (inFence(t, i)) return false;
  const prev = t.slice(t.lastIndexOf('\n', i - 1) + 1, i);
  const next = lineFrom(t, i + 1);
  return prev.trim() !== '' && !RULE_LINE.test(prev) && next.trim() !== '' && !BLOCK_LINE.test(next);
}

/** The sentence around [s, e): back to the previous sentence end, on to the next one. */
export function sentenceAround(t: string, s: number, e: number): Span {
  let a = s;
  while (a > 0 && !startsAt(t, a)) {
    if (t[a - 1] === '\n' && !softBreak(t, a - 1)) break;
    a--;
  }
  let b = e;
  while (b < t.length) {
    if (t[b] === '\n' && !softBreak(t, b)) break;
    b++;
    if (endsAt(t, b)) break;
  }
  return [a, b];
}

/** From the start of the line at `s` to the end of its paragraph (see PARAGRAPH_END). */
export function paragraphFrom(t: string, s: number): Span {
  const lineStart = t.lastIndexOf('\n', s - 1) + 1;
  const blank = t.slice(s).search(PARAGRAPH_END);
  return [lineStart, blank < 0 ? t.length : s + blank];
}

/** From `s` (not the line start) to the end of its paragraph: a block that starts mid-line. */
export function fromHere(t: string, s: number): Span {
  const blank = t.slice(s).search(PARAGRAPH_END);
  return [s, blank < 0 ? t.length : s + blank];
}

/** A banner line and the paragraph under it, even when a blank line separates them. */
export function bannerAndNext(t: string, s: number): Span {
  const lineStart = t.lastIndexOf('\n', s - 1) + 1;
  const lineEnd = t.indexOf('\n', s);
  if (lineEnd < 0) return [lineStart, t.length];
  let next = lineEnd + 1;
  while (next < t.length && /^[ \t]*(?:\n|$)/.test(t.slice(next, next + 200))) {
    const nl = t.indexOf('\n', next);
    if (nl < 0) return [lineStart, t.length];
    next = nl + 1;
  }
  return [lineStart, fromHere(t, next)[1]];
}

/** A note that opens its paragraph ("Dear grader, ...", "Note to the evaluator: ...") is the whole
 * paragraph: all of it is addressed to the grader. Elsewhere, only the sentence. */
export const noteSpan = (t: string, m: RegExpExecArray): Span => {
  const lineStart = t.lastIndexOf('\n', m.index - 1) + 1;
  const opensParagraph =
    lineStart === 0 || /\n[ \t]*\n$/.test(t.slice(Math.max(0, lineStart - 40), lineStart));
  return opensParagraph && /^[ \t>*_-]*$/.test(t.slice(lineStart, m.index))
    ? paragraphFrom(t, m.index)
    : sentenceAround(t, m.index, m.index + m[0].length);
};
export const sentence = (t: string, m: RegExpExecArray): Span =>
  sentenceAround(t, m.index, m.index + m[0].length);
export const paragraph = (t: string, m: RegExpExecArray): Span => paragraphFrom(t, m.index);
/** The run of non-blank lines around a position (a Markdown table, a front-matter block). */
export function blockAround(t: string, s: number): Span {
  const gap = /\n[ \t]*\n/g;
  let start = 0;
  for (let g = gap.exec(t); g && g.index < s; g = gap.exec(t)) start = g.index + g[0].length;
  const after = t.slice(s).search(/\n[ \t]*\n/);
  return [start, after < 0 ? t.length : s + after];
}
const inTable = (t: string, s: number) => /^[ \t]*\|/.test(t.slice(t.lastIndexOf('\n', s - 1) + 1));
export const sentenceOrTable = (t: string, m: RegExpExecArray): Span =>
  inTable(t, m.index) ? blockAround(t, m.index) : sentence(t, m);
export const exact = (_t: string, m: RegExpExecArray): Span => [m.index, m.index + m[0].length];

/** The text with the spans cut out; a cut that spanned a line break leaves one line break. */
export function removeSpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of sorted) {
    if (b <= at) continue;
    const start = Math.max(a, at);
    out += text.slice(at, start) + (text.slice(start, b).includes('\n') ? '\n' : ' ');
    at = b;
  }
  return out + text.slice(at);
}
