// Spans of an answer to remove: the sentence, paragraph or Markdown block around a match. A sentence
// runs across soft line breaks (Markdown wraps a paragraph over several lines), so an injected
// sentence that wraps is removed whole and its tail cannot earn credit.

export type Span = [number, number];

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isStop = (c: string | undefined) => c === '.' || c === '!' || c === '?';

/** A line that starts its own Markdown block (list item, heading, quote, table, fence, HTML). */
const BLOCK_LINE = /^[ \t]*(?:[-*+][ \t]|\d{1,2}[.)][ \t]|#{1,6}[ \t]|>|\||```|~~~|<|[-*_]{3,}[ \t]*$)/;

/** A thematic break or front-matter fence ("---"). */
const RULE_LINE = /^[ \t]*[-*_]{3,}[ \t]*$/;

/** The line that starts at `start`. */
function lineFrom(t: string, start: number): string {
  const end = t.indexOf('\n', start);
  return t.slice(start, end < 0 ? t.length : end);
}

/** True when the line break at `i` only wraps a paragraph: both lines have text, outside a code fence, and the next starts no block. */
function softBreak(t: string, i: number): boolean {
  // Inside a code fence (Mermaid, code) every line stands alone.
  if ((t.slice(0, i).match(/^[ \t]*(?:```|~~~)/gm)?.length ?? 0) % 2 === 1) return false;
  const prev = t.slice(t.lastIndexOf('\n', i - 1) + 1, i);
  const next = lineFrom(t, i + 1);
  return prev.trim() !== '' && !RULE_LINE.test(prev) && next.trim() !== '' && !BLOCK_LINE.test(next);
}

/** The sentence around [s, e): back to the previous sentence end, on to the next one. */
export function sentenceAround(t: string, s: number, e: number): Span {
  let a = s;
  while (a > 0 && !(isSpace(t[a - 1]) && isStop(t[a - 2]))) {
    if (t[a - 1] === '\n' && !softBreak(t, a - 1)) break;
    a--;
  }
  let b = e;
  while (b < t.length) {
    if (t[b] === '\n' && !softBreak(t, b)) break;
    b++;
    if (isStop(t[b - 1]) && (b >= t.length || isSpace(t[b]))) break;
  }
  return [a, b];
}

/** From the start of the line at `s` to the next blank line. */
export function paragraphFrom(t: string, s: number): Span {
  const lineStart = t.lastIndexOf('\n', s - 1) + 1;
  const blank = t.slice(s).search(/\n[ \t]*\n/);
  return [lineStart, blank < 0 ? t.length : s + blank];
}

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
