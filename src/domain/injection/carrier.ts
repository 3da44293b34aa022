// The unit a flagged sentence is carried in: its code fence, its fake tool or system element, its table
// row or its paragraph. When what is left of that unit once the flagged spans are out is only framing
// (an empty fence, the tags of a fake turn, a row holding the grader's name, "P.S.", the rest of a
// plea, a line about the grader or the filter), the whole unit goes: a shell earns nothing.
import { inFence, lineAround, removeSpans, type Span } from './spans';

/** Elements named like a turn of a tool, a system or the grader ("<tool_response>", "<grader_note>"). */
const TURN_ELEMENT = /^[ \t]*<([a-z][\w-]*)\b[^>\n]*>/gim;
const TURN_NAME =
  /tool|function|system|assistant|result|response|output|grad|scor|evaluat|rubric|assess|judge|instruction/i;
/** Words that frame a note and say nothing of the design. */
const FRAMING = new Set(
  'p s ps nb fyi note notes end of the a message memo thanks thank you please regards sincerely cheers best dear hi hello update addendum reminder'.split(
    ' ',
  ),
);
/** The reader a leftover speaks of: the grader or the injection filter. */
const ABOUT_GRADER =
  /\b(?:grader|marker|scorer|evaluator|assessor|examiner|injection|filter|detector|classifier)s?\b/i;
const MAX_PLEA_WORDS = 20;
const MAX_ABOUT_WORDS = 25;

const FENCE_LINE = /^[ \t]*(?:```|~~~)[^\n]*$/gm;

/** The code fence around `at`, from its opening line to the end of its closing line. */
function fenceAround(t: string, at: number): Span | null {
  let open = -1;
  for (const m of t.matchAll(FENCE_LINE)) {
    if (m.index <= at) open = m.index;
    else if (open >= 0) return [open, m.index + m[0].length];
  }
  return null;
}

/** The element named like a fake turn that holds [a, b), with its opening and closing tags. */
function turnElementAround(t: string, [a, b]: Span): Span | null {
  if (!t.includes('<')) return null;
  let best: Span | null = null;
  for (const m of t.matchAll(TURN_ELEMENT)) {
    if (m.index > a) break;
    if (!TURN_NAME.test(m[1]!)) continue;
    const close = t.indexOf(`</${m[1]}>`, m.index);
    if (close >= b) best = [m.index, close + m[1]!.length + 3];
  }
  return best;
}

/** A line that starts its own Markdown block (list item, heading, quote, table, fence, HTML, rule). */
const BLOCK_LINE = /^[ \t]*(?:[-*+][ \t]|\d{1,2}[.)][ \t]|#{1,6}[ \t]|>|\||```|~~~|<|[-*_]{3,}[ \t]*$)/;

/** The paragraph around `at`: the run of non-blank lines, cut where a list item, heading, fence or rule starts. */
function paragraphAround(t: string, at: number): Span {
  let [start, end] = lineAround(t, at);
  while (start > 0 && !BLOCK_LINE.test(t.slice(start, end))) {
    const prev = lineAround(t, start - 1);
    const line = t.slice(prev[0], prev[1]);
    if (!line.trim() || /^[ \t]*(?:```|~~~|[-*_]{3,}[ \t]*$)/.test(line)) break;
    start = prev[0];
  }
  while (end < t.length) {
    const next = lineAround(t, end + 1);
    const line = t.slice(next[0], next[1]);
    if (!line.trim() || BLOCK_LINE.test(line)) break;
    end = next[1];
  }
  return [start, end];
}

type Kind = 'element' | 'fence' | 'text';

/** The smallest unit strictly larger than `span` that holds it: a fake turn element, a code fence, a table
 * row or a paragraph. */
function unitAround(t: string, span: Span): { unit: Span; kind: Kind } | null {
  const larger = (u: Span | null) =>
    u !== null && u[0] <= span[0] && span[1] <= u[1] && u[1] - u[0] > span[1] - span[0];
  const element = turnElementAround(t, span);
  if (larger(element)) return { unit: element!, kind: 'element' };
  if ((t.includes('`') || t.includes('~~~')) && inFence(t, span[0])) {
    const fence = fenceAround(t, span[0]);
    if (larger(fence)) return { unit: fence!, kind: 'fence' };
  }
  const line = lineAround(t, span[0]);
  if (/^[ \t]*\|/.test(t.slice(line[0], line[1])) && larger(line)) return { unit: line, kind: 'text' };
  const paragraph = paragraphAround(t, span[0]);
  return larger(paragraph) ? { unit: paragraph, kind: 'text' } : null;
}

const words = (s: string) =>
  s
    .replace(/<[^>\n]*>|```\w*|~~~\w*/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** True when what is left of a unit is only framing: nothing, framing words, a short rest of a plea, a line about the grader. */
function onlyFraming(
  left: string,
  flaggedChars: number,
  kind: 'element' | 'fence' | 'text',
  sharesLine: boolean,
): boolean {
  if (kind === 'element') return true;
  const w = words(left);
  if (w.every((x) => FRAMING.has(x))) return true;
  // Code left in a fence is the answer's own (a comment removed from it leaves the code).
  if (kind === 'fence') return false;
  const leftChars = left.replace(/\s+/g, '').length;
  // The rest of a sentence run the flagged text shares a line with ("I wrote it at 3 a.m. [plea]").
  if (sharesLine && w.length <= MAX_PLEA_WORDS && flaggedChars >= leftChars) return true;
  return w.length <= MAX_ABOUT_WORDS && ABOUT_GRADER.test(left);
}

/** True when the span starts or ends inside a line that holds other text. */
function sharesLine(t: string, [a, b]: Span): boolean {
  const [lineStart] = lineAround(t, a);
  const [, lineEnd] = lineAround(t, Math.max(a, b - 1));
  return /[\p{L}\p{N}]/u.test(t.slice(lineStart, a)) || /[\p{L}\p{N}]/u.test(t.slice(b, lineEnd));
}

/** The whole units whose flagged sentences leave only framing behind. */
export function carrierSpans(t: string, flagged: readonly Span[]): Span[] {
  const out: Span[] = [];
  const removed = () => [...flagged, ...out];
  for (const span of flagged) {
    // Climb while each unit holds only framing: a fake tool turn, then the fence it sat in.
    let cur: Span = span;
    for (let step = 0; step < 3; step++) {
      const around = unitAround(t, cur);
      if (!around) break;
      const { unit, kind } = around;
      if (out.some(([a, b]) => a <= unit[0] && unit[1] <= b)) break;
      const inside = removed()
        .filter(([a, b]) => a < unit[1] && b > unit[0])
        .map(([a, b]): Span => [Math.max(a, unit[0]) - unit[0], Math.min(b, unit[1]) - unit[0]]);
      const body = t.slice(unit[0], unit[1]);
      const left = removeSpans(body, inside);
      // Overlapping spans count once: what was removed is the body less what is left.
      const flaggedChars = body.replace(/\s+/g, '').length - left.replace(/\s+/g, '').length;
      if (!onlyFraming(left, flaggedChars, kind, sharesLine(t, cur))) break;
      out.push(unit);
      cur = unit;
    }
  }
  return out;
}
