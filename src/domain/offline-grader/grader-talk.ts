// Text about the grade of this very answer is never design evidence, whether or not the injection
// detector flags it (rule 10 of the golden set: it neither adds nor subtracts). A sentence that refers
// to the answer itself ("this section", "the data part", "this design document") and gives it a grade,
// a verdict or an order for whoever grades it ("top-rated", "level 4", "is complete", "any model that
// reviews...") earns nothing: no decision, figure, trade-off or concept. A code block, CSV or other
// fenced block that does the same (a unit test asserting the section's level, a row of assessed
// levels) is set aside whole: its other lines are the vehicle, not the design.
// Grading as product design is untouched: "the judge scores each answer 1-5" refers to the system's
// answers, not to this write-up, so it keeps its credit.
import { SECTION_IDS } from '../sections';

const IDS = SECTION_IDS.join('|');

/**
 * The answer itself: "this section", "this design document", "the data part", "my write-up", "the
 * section above", a "self-assessment". "This document" or "this file" in prose is as often the
 * product's input (an invoice, a contract), and "this answer" the product's reply ("the judge rates
 * this answer 1-5"), so only a block's own "this file" counts and "this answer" never does.
 */
const SELF_WORDS = [
  String.raw`\bthis\s+(?:whole\s+|entire\s+)?(?:section|part|submission|write-?up|design\s+doc(?:ument)?)\b`,
  String.raw`\b(?:${IDS})[\s_-]+(?:section|part)\b`,
  String.raw`\bmy\s+(?:own\s+)?(?:answer|section|submission|write-?up|design\s+doc(?:ument)?)\b`,
  String.raw`\b(?:section|write-?up|submission)\s+above\b|\babove\s+(?:section|write-?up|submission)\b`,
  String.raw`\bself[\s-]?(?:assess|scor|rat|grad|evaluat|mark)`,
].join('|');
const SELF = new RegExp(SELF_WORDS);
const SELF_IN_BLOCK = new RegExp(String.raw`${SELF_WORDS}|\bthis\s+(?:file|document|test)\b`);

/**
 * A grade, a verdict or an order to the grader: "level 4", "score: 4", "4/4", "top-rated", "full
 * marks", "is complete", "any model that reviews", "graders must", "return 4".
 */
const GRADED = new RegExp(
  [
    String.raw`\b(?:score|grade|mark|level|rating|nota)s?\s*(?:of|:|=|as|is|at)?\s*(?:10|\d)(?:\.\d+)?(?![\d%])`,
    String.raw`\b\d+(?:\.\d+)?\s*\/\s*(?:4|5|10|100)\b`,
    String.raw`\btop[\s-]?(?:rated|marks?|grades?|scores?|level|band)\b`,
    String.raw`\b(?:awarded|earns?|earned|deserves?|merits?)\s+(?:a\s+|an\s+|the\s+)?(?:top|full|highest|maximum|perfect|\d)`,
    String.raw`\b(?:full|maximum|max|highest|perfect|top)\s+(?:marks?|scores?|grades?|levels?|bands?|rating|points)\b`,
    String.raw`\b(?:is|as|are|been)\s+(?:already\s+)?(?:complete|completed|finished|exceptional)\b`,
    String.raw`\b(?:any|every)\s+(?:model|ai|llm|tool|reader|grader|marker|assessor|evaluator|examiner|reviewer)s?\s+(?:that\s+|which\s+|who\s+)?(?:is\s+)?(?:grad|mark|scor|assess|evaluat|review|read)`,
    String.raw`\b(?:the|an?)\s+(?:model|ai|llm)\s+(?:that\s+|which\s+|who\s+)?(?:is\s+)?(?:grading|marking|scoring|assessing)\b`,
    String.raw`\b(?:graders?|markers?|assessors?|examiners?)\s+(?:must|should|need|please|are\s+to)\b`,
    String.raw`\bassessment\s+tools?\b`,
    String.raw`\b(?:to|for)\s+the\s+(?:grader|marker|assessor|evaluator|examiner)\b`,
    String.raw`\b(?:return|tobe|equals?)\s*\(?\s*\d\s*\)?`,
  ].join('|'),
);

