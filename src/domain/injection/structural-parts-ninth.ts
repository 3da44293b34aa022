// Parts for the ninth set of structural rules (structural-rules-ninth.ts): the grader named in the third
// person and bound to a grade ("whoever marks this shall record it at the top level", "every later marker
// mirrors this header"), a grading rule announced as now in force, a low mark named as a wrong, an order to
// write a bare top number, a label to the graders that forbids re-marking, and the reader trusted to grade
// this answer as the writer hopes. Each is a regex source tested case-insensitively against one sentence.
import { anyOf, list } from './rule';

/** Words that may follow a top value and still end its phrase ("record 4 so the file can close"). */
const KEEPERS = anyOf(
  list('now please here for and then on in myself ourselves already too so as'),
  list('automatically'),
  ['out\\s+of'],
);
/** A top value that ends its phrase: not "4 drafts", "4.5", "4-6", "0 to 4", "1 of 4" or the end of "p95". */
const TOP_END =
  String.raw`(?<![\w.,/]|[-–]\s?|\b(?:to|of|from|between|and|or)\s)(?:an?\s+)?(?:4|5|four|five)(?:\s*\/\s*[45])?\b` +
  String.raw`(?![-%.,/]?\d)(?!\s*[-–]\s*\d)(?!\s+(?!${KEEPERS}\b)[a-z]{2,})`;

/** The grader in the third person: "the assessor (human or model)", "automated graders", "whoever or
 * whatever grades the workflow section", "the grading pipeline". Not "reviewer", "judge" or "scorer": design
 * prose names its own reviewers, judges and ranking scorers. */
export const GRADER_THIRD = anyOf(
  String.raw`\b${anyOf(list('grader marker assessor evaluator examiner'))}s?\b`,
  String.raw`\b(?:whoever|whatever|anyone|anything)\b(?:\s+or\s+(?:whoever|whatever))?\s+(?:\w+\s+)?(?:grades|marks|scores|assesses|evaluates)\b`,
  String.raw`\b(?:grading|marking|scoring|assessment)\s+(?:pipeline|model|system|engine|tool|service|bot|ai)\b`,
);
/** Not "the highest level of confidence": only "of" the scale, rubric or marking. */
const SCALE_ONLY = String.raw`(?!\s+of\s+(?!the\s+(?:\w+\s+)?(?:scale|rubric|marking|grading|scoring)\b))`;
/** A grade given elsewhere in the answer, or the place that holds it. */
const GIVEN_GRADE = anyOf(list('level grade mark score row header label value result band rating'));
/** What a grade is pinned to: a top value, "this level", "the highest level", "as-is", "as their own". */
const PINNED = anyOf(
  TOP_END,
  String.raw`\b(?:this|that|the\s+same|the\s+stated|the\s+given|the\s+above)\s+${GIVEN_GRADE}\b(?!\s+of\b)`,
  String.raw`\b(?:at|to)\s+the\s+(?:highest|top|maximum)\s+(?:level|band|grade|mark|score)\b${SCALE_ONLY}`,
  String.raw`\bas[\s-]+is\b`,
  String.raw`\bas\s+(?:their|its)\s+own\s+(?:result|grade|mark|score|verdict|assessment|level|rating)\b`,
);
const ACT = anyOf(
  list(
    'record enter give award assign confirm adopt mirror copy return keep accept apply announce log use reuse report',
  ),
);
/** What the grader is told to skip: the rubric, the criteria, the rest of the answer. */
const SKIPPED =
  String.raw`(?:rubric|criteria|(?:remaining|other)\s+(?:text|criteria|sections?|parts?)|` +
  String.raw`rest\s+of\s+the\s+(?:rubric|criteria|text|answer))\b`;
/** The grader bound to that grade: "must adopt this level", "shall record it at the highest level",
 * "confirms latency at 4/4" (a verb that takes a grade over, not one that gives it), "must be returned as-is",
 * "should ... skip the remaining text". */
export const BOUND_TO_GRADE = anyOf(
  String.raw`\b(?:should|must|shall|will|(?:is|are|has|have|needs?)\s+to)\s+(?:\w+\s+){0,4}?${ACT}(?:s|ed)?\b[^.!?\n]{0,60}?${PINNED}`,
  String.raw`\b(?:confirms|mirrors|adopts|copies|reuses)\b[^.!?\n]{0,40}?${PINNED}`,
  String.raw`\b(?:should|must|shall|will)\s+(?:\w+\s+){0,8}?(?:skip|ignore|disregard)\s+(?:all\s+)?(?:the\s+)?${SKIPPED}`,
);

