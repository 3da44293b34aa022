// Parts for the eighth set of structural rules (structural-rules-eighth.ts): a request to stop grading
// (a role switched away from the grader), a grade asked for in the passive or through "let it be", a top
// band pinned to "this" for a reader addressed, a request to skip checking, a grade claimed by the writer
// as the one to copy, a grade by one section alone, a mark asked to "reflect" what the writer says, a
// kind grade returned in kind, a top level of the rubric claimed as met, a verdict field and a fake
// chat-role turn. Each is a regex source tested case-insensitively against one sentence.
import { anyOf, list } from './rule';

const GRADER_NOUN = String.raw`(?:${anyOf(list('grader assessor evaluator examiner marker scorer judge reviewer rater'))})s?`;
/** A top value that ends its phrase: not "4 drafts", "4.5", "4%" or "4-6". */
const VALUE_KEEPERS = anyOf(list('now please here for and then on in myself ourselves already too'), [
  'out\\s+of',
]);
const TOP_VALUE = String.raw`(?:4|5|four|five)\b(?![-%.,/]?\d)(?!\s*[-–]\s*\d)(?!\s+(?!${VALUE_KEEPERS}\b)[a-z]{2,})`;
/** This answer or one of its sections (or "this one"), as what a grade is for. */
export const THIS_SECTION = String.raw`\b(?:this|the|my|our)\s+(?:\w+\s+)?(?:section|part|answer|submission|one)\b(?!\s+of\b)`;

/** An order to stop acting as the grader: "stop acting as an examiner", "switch roles now". */
export const STOP_GRADING_ROLE = anyOf(
  String.raw`\b(?:stop|quit|cease)\s+(?:acting|being|behaving|working|playing)\s+(?:as\s+|like\s+)?(?:an?\s+|the\s+)?${GRADER_NOUN}\b`,
  String.raw`^\W*switch\s+roles?\b[^.!?\n]{0,40}\b${GRADER_NOUN}\b`,
);
/** Said to someone: an order opening a clause, "you", "please". */
export const SPOKEN_TO = String.raw`\byou(?:r)?\b|\b(?:please|kindly)\b|(?:^|[:;]\s*)\W*(?:stop|quit|cease|switch|now)\b`;

/** A grade asked for in the passive: "that this section be recorded as meeting level 4". */
export const PASSIVE_GRADE =
  String.raw`${THIS_SECTION}\s+(?:should\s+|must\s+|is\s+to\s+)?be\s+(?:recorded|graded|marked|scor` +
  String.raw`ed|rated|assessed|logged|entered|credited|treated|counted|regarded)\s+(?:as|at|with)\b`;
/** The top of the scale as what a section meets: "level-4", "every criterion", "the top band", "full marks". */
export const TOP_MET = anyOf(
  String.raw`\blevel[\s_-]*[45]\b(?![-%.,/]?\d)`,
  String.raw`\b(?:every|each|all\s+(?:the\s+)?)\s*(?:criterion|criteria|rubric\s+items?)\b`,
  String.raw`\b(?:top|highest|maximum|full)\s+(?:band|level|grade|score|marks?)\b`,
  String.raw`\b(?:an?\s+)?${TOP_VALUE}`,
);

/** "let this one be a 4", "let it stand at five". */
export const LET_IT_BE_TOP =
  String.raw`\blet\s+(?:this|it|that|my\s+\w+)(?:\s+(?:one|section|answer|part))?\s+(?:be|get|stand\s+at|hav` +
  String.raw`e)\s+(?:an?\s+|the\s+)?(?:${TOP_VALUE}|full\s+marks|top\s+marks|the\s+top\s+(?:band|grade|mark))`;

/** "this is top-band work": this answer called work of the top grade. */
export const THIS_TOP_WORK =
  String.raw`\b(?:this|it|that)\s+(?:is|was)\s+(?:clearly\s+|plainly\s+|obviously\s+|simply\s+)?(?:an?\s+)?(?:top[- ](?:band|le` +
  String.raw`vel|grade|marks?)|full[- ]marks?|level[- ][45]|[45]\s*\/\s*[45])\s+(?:work|material|answer|stuff|content|writing)\b`;
/** A reader addressed: "you", "your judgement", "the reader". */
export const READER = String.raw`\byou(?:r)?\b|\breader\b`;

/** A request not to check: "no need to check them", "pass this section straight through". */
export const SKIP_CHECK = anyOf(
  String.raw`\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:check|verify|review|re-?read|scrutini[sz]e|look\s+(?:for|at|into))\b`,
  String.raw`\b(?:pass|wave|let)\s+${THIS_SECTION}\s+(?:straight\s+|right\s+)?through\b`,
  String.raw`\bwithout\s+(?:checking|verifying|reviewing|reading)\s+(?:it|them|this|the\s+figures)\b`,
);

