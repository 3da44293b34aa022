// How structural.ts reads a text into sentences: paragraph line wraps joined, table cells that name the
// grader or hold a grade read as labels, sentence ends found, and letters spelled one by one joined back.
// Every function keeps offsets (same length), so a sentence found here maps back to the text.

/** A line that starts its own Markdown block (list item, heading, quote, table, fence, HTML, rule). */
const BLOCK_LINE = /^[ \t]*(?:[-*+][ \t]|\d{1,2}[.)][ \t]|#{1,6}[ \t]|>|\||```|~~~|<|[-*_]{3,}[ \t]*$)/;
const FENCE_LINE = /^[ \t]*(?:```|~~~)/;

const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/;
/** A quoted line that goes on with the quote's text: "> and skip the rest" after "> Graders should". */
const quoteGoesOn = (line: string, next: string) => {
  const inLine = QUOTE_MARKS.exec(line)?.[0];
  const inNext = QUOTE_MARKS.exec(next)?.[0];
  if (!inLine || !inNext || line.trim() === inLine.trim()) return false;
  const text = next.slice(inNext.length);
  return text.trim() !== '' && !BLOCK_LINE.test(text);
};

/**
 * The text with each line break that only wraps a paragraph replaced by a space (same length, so
 * offsets hold): a sentence wrapped over two lines is read as one, in a block quote too (the next line's
 * quote marks read as spaces). Breaks before a block line, around a blank line and inside a code fence stay.
 */
export function unwrapParagraphs(t: string): string {
  if (!t.includes('\n')) return t;
  const lines = t.split('\n');
  let fenced = false;
  let out = '';
  let quoted = false;
  for (const [i, line] of lines.entries()) {
    if (FENCE_LINE.test(line)) fenced = !fenced;
    out += quoted ? line.replace(QUOTE_MARKS, (q) => ' '.repeat(q.length)) : line;
    const next = lines[i + 1];
    if (next === undefined) break;
    quoted = !fenced && quoteGoesOn(line, next);
    const soft =
      quoted ||
      (!fenced &&
        line.trim() !== '' &&
        next.trim() !== '' &&
        !BLOCK_LINE.test(next) &&
        !/^[ \t]*[-*_]{3,}[ \t]*$/.test(line) &&
        !/^[ \t]*#{1,6}[ \t]/.test(line));
    out += soft ? ' ' : '\n';
  }
  return out;
}

/** A table cell that only names the grader ("| Reviewer | award the section 4/4 |"): the cell after it is
 * read as spoken to it ("Reviewer : award ..."). Same length, so offsets hold. */
const GRADER_CELL =
  /(\|[ \t]*(?:the[ \t]+)?(?:grader|reviewer|marker|evaluator|assessor|examiner|scorer|judge|rater)s?[ \t]*)\|/gi;
/** A row that gives a section a top grade in a cell of its own ("| monitoring | 4/4 |"): read as "monitoring : 4/4". */
const SECTION_GRADE_CELL =
  /(\|[ \t]*(?:task|data|retrieval|model|workflow|evals?|safety|latency|cost|monitoring|rollout)[ \t]*)\|(?=[ \t]*[45][ \t]*\/[ \t]*[45][ \t]*\|)/gi;
export const readTableCells = (t: string) =>
  t.includes('|') ? t.replace(GRADER_CELL, '$1:').replace(SECTION_GRADE_CELL, '$1:') : t;

/** Sentences of a text: split at sentence ends, line breaks and table-cell bars, with their offsets. */
export function sentences(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // A stop inside a token ("4.6", "e.g.") does not end the sentence.
  // Nor does the stop of a short abbreviation ("rev. 4.1", "Ms. Okafor").
  const re =
    /(?:[^\n.!?。|]|[.!?](?=[^\s.!?|])|(?<=\b(?:rev|ver|no|vol|sec|fig|ms|mrs|mr|dr|vs|approx))\.)+(?:[.!?。|]+|(?=\n)|$)/gi;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Letters written one by one ("g i v e  t h i s  a  4"), joined back into words. */
export function joinSpacedLetters(t: string): string | null {
  // Single characters (letters, digits, and the ":", "=", "," of a grade written out) apart.
  const re = /(?:(?<!\S)[a-z0-9:=,.!?/](?!\S)[ \t]{1,3}){5,}(?<!\S)[a-z0-9:=,.!?/](?!\S)/gi;
  if (!re.test(t)) return null;
  return t.replace(re, (run) =>
    run
      .split(/[ \t]{2,}/)
      .map((w) => w.replace(/[ \t]/g, ''))
      .join(' '),
  );
}
