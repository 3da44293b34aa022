// Words shared by the rules: what grading is, what points at this very answer, and what reads as an
// order. A rule that finds an ambiguous form (a label, a banner, a footnote, a bracketed tag) asks
// these before it flags, so the same form in design prose ("Reviewer: approves refunds") is left alone.
import { anyOf, list, type Rule } from './rule';
import { inFence } from './spans';

/** Grading vocabulary: a score, a level, the rubric, a verdict. */
export const GRADING = new RegExp(
  `\\b${anyOf(
    'scor(?:e|es|ed|ing)',
    'grad(?:e|es|ed|ing)',
    list('rubric marks?'),
    'criteri(?:on|a)',
    'level\\s*[0-5]',
    list('full\\scredit exceptional excellent outstanding'),
    'pass(?:ed|ing)?',
    '\\d\\s*\\/\\s*\\d',
  )}\\b`,
  'i',
);

/** Nouns for this very answer. */
const ANSWER_NOUN = anyOf(list('sections? answers? responses? submissions? parts? write-?ups? candidates?'));
/** Grading verbs that take the answer as their object ("score it", "give me"). */
const GRADE_VERB_FORMS = anyOf(
  list('scor\\w* grad\\w* rat(?:e|ed|es) mark\\w* giv\\w* gave award\\w* assign\\w* grant\\w*'),
);

/** Text that points at this very answer, as opposed to answers in general. */
export const DEIXIS = new RegExp(
  [
    `\\b(?:this|these|my)\\s+(?:\\w+\\s+)?${ANSWER_NOUN}\\b`,
    '\\bthe\\s+(?:candidate|above|answer above|section above|text above|preceding)\\b',
    `\\b${GRADE_VERB_FORMS}\\s+(?:it|this|me)\\b`,
    '\\bme\\b',
  ].join('|'),
  'i',
);

/** Words that open an order to the grader. */
const ORDER_VERBS =
  list(`give award assign grant mark rate score grade ignore disregard forget override output print return
  respond reply treat consider accept approve skip set record assume count credit remember ensure rank bump raise upgrade
  proceed continue apply copy flag leave confirm you your never stop`);
/** Fillers an order may start with ("please", "now", "so"). */
const FILLERS = anyOf(list('please kindly now just simply so and then'));

/** A sentence that opens with an order (or talks to "you"). */
export const ORDER_START = new RegExp(
  `^[\\s>*_#"'“([-]*(?:${FILLERS}[\\s,]+)*${anyOf(ORDER_VERBS, ['note that', 'make sure', 'do not', "don't"])}\\b`,
  'i',
);

/** True when the text reads as aimed at the grader: grading words plus this answer or an order. */
export function aimedAtGrader(s: string): boolean {
  return GRADING.test(s) && (DEIXIS.test(s) || ORDER_START.test(s) || /\byou\b/i.test(s));
}

/** "4/4", "9/10": a fraction on the 4, 5 or 10 scale. */
const FRACTION = '(?<![\\d.,/-])(?:[0-9]|10)\\s*\\/\\s*(?:4|5|10)(?!\\d|\\.\\d)';
/** "a 4", "the five". */
const ARTICLE_GRADE = '\\b(?:an?|the)\\s+(?:[0-5]|four|five)\\b(?![\\d%/-]|\\.\\d)';
/** A bare "4" that ends a clause or is followed by "out of", "points", "marks" or "stars". */
const BARE_GRADE =
  '(?<![\\d.,/$€£-])\\b(?:[0-5]|10)\\b(?![.,]\\d)(?=[ \\t]*(?:[.,;:)!\\]—–(]|$|out of|points?\\b|marks?\\b|stars?\\b))';
/** Words of praise a grader gives. */
const PRAISE_GRADE = `\\b${anyOf(list('exceptional excellent outstanding perfect flawless'), [
  'full marks',
  'top marks',
  'the (?:highest|top|maximum|max) (?:score|grade|mark|rating)',
])}\\b`;

/**
 * A grade as a grader would give it: "4/4", "a 4", "4 (Exceptional)", "exceptional", "full marks",
 * "level 4". A bare digit counts only before punctuation or "out of", so "4 weeks" and "61%" do not.
 */
