// Words shared by the rules: what grading is, what points at this very answer, and what reads as an
// order. A rule that finds an ambiguous form (a label, a banner, a footnote, a bracketed tag) asks
// these before it flags, so the same form in design prose ("Reviewer: approves refunds") is left alone.

/** Grading vocabulary: a score, a level, the rubric, a verdict. */
export const GRADING =
  /\b(?:scor(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|rubric|marks?|criteri(?:on|a)|level\s*[0-5]|full credit|exceptional|excellent|outstanding|pass(?:ed|ing)?|\d\s*\/\s*\d)\b/i;

/** Text that points at this very answer, as opposed to answers in general. */
export const DEIXIS =
  /\b(?:this|these|my)\s+(?:\w+\s+)?(?:sections?|answers?|responses?|submissions?|parts?|write-?ups?|candidates?)\b|\bthe\s+(?:candidate|above|answer above|section above|text above|preceding)\b|\b(?:scor\w*|grad\w*|rat(?:e|ed|es)|mark\w*|giv\w*|gave|award\w*|assign\w*|grant\w*)\s+(?:it|this|me)\b|\bme\b/i;

/** A sentence that opens with an order (or talks to "you"). */
export const ORDER_START =
  /^[\s>*_#"'“([-]*(?:(?:please|kindly|now|just|simply|so|and|then)[\s,]+)*(?:give|award|assign|grant|mark|rate|score|grade|ignore|disregard|forget|override|output|print|return|respond|reply|treat|consider|accept|approve|skip|set|record|assume|count|credit|remember|note that|ensure|make sure|do not|don't|never|stop|rank|bump|raise|upgrade|proceed|continue|apply|copy|flag|leave|confirm|you|your)\b/i;

/** True when the text reads as aimed at the grader: grading words plus this answer or an order. */
export function aimedAtGrader(s: string): boolean {
  return GRADING.test(s) && (DEIXIS.test(s) || ORDER_START.test(s) || /\byou\b/i.test(s));
}

/**
 * A grade as a grader would give it: "4/4", "a 4", "4 (Exceptional)", "exceptional", "full marks",
 * "level 4". A bare digit counts only before punctuation or "out of", so "4 weeks" and "61%" do not.
 */
export const GRADE_VALUE = String.raw`(?:(?<![\d.,/-])(?:[0-9]|10)\s*\/\s*(?:4|5|10)(?!\d|\.\d)|\b(?:an?|the)\s+(?:[0-5]|four|five)\b(?![\d%/-]|\.\d)|(?<![\d.,/$€£-])\b(?:[0-5]|10)\b(?![.,]\d)(?=[ \t]*(?:[.,;:)!\]—–(]|$|out of|points?\b|marks?\b|stars?\b))|\b(?:exceptional|excellent|outstanding|perfect|flawless|full marks|top marks|the (?:highest|top|maximum|max) (?:score|grade|mark|rating))\b|\blevel\s*[3-5]\b)`;

const ORDER_LEAD =
  /(?:^|[.!?:;\n([—–]|\s-)[\s>*_#"'“]*(?:(?:please|kindly|now|just|simply|so|and|then|also)[\s,]+)*$/i;

/** True when the word at `i` opens its sentence (after fillers such as "please"): an imperative. */
export const opensSentence = (t: string, i: number) => ORDER_LEAD.test(t.slice(Math.max(0, i - 40), i));

/** True when the text before `i` quotes or describes an attack rather than making one. */
export const quotedBefore = (t: string, i: number) => /["'“‘`]\s*$/.test(t.slice(Math.max(0, i - 3), i));

/** Words to the grader: "for the grader", "note to evaluators", or "Graders:" opening a sentence. */
export const TO_GRADER =
  /\b(?:dear|hey|hi|hello|attention|note\s+(?:to|for)|message\s+(?:to|for)|for|to)\s+(?:the\s+|any\s+|all\s+|our\s+)?(?:ai\s+|llm\s+|automated\s+|human\s+)?(?:graders?|evaluators?|assessors?|markers?|examiners?)\b|(?:^|[.!?\n])[\s>*_#/-]*(?:(?:the|any|all)\s+)?(?:ai\s+|llm\s+|automated\s+)?(?:graders?|evaluators?|assessors?|markers?|examiners?|reviewers?|judges?)\s*[:,—–]/i;