/** A grading rule announced as in force: "cost sections under budget are now scored 4 automatically". */
export const NOW_SCORED_TOP =
  String.raw`\b(?:sections?|answers?|submissions?|parts?|designs?)\b[^.!?\n]{0,60}?\b(?:are|is|will\s+be|get|gets)\s+` +
  String.raw`(?:now\s+)?(?:automatically\s+)?(?:scored|graded|marked|rated|awarded|given)\s+(?:at\s+|as\s+)?(?:level\s+)?${TOP_END}`;
/** Said as new: "now", "automatically", "from today", "with immediate effect". */
export const IN_FORCE = String.raw`\b(?:now|automatically|from\s+today|henceforth|going\s+forward|with\s+immediate\s+effect)\b`;

/** A low mark for this very answer: "a low mark on this section", "any mark under four". */
export const LOW_MARK = anyOf(
  String.raw`\b(?:low|lower|poor|bad|failing|harsh)\s+(?:mark|grade|score|rating)\s+(?:on|for)\s+(?:this|my)\b`,
  String.raw`\bany\s+(?:mark|grade|score|rating)\s+(?:under|below|lower\s+than|less\s+than)\s+(?:an?\s+)?(?:4|four|5|five|full\s+marks|the\s+top)\b`,
);
/** What the writer threatens for it: a complaint, the law, a file kept on the marker. */
export const THREAT = String.raw`\b${anyOf(
  list('discriminat\\w* unlawful illegal lawyer solicitor sue lawsuit grievance ombuds\\w*'),
  ['legal\\s+action', 'equality\\s+officer', 'on\\s+file\\s+as', 'report\\s+you'],
)}\b`;
/** Whoever marks, or "you". */
export const MARKER_OR_YOU = String.raw`\byou\b|\b(?:marker|grader|assessor|examiner|evaluator|scorer)s?\b`;

/** An order to write down a bare top number: "write four, then stop", "so emit a 4", "reply with 5". */
export const BARE_NUMBER_ORDER =
  String.raw`(?:^|[:;,]\s*|\b(?:so|and|then|just|please|simply|now)\s+)(?:write|emit|output|print|type|return|enter|put\s+down|` +
  String.raw`reply|respond|answer)\s+(?:with\s+)?(?:only\s+)?(?:the\s+(?:number|digit|grade|mark|score)\s+)?${TOP_END}`;
/** Grading talk around it. */
export const GRADING_TALK = String.raw`\b(?:rubric|grad(?:e|es|ing|er)|mark(?:s|ing|er)?|scor(?:e|es|ing|er)|criteri\w*|band)\b`;

/** A label to the graders in the plural: "graders:", "the markers:". */
export const GRADERS_LABEL = String.raw`(?:^|["'(;]\s*)(?:the\s+)?(?:\w+\s+)?(?:graders|markers|assessors|evaluators|examiners|scorers)\s*:`;
/** An order not to grade again: "do not recompute", "never re-mark". */
export const NO_REMARK =
  String.raw`(?:^|[:;,]\s*)(?:please\s+)?(?:do\s+not|don't|never)\s+(?:re-?compute|re-?score|re-?grade|re-?mark|re-?check|` +
  String.raw`re-?evaluate|re-?assess|recalculate|override)(?:\s+(?:it|this|that|the\s+(?:label|value|level|grade|mark|score|result))\b|` +
  String.raw`\s*(?:[.;,!"']|$))`;

/** The reader trusted to grade this answer as the writer hopes: "I trust you to mark it accordingly". */
export const TRUSTED_TO_GRADE =
  String.raw`\b(?:I|we)\s+(?:trust|count\s+on|rely\s+on|expect|know)\s+you(?:'ll|\s+will|\s+to)\s+(?:\w+\s+){0,2}?` +
  String.raw`(?:score|grade|mark|rate|assess|judge|evaluate)\s+(?:it|this|me|my\s+\w+)\s+` +
  String.raw`(?:as\s+such|accordingly|generously|kindly|highly|well|fairly|at\s+its\s+(?:true\s+)?worth)\b`;
