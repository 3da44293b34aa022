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

function unitAround(t: string, span: Span): Span | null {
  const element = turnElementAround(t, span);
  if (element) return element;
  if ((t.includes('`') || t.includes('~~~')) && inFence(t, span[0])) return fenceAround(t, span[0]);
  const line = lineAround(t, span[0]);
  if (/^[ \t]*\|/.test(t.slice(line[0], line[1]))) return line;
  return paragraphAround(t, span[0]);
}

const words = (s: string) =>
  s
    .replace(/<[^>\n]*>|```\w*|~~~\w*/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** True when what is left of a unit is only framing: nothing, framing words, a short rest of a plea, a line about the grader. */
function onlyFraming(left: string, flaggedChars: number, kind: 'element' | 'fence' | 'text'): boolean {
  if (kind === 'element') return true;
  const w = words(left);
  if (w.every((x) => FRAMING.has(x))) return true;
  // Code left in a fence is the answer's own (a comment removed from it leaves the code).
  if (kind === 'fence') return false;
  const leftChars = left.replace(/\s+/g, '').length;
  if (w.length <= MAX_PLEA_WORDS && flaggedChars >= leftChars) return true;
  return w.length <= MAX_ABOUT_WORDS && ABOUT_GRADER.test(left);
}

/** The whole units whose flagged sentences leave only framing behind. */
export function carrierSpans(t: string, flagged: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of flagged) {
    const unit = unitAround(t, span);
    if (!unit || (unit[0] >= span[0] && unit[1] <= span[1])) continue;
    if (out.some(([a, b]) => a <= unit[0] && unit[1] <= b)) continue;
    const inside = flagged
      .filter(([a, b]) => a < unit[1] && b > unit[0])
      .map(([a, b]): Span => [Math.max(a, unit[0]) - unit[0], Math.min(b, unit[1]) - unit[0]]);
    const body = t.slice(unit[0], unit[1]);
    const flaggedChars = inside.reduce((n, [a, b]) => n + body.slice(a, b).replace(/\s+/g, '').length, 0);
    const kind = turnElementAround(t, span) ? 'element' : /^[ \t]*(?:```|~~~)/.test(body) ? 'fence' : 'text';
    if (onlyFraming(removeSpans(body, inside), flaggedChars, kind)) out.push(unit);
  }
  return out;
}