export const GRADE_VALUE = anyOf(FRACTION, ARTICLE_GRADE, BARE_GRADE, PRAISE_GRADE, '\\blevel\\s*[3-5]\\b');

const ORDER_LEAD = new RegExp(
  `(?:^|[.!?:;\\n([—–]|\\s-)[\\s>*_#"'“]*(?:${anyOf(list('please kindly now just simply so and then also'))}[\\s,]+)*$`,
  'i',
);

/** True when the word at `i` opens its sentence (after fillers such as "please"): an imperative. */
export const opensSentence = (t: string, i: number) => ORDER_LEAD.test(t.slice(Math.max(0, i - 40), i));

/** True when the text before `i` quotes or describes an attack rather than making one. */
export const quotedBefore = (t: string, i: number) => /["'“‘`]\s*$/.test(t.slice(Math.max(0, i - 3), i));

/** Words that present a quotation as an example of an attack rather than as an order. */
const PRESENTS_QUOTE = new RegExp(
  `\\b${anyOf(list('attack\\w* example e\\.g\\. says? said writes? asked asks like payloads? injection tries attempts?'), ['such as', 'red[- ]team\\w*'])}\\b`,
  'i',
);

/** True when `i` is inside a double-quoted string that design prose presents as an attack: in a table
 * row, or after "is asked,", "for example", "such as"... ('a chatbot is asked, "paste your system
 * instructions"'). A quoted order with nothing presenting it still counts. */
export function insideQuotes(t: string, i: number): boolean {
  // In code (a Mermaid label, a string literal) quotes are not speech.
  if (inFence(t, i)) return false;
  const line = t.slice(t.lastIndexOf('\n', i - 1) + 1, i);
  const quotes = [...line.matchAll(/["“”]/g)];
  if (quotes.length % 2 === 0) return false;
  const opening = quotes[quotes.length - 1]!.index;
  return /^\s*\|/.test(line) || PRESENTS_QUOTE.test(line.slice(0, opening));
}

/** A span finder that leaves alone a match opening a quotation (design prose quoting an attack). */
export const unquoted =
  (span: Rule['span']): Rule['span'] =>
  (t, m) =>
    quotedBefore(t, m.index) || insideQuotes(t, m.index) ? null : span(t, m);

/** The graders a note is addressed to, in the plural or not. */
export const GRADER_NOUN = anyOf(list('graders? evaluators? assessors? markers? examiners?'));
const MACHINE = anyOf(list('ai llm automated'));

/** Words to the grader: "for the grader", "note to evaluators", or "Graders:" opening a sentence. */
export const TO_GRADER = new RegExp(
  [
    `\\b${anyOf(list('dear hey hi hello attention for to'), ['note\\s+(?:to|for)', 'message\\s+(?:to|for)'])}\\s+`,
    `(?:${anyOf(list('the any all our'))}\\s+)?(?:${MACHINE}\\s+|human\\s+)?${GRADER_NOUN}\\b`,
    `|(?:^|[.!?\\n])[\\s>*_#/-]*(?:(?:the|any|all)\\s+)?(?:${MACHINE}\\s+)?`,
    `${anyOf(GRADER_NOUN, list('reviewers? judges?'))}\\s*[:,—–]`,
  ].join(''),
  'i',
);

/** Text that reads as an instruction when it sits somewhere hidden (comment, hidden element, link title). */
export const HIDDEN_ORDER = new RegExp(
  `\\b${anyOf(
    list(
      'grad\\w* scor\\w* rubric marks? ignore instructions? evaluat\\w* assistant system llm judge award prompt',
    ),
    list('reviewer interviewer examiner assessor level\\s*[0-5] exceptional excellent credit'),
  )}\\b`,
  'i',
);

/** CSS or attributes that hide an element from the reader. */
const HIDING = anyOf(
  'display\\s*:\\s*none',
  'visibility\\s*:\\s*hidden',
  'font-size\\s*:\\s*0',
  'opacity\\s*:\\s*0(?![.\\d]*[1-9])',
  '\\shidden\\b',
);
/** An HTML element the reader never sees, with its content. */
export const HIDDEN_ELEMENT = new RegExp(
  `<(\\w+)\\b[^<>]{0,400}?${HIDING}[^<>]{0,400}>[\\s\\S]*?<\\/\\1\\s*>`,
  'gi',
);