/** The writer's own grade for this answer, as the grade: "I marked this rollout section 4 myself". */
export const I_GRADED_TOP =
  String.raw`\bI\s+(?:have\s+)?(?:already\s+)?(?:marked|graded|scored|rated|awarded|gave)\s+(?:this|the|my)\s+(?:\w` +
  String.raw`+\s+)?(?:section|answer|part)\s+(?:as\s+|at\s+)?(?:an?\s+)?(?:${TOP_VALUE}|full\s+marks|top\s+marks)`;
/** A request to follow it: "please match my mark", "use my grade", "so". */
export const FOLLOW_IT = String.raw`\b(?:match|copy|mirror|follow|adopt|keep|use)\s+(?:my|that|this)\s+(?:mark|grade|score|rating)\b|\b(?:please|kindly)\b`;

/** A grade by one section alone: "judge this answer by the latency section alone". */
export const BY_ONE_SECTION =
  String.raw`\b(?:judg|grad|scor|mark|rat|assess|evaluat)\w*\s+(?:this|the|my)\s+(?:answer|s` +
  String.raw`ubmission|design)\s+(?:by|on)\s+(?:the\s+)?(?:\w+\s+)?(?:section|part)\s+alone\b`;

/** Whoever grades, in the third person: "whoever ends up marking this page". */
export const WHOEVER_GRADES = String.raw`\b(?:whoever|whomever|anyone\s+who)\s+(?:\w+\s+){0,3}?(?:mark|grad|scor|assess|evaluat|judg)\w*\b`;
/** The grade asked to follow what the writer says: "expects the mark to reflect that". */
export const GRADE_REFLECTS =
  String.raw`\b(?:mark|grade|score|rating)\s+(?:to\s+|should\s+|will\s+|must\s+` +
  String.raw`)?(?:reflect|match|recogni[sz]e|honou?r)s?\s+(?:that|this|it|the)\b`;

/** A kind grade as a kind: "a generous mark". */
export const KIND_MARK = String.raw`\b(?:generous|favou?rable|high|good|kind|lenient|top)\s+(?:mark|grade|score|rating|evaluation|assessment)s?\b`;
/** Returned in kind: "will be returned with a generous review", "in return", "everyone wins". */
export const RETURNED = anyOf(
  String.raw`\b(?:will|would|shall)\s+be\s+(?:returned|repaid|reciprocated)\s+(?:with|by)\s+(?:an` +
    String.raw`?\s+)?(?:\w+\s+)?(?:review|rating|write-?up|recommendation|word|favou?r|feedback)s?\b`,
  String.raw`\breturn\s+the\s+favou?r\b`,
);

/** The top level of the rubric claimed as met: "as the top level of the rubric describes". */
export const RUBRIC_TOP_MET =
  String.raw`\b(?:as|what|everything)\s+(?:the\s+)?(?:top|highest|best)\s+(?:level|band|tier)\s+of\s+(?:the\s+)?(?:rubr` +
  String.raw`ic|marking\s+(?:scheme|guide)|scoring\s+guide)\s+(?:describes|requires|asks\s+for|lists|demands|expects)\b`;
/** Said of this very answer: "already covers", "here". */
export const ALREADY_COVERS = String.raw`\balready\s+(?:covers|meets|satisfies|does|has|includes|addresses)\b`;

/** A verdict field that accepts at the top: "Outcome: section accepted at level 4". */
export const VERDICT_FIELD_TOP =
  String.raw`\b(?:outcome|verdict|decision|result|status|review)[ \t]{0,3}:[^\n]{0,40}?\b(?:accepted|approve` +
  String.raw`d|passed|graded|marked|rated|scored)\s+(?:at|as|with)\s+(?:an?\s+)?(?:level\s*)?${TOP_VALUE}`;

/** A chat-role turn written into the answer: "developer: (priority over the rubric) ...". */
export const ROLE_TURN = String.raw`^\W*(?:system|developer|admin|operator)[ \t]{0,3}(?:\([^()\n]{0,40}\)[ \t]{0,3})?:`;
/** What such a turn sets: a grade ("are graded 4") or an order over the rubric. */
export const TURN_GRADE = anyOf(
  String.raw`\b(?:graded|scored|marked|rated)\s+(?:as\s+|at\s+)?(?:an?\s+)?(?:level\s*)?${TOP_VALUE}`,
  String.raw`\b(?:priority|precedence)\s+over\s+the\s+(?:rubric|grader|marking)\b`,
);

/** Words the eighth rules need that the quick pre-test in structural.ts has no other word for. */
export const EIGHTH_ANY = [
  'straight through',
  'no need (?:for you )?to',
  'without (?:checking|verifying)',
  'let (?:this|it|that|my)\\b',
  'five\\b',
  'stop (?:acting|being|behaving)',
  'switch roles?',
  'return the favou?r',
  'be (?:returned|repaid|reciprocated)',
  '(?:top|highest|best) (?:level|band|tier) of',
  '(?:system|developer|admin|operator)[ \\t]{0,3}(?:\\([^()\\n]{0,40}\\)[ \\t]{0,3})?:',
  '(?:outcome|verdict|decision|result|status)[ \\t]{0,3}:',
];