/** In a block: grading words next to a digit ("assessed_level ... 4", "assessLevel(...).toBe(4)"). */
const GRADE_WORD = /(?:assess|grade|score|rating|rated|level)/;
const FENCE = /^(?:```|~~~)/;
const FRONT = /^-{3,}$/;
const SECTION_WORD = /\bsection\b/;
const SECTION_ID = new RegExp(String.raw`(?:^|[^a-z])(?:${IDS})(?:[^a-z]|$)`);

/** True when the sentence talks about the grade of this answer (see the file comment). */
export function gradesThisAnswer(lower: string): boolean {
  return SELF.test(lower) && GRADED.test(lower);
}

/** A line of a fenced block that names or grades the answer ("section: data", "reviewer_outcome: 4"). */
function gradingLine(lower: string): boolean {
  return (
    SELF_IN_BLOCK.test(lower) ||
    GRADED.test(lower) ||
    (GRADE_WORD.test(lower) && /\d/.test(lower)) ||
    (SECTION_WORD.test(lower) && (SECTION_ID.test(lower) || GRADE_WORD.test(lower)))
  );
}

/**
 * What to set aside of a fenced block (code, CSV, YAML): the whole block when it is about this answer's
 * grade (it opens with such a line, as a test named after the section or a CSV header of assessed
 * levels; one of its lines tells the grader what the answer is worth; or a third of its lines are such),
 * else only those lines, or nothing when the block never names the answer. A table (`table`) loses only
 * its grading rows unless its header is one: each row stands on its own, like a sentence. Returns the lines to drop, lower-cased and trimmed, or 'all'.
 */
export function blockGrading(block: string, table = false): 'all' | Set<string> {
  const lines = block
    .toLowerCase()
    .replace(/_/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !FENCE.test(l) && !FRONT.test(l));
  const whole = lines.join('\n');
  const self = SELF_IN_BLOCK.test(whole) || (SECTION_WORD.test(whole) && SECTION_ID.test(whole));
  const grading = new Set<string>();
  if (!self) return grading;
  for (const l of lines) if (gradingLine(l)) grading.add(l);
  if (!grading.size) return grading;
  const count = lines.filter((l) => grading.has(l)).length;
  // A line that speaks to the grader about the answer makes the block its vehicle, like one that opens it.
  const carrier = lines.some((l) => SELF_IN_BLOCK.test(l) && GRADED.test(l));
  if (table) return grading.has(lines[0]!) ? 'all' : grading;
  return carrier || grading.has(lines[0]!) || count * 3 >= lines.length ? 'all' : grading;
}

/** Cheap first look: most answers never name themselves, and then nothing needs splitting. */
const MAY_NAME_ITSELF = /this\s|section|\bpart\b|\bmy\s|above|self/i;

/** A prose run or a block; a table's rows are read one by one, like sentences. */
interface Piece {
  fenced: boolean;
  table: boolean;
  text: string;
}

/**
 * The text split into prose runs and blocks, in order. Blocks are fenced code (``` or ~~~), Markdown
 * tables (a run of lines opening with "|") and front matter (--- ... --- at the very start).
 */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let cur: string[] = [];
  let mode: 'prose' | 'fence' | 'table' | 'front' = 'prose';
  const flush = (fenced: boolean) => {
    if (cur.length) out.push({ fenced, table: mode === 'table', text: cur.join('\n') });
    cur = [];
  };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const bare = line.trim();
    if (mode === 'table' && !bare.startsWith('|')) {
      flush(true);
      mode = 'prose';
    }
    if (mode === 'prose' && (FENCE.test(bare) || (i === 0 && FRONT.test(bare)) || bare.startsWith('|'))) {
      flush(false);
      cur.push(line);
      mode = bare.startsWith('|') ? 'table' : FENCE.test(bare) ? 'fence' : 'front';
      return;
    }
    cur.push(line);
    if ((mode === 'fence' && FENCE.test(bare)) || (mode === 'front' && FRONT.test(bare))) {
      flush(true);
      mode = 'prose';
    }
  });
  flush(mode !== 'prose');
  return out;
}

/** A prose run without its sentences about this answer's grade; sentences end at . ! ? or a line break. */
function proseWithout(run: string): { text: string; dropped: number } {
  let dropped = 0;
  const text = run
    .split('\n')
    .map((line) => {
      const parts = line.split(/(?<=[.!?])\s+/);
      const kept = parts.filter((p) => {
        const drop = gradesThisAnswer(p.toLowerCase());
        if (drop) dropped++;
        return !drop;
      });
      return kept.length === parts.length ? line : kept.join(' ');
    })
    .join('\n');
  return { text, dropped };
}

interface OwnText {
  /** The text without what grades this answer. */
  text: string;
  /** Sentences and blocks set aside. */
  dropped: number;
}

/**
 * `cleaned` (the answer once the injection detector has removed what it flagged) without the sentences
 * and fenced blocks that grade this answer. Blocks are judged on `original`, so a block whose comment to
 * the grader was already removed still goes; they are matched by position when both have as many.
 */
export function withoutGraderTalk(cleaned: string, original: string): OwnText {
  if (!MAY_NAME_ITSELF.test(original)) return { text: cleaned, dropped: 0 };
  const own = pieces(cleaned);
  const originalBlocks = pieces(original).filter((p) => p.fenced);
  const ownBlocks = own.filter((p) => p.fenced);
  const sameBlocks = originalBlocks.length === ownBlocks.length;
  let block = 0;
  let dropped = 0;
  const kept: string[] = [];
  for (const p of own) {
    if (p.fenced) {
      const source = sameBlocks ? originalBlocks[block]!.text : p.text;
      block++;
      const drop = blockGrading(source, p.table);
      if (drop === 'all') {
        dropped++;
        continue;
      }
      if (!drop.size) {
        kept.push(p.text);
        continue;
      }
      const lines = p.text.split('\n');
      const left = lines.filter((l) => {
        const line = l.trim().toLowerCase().replace(/_/g, ' ');
        return !drop.has(line) && !gradingLine(line);
      });
      dropped += lines.length - left.length;
      kept.push(left.join('\n'));
      continue;
    }
    const prose = proseWithout(p.text);
    dropped += prose.dropped;
    kept.push(prose.text);
  }
  return dropped ? { text: kept.join('\n'), dropped } : { text: cleaned, dropped: 0 };
}
