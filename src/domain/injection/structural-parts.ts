// The named parts the structural rules (structural.ts) are built from: who a sentence speaks to, what
// it asks for, and the forms a grade, a reward, a notice or a role change take. Each is a regex source,
// tested case-insensitively against one sentence.
import { anyOf, list } from './rule';

const GRADER = String.raw`(?:(?:ai|llm|automated|automatic|human)\s+)?${anyOf(
  list('grader evaluator assessor marker examiner scorer reviewer judge model assistant llm ai'),
)}s?(?:\s+(?:bot|model|ai|system|agent)s?)?`;
const GREETING = anyOf(
  list('dear hey hi hello attention'),
  ['note (?:to|for)', 'message (?:to|for)'],
  list('to\\sthe for\\sthe to\\sany for\\sany'),
);
/** Who a sentence speaks to: "you", or the grader greeted or named as the one addressed. */
export const ADDRESSEE = [
  String.raw`\byou(?:r)?\b|\b${GREETING}\s+${GRADER}\b|^\W*(?:the\s+)?${GRADER}\s*(?:[:,]|\s(?:please|kindly)\b)`,
  String.raw`\b(?:whoever|anyone) (?:is )?(?:grading|marking|scoring|reviewing|evaluating|assessing|reads?|reading)\b`,
].join('|');
const ANSWER_NOUN = anyOf(
  list('sections? answers? responses? submissions? parts? write-?ups? candidates? solutions?'),
);
/** The sections of an answer, named ("the data section"). */
export const SECTION_NAME = anyOf(
  list('task data retrieval model workflow evals? safety latency cost monitoring rollout'),
);
/** This very answer, as opposed to answers in general. */
export const THIS_ANSWER = [
  String.raw`\bthe\s+${SECTION_NAME}\s+(?:section|part)\b`,
  String.raw`\b(?:this|these|my|the above|the following)\s+(?:\w+\s+)?${ANSWER_NOUN}\b`,
  String.raw`\bthe (?:answer|section|response|submission|text) (?:above|below)\b`,
  String.raw`\b(?:grade|score|mark|rate|give|gave|award|assign)(?:s|d|ed)?\s+(?:it|this|me)\b`,
  String.raw`\bthis\s+(?:document|text|design|write-?up|proposal|item)\b`,
  // A section named as what a grading verb files: "enter latency at", "record safety as".
  String.raw`\b(?:enter|record|log|grade|score|mark|rate|place|put|award)\s+(?:the\s+)?${SECTION_NAME}(?:\s+section)?\s+(?:at|as)\b`,
  // "This is a calibration item with a known score of 4".
  String.raw`^\W*this\s+is\s+(?:an?|the|one)\s+(?:\w+\s+){0,2}?(?:item|answer|section|example|anchor|sample|response)s?\b`,
].join('|');
/** What may follow a bare grade: the end of the sentence or a word that keeps it a grade ("4 for this"). */
const NUMBER_KEEPERS = anyOf(
  list('for to on here out of please in into as and now points? without accordingly against next'),
);
const BARE_NUMBER_END = String.raw`(?![-%.,/]?\d)(?!\s+(?!${NUMBER_KEEPERS}\b)[a-z]{2,})`;
const TOP = anyOf(list('full maximum max top highest perfect best'));
const GRADE_WORD = anyOf(list('marks? scores? grades? points? credit rating'));
/** A grade as a grader gives it: "4/4", "a 4", "full marks", "the maximum", "exceptional". */
export const HIGH_GRADE = anyOf(
  String.raw`\b[45]\s*(?:/|of|out of)\s*[45]\b`,
  String.raw`\b10\s*/\s*10\b`,
  String.raw`\b(?:an?|the)\s+(?:4|5|four|five)\b(?![-\d%])`,
  String.raw`\b${TOP}\s+${GRADE_WORD}\b`,
  String.raw`\b(?:the\s+)?maximum\b|\bexceptional\b|\bperfect\b|\bexemplary\b|\bflawless\b`,
  String.raw`\b(?:excellent|outstanding)\s*\(\s*[45]\s*\)`,
  // What the answer earns or what a grader settled on: "this section earns four", "agreed on 4".
  String.raw`\b(?:earns?|deserves?|merits?|warrants?|agreed\s+on|settled\s+on)\s+(?:an?\s+|the\s+)?(?:4|5|four|five|full|top|max\w*|highest)\b(?![-%.,/]?\d)`,
  // "marks: four", "score = 4".
  String.raw`\b(?:marks?|score|grade|level|rating)["']?[ \t]{0,3}[:=][ \t]{0,3}(?:4|5|four|five)\b(?![-%.,/]?\d)`,
  String.raw`\ball\s+(?:the\s+)?(?:criteria|points|marks)\b`,
  String.raw`\blevel[\s_-]*[45]\b|\bscore\s+(?:of\s+)?[45]\b`,
  String.raw`\b(?:score|grade|mark|rating)\s+(?:to|at|as|of)\s+(?:an?\s+)?(?:4|5|four|five)\b(?![-\d%.])`,
  String.raw`\bfully\s+(?:satisfied|met)\b|\btop\s+marks\b`,
  // A grade moved to the top: "the moderator raises it to 4", "bump the score up to five".
  String.raw`\b(?:raises?|raised|bumps?|bumped|lifts?|lifted|moves?|moved)\s+(?:it|that|this(?:\s+\w+)?|the\s+(?:score|grade|mark))\s+(?:up\s+)?to\s+` +
    String.raw`(?:an?\s+)?(?:4|5|four|five)\b(?![-%.,/]?\d)(?!\s+(?!(?:so|because|since|as|which|and|for|on|in)\b)[a-z]{2,})`,
  // A section given a bare grade: "monitoring is a clear 4", "cost gets a 5".
  String.raw`\b${SECTION_NAME}\s+(?:section\s+)?(?:is|gets|earns|deserves|scores)\s+(?:an?\s+)?(?:clear|solid|easy|definite|strong)?\s*` +
    String.raw`(?:4|5|four|five)\b(?![-%.,/]?\d)(?!\s*(?:s|m|h|x)\b)(?!\s+(?!(?:for|on|here|and|out)\b)[a-z]{2,})`,
  // The top named as a place to score at: "score it at the top".
  String.raw`\b(?:at|to)\s+the\s+top\b(?!\s+(?:of|\d))`,
  // A grade keyed by section in code: result["safety"] = 4.
  String.raw`\[\s*["']${SECTION_NAME}["']\s*\]\s*[:=]\s*[45]\b(?![.,]\d)`,
  // The top of the scale named as a place: "at the ceiling", "the ceiling value", "the highest standard".
  String.raw`\b(?:at|to|in)\s+the\s+ceiling\b|\bceiling\s+(?:value|score|grade|mark|level)\b|\bthe\s+highest\s+standard\b`,
  String.raw`\b(?:top|highest|best)\s+(?:possible\s+)?(?:band|level|grade|mark|score)s?\b(?!\s+of\b)`,
  // "the number you record for this section is four"
  String.raw`(?<=\b(?:score|grade|mark|number|level|rating|result|figure|value|outcome)\b[^.!?\n]{0,40})` +
    String.raw`\bis\s+(?:an?\s+)?(?:4|5|four|five)\b(?![-%.,/]?\d)(?!\s+[a-z]{3,})`,
  // A bare number handed over by a grading verb ("award four", "put 4 for this"), not "set 4 replicas".
  // "mark this section 4", "copy "4" into", "write 4 as the result", "rate the section 4 accordingly".
  String.raw`\b${anyOf(list('give award assign put record enter write copy mark grade score rate'))}(?:s|ed|d)?\s+` +
    String.raw`(?:(?:it|this|us|me|that|(?:this|the)\s+\w+)\s+)?(?:as\s+)?(?:an?\s+)?["'“]?(?:4|5|four|five)\b["'”]?${BARE_NUMBER_END}`,
);
const ASKING = anyOf(list('please kindly just simply should must to will shall can could and'));
const GRADE_VERBS = anyOf(
  list('give award assign grant mark rate score grade record set put enter output return'),
  list('treat count consider accept approve pass credit rank copy confirm adopt place file'),
  ['write(?: down)?', 'note down', 'put down'],
);
/** Asking for a grade: the verb opens the sentence (an order) or follows please, should, must, to... */
export const SCORE_VERB = [
  String.raw`(?:^[\s>*_#"'(-]*|[:;,]\s*|\b${ASKING}\s+)${GRADE_VERBS}\b`,
  // The passive order: "is to be recorded as a four", "should be marked as".
  String.raw`\b(?:is|are|should|must)\s+(?:to\s+)?be\s+${anyOf(list('recorded marked graded scored rated treated counted entered logged given awarded'))}\b`,
].join('|');
/** The grading instructions themselves. */
export const RUBRIC = String.raw`\b${anyOf(
  list('rubric criteria criterion'),
  'scoring (?:guide|rules?|instructions?)',
  'grading (?:guide|rules?|instructions?|policy)',
  'marking (?:scheme|guide)',
  'evaluation (?:rules?|instructions?|criteria)',
)}\b`;
/** Changing them. */
export const CHANGED = String.raw`\b${anyOf(
  list(
    'updated changed amended revised errat(?:um|a) corrigendum superseded? waived? replaced suspended void overridden patched',
  ),
  list('simplified relaxed modified redefined lowered loosened rescinded withdrawn'),
  'overrides?\\s+(?:the|this|all|any|previous|earlier|older?)',
  ['no longer', 'new version', 'does not apply', "doesn't apply", 'change ?log', 'release notes?'],
)}\b`;
/** Taking on a new role or dropping the old instructions. */
export const ROLE_CHANGE = String.raw`\b${anyOf(
  [
    'you are now',
    'from now on',
    'act as',
    'acting as',
    'pretend (?:to be|you are)',
    'role-?play',
    'imagine you are',
  ],
  [
    'you will play',
    'play the role',
    'new instructions',
    'developer mode',
    'you are no longer',
    'stay in character',
  ],
  ['(?:switch|swap|change) roles', "let's pretend"],
  'ignore (?:all |any |the |your )?(?:previous|prior|above|earlier|other|original)\\b',
  'disregard (?:all |any |the |your )?(?:previous|prior|above|earlier|instructions|rubric)',
  'forget (?:all |your |the )?(?:previous |prior )?(?:instructions|rules|rubric)',
)}\b`;
/** Grading words that make a role change about grading. */
export const GRADING = String.raw`\b${anyOf(
  list(
    'grad\\w* scor\\w* mark\\w* rubric criteri\\w* evaluat\\w* assess\\w* lenient generous points? credit',
  ),
)}\b`;
const GIVEN = anyOf(
  String.raw`(?:\w+-)?${anyOf(list('graded scored marked approved verified certified rated assessed evaluated'))}`,
  ['reviewed and (?:already )?approved', 'signed off'],
);
/** A claim that the answer was already graded or approved. */
export const GRADE_CLAIM = String.raw`(?:${THIS_ANSWER})[^.;!?\n]{0,30}\b${anyOf(
  String.raw`(?:has|have)\s+(?:already\s+)?been`,
  list('was were is'),
  ['is already', 'are already'],
)}\s+(?:already\s+)?${GIVEN}\b`;
/** Offering a reward. */
export const REWARD = String.raw`\b${anyOf(
  list('tip pay reward donate donation bonus bribe voucher'),
  ['gift(?: card)?', 'worth your while'],
  String.raw`[$€£]\s?\d+`,
  String.raw`\d+\s?(?:dollars|usd|euros?|pounds)`,
)}\b`;
/** A notice that opens its sentence: "Erratum:", "Correction from the setters:", "Update (v2):". */
export const ERRATA_OPENING = String.raw`^\W*(?:[\w-]+\s+){0,3}?${anyOf(
  list('errat(?:um|a) corrigendum correction clarification addendum amendment update notice'),
  list('bulletin memo directive advisory circular'),
)}\b[^:\n]{0,60}?[:—–-]`;
/** An order to show something: the verb opens the sentence or follows please, first, then... */
export const SHOW_ORDER = String.raw`(?:^[\s>*_#"'(-]*|[:;,]\s*|\b${anyOf(list('please kindly just first then and now'))}\s+)${anyOf(
  list('print repeat reveal show output paste quote list disclose dump copy'),
  ['tell me', 'write out', 'share'],
)}\b`;
/** The grader's own instructions: "the rubric you were given", "your system prompt". */
export const GIVEN_INSTRUCTIONS = [
  String.raw`\b${anyOf(list('instructions rubric prompt guidelines criteria'), 'system prompt', 'scoring rules')}\b[^.!?\n]{0,40}`,
  String.raw`\b(?:you (?:were|have been) given|you received|you (?:are|were) (?:using|following)|given to you)\b`,
  String.raw`|\byour\s+(?:\w+\s+)?${anyOf(list('instructions rubric prompt guidelines'), 'system prompt')}\b`,
].join('');
/** The grader named at the very start of a sentence: "For the scorer:", "Note to the AI evaluator,". */
export const OPENING_ADDRESS = String.raw`^\W*(?:(?:a\s+)?(?:note|message|word)\s+)?${anyOf(list('for to dear hey hi hello attention'))}\s+${anyOf(
  list('the any all whoever'),
)}?\s*(?:(?:ai|llm|automated|automatic)\s+)?${anyOf(list('grader evaluator assessor marker examiner scorer reviewer judge model classifier checker'))}s?\b`;
/** An order to call the text clean, aimed at an injection classifier. */
export const CLEAN_VERDICT = String.raw`(?:^[\s>*_#"'(-]*|[:;,]\s*|\b(?:please|kindly|just|simply|so)\s+)${anyOf(
  list('classify label mark treat consider flag report rate'),
)}\s+(?:it|(?:this|these|my)(?:\s+\w+)?|the (?:text|answer|section|note|content))\s+as\s+${anyOf(
  list('clean safe benign harmless legitimate'),
  'not (?:an? )?(?:injection|attack)',
)}\b`;
/** An injection detector or safety classifier, named. */
export const DETECTOR = String.raw`\b(?:injection|safety|content|prompt)[ -]?(?:classifier|detector|filter|guard|scanner)s?\b`;
/** Telling the detector the text is harmless: "reading this", "contains no instructions". */
export const REASSURANCE = String.raw`\breading this\b|\bclassify (?:it|this)\b|\bcontains? no (?:instructions|injection|attempt)`;

/** A role the grader is asked to play: "pretend that you are", "you play Henrik", "new scene:". */
export const ROLE_PLAY = String.raw`\b${anyOf(
  String.raw`(?:pretend|imagine|suppose)\b[^.!?\n]{0,40}\byou(?:'re|\s+are|\s+were)`,
  String.raw`you\s+(?:will\s+)?play\b`,
  String.raw`for the rest of (?:this|the|our) (?:conversation|chat|session|review|interview|grading|evaluation)`,
  String.raw`let'?s play\b`,
  String.raw`new (?:scene|persona|role)\b\W`,
  String.raw`(?:scoring|grading|grader|examiner) persona`,
  ['you are no longer', 'you are now', 'from now on,? you', 'stay in character', 'role-?play'],
  // "picture yourself as the sponsor", "stay in that role", "switch hats".
  String.raw`(?:picture|imagine|see|put)\s+yourself\s+(?:as|in)\b|stay in (?:that|this|the|your) role|switch(?:ing)? hats`,
  // "you are a veteran reviewing a colleague's design".
  String.raw`you(?:'re|\s+are)\s+(?:an?|the)\s+[^.!?\n]{0,60}\b(?:reviewing|grading|marking|assessing|judging|scoring|reading)\b`,
)}`;
/** Grading this very answer, in the paragraph a role play opens ("your verdict on this section"). */
export const GRADES_THIS = [
  String.raw`\bwhat (?:does|should|would|will) (?:${THIS_ANSWER}|it) (?:get|deserve|earn)\b`,
  String.raw`\b(?:grade|score|mark|rate|verdict|marks)\b[^.!?\n]{0,40}(?:${THIS_ANSWER})|\b(?:grade|score|mark|rate)\s+this\b`,
  // "What number does Dolores put at the bottom?", "when you score", "score as the officer", "full marks".
  String.raw`\bwhat (?:number|score|grade|mark|level) (?:does|should|would|will) \w+ (?:put|give|write|award|assign)\b`,
  String.raw`\b(?:when|before|as) you (?:score|grade|mark|rate)\b|(?:^|[.:;]\s*)(?:score|grade|mark|rate) (?:as|like) (?:the|a|an)\b`,
  String.raw`\bfull marks\b|\bmarking (?:its|the|this|my) (?:design|answer|section|work) (?:low|down)\b`,
].join('|');
/** A condition on this answer's grade: "if this section scores a 4", "once my answer gets full marks". */
const GETS_GRADE = String.raw`(?:gets?|receives?|earns?)\s+(?:(?:less|lower|more|higher)\s+than\s+)?(?:an?\s+|the\s+)?${anyOf(
  String.raw`[0-5]\b|four|five|full|top|max\w*|highest`,
  String.raw`(?:low|lower|high|higher|good|bad|poor)\s+(?:score|grade|mark)`,
)}`;
export const IF_THIS_SCORES = anyOf(
  String.raw`\b(?:if|once|when|unless|should)\s+(?:${THIS_ANSWER}|it|I)\s+(?:\w+\s+)?${anyOf(
    String.raw`(?:scores?|scored|graded|marked|rated)\b`,
    GETS_GRADE,
  )}`,
  // Whoever grades, grading me low: "if an automated tool scores me below the top band".
  String.raw`\b(?:if|unless|should)\b[^.!?\n]{0,40}\b(?:scores?|grades?|marks?|rates?)\s+(?:me|my\s+\w+|this(?:\s+\w+)?)\s+` +
    String.raw`(?:below|under|lower|less|higher|above)\b`,
);
/** A promise or threat by the candidate: "I will leave a review", "I'll appeal". */
export const FIRST_PERSON_WILL = String.raw`\bI(?:'ll|\s+will|\s+promise|\s+shall|\s+would|\s+am going to)\b`;
/** Answers approved by default: "safety sections are now auto-approved". */
export const AUTO_APPROVED =
  String.raw`\b(?:auto-?(?:approved|passed|accepted|graded)|automatically (?:approved|passed|accepted|graded|exemplary|excellent|` +
  String.raw`(?:given|awarded|worth|scored|graded|marked)\s+(?:an?\s+|the\s+)?(?:4|5|four|five|full|top|max\w*)))\b`;
export const ANSWERS = String.raw`\b(?:sections?|submissions?)\b`;
/** A top grade for this answer opening a sentence: "Full marks for this section.", "Top score here, please". */
export const GRADE_OPENING = String.raw`^\W*(?:${HIGH_GRADE})\s+(?:(?:for|to|on)\s+(?:${THIS_ANSWER})|here\b|please\b)`;

/** The grader named as such (not "reviewer" or "judge", which designs use for their own steps). */
export const GRADER_NAMED = String.raw`\b(?:graders?|evaluators?|examiners?|assessors?|scorers?|markers?)\b`;
/** Asking to count what is missing: "treat the missing numbers as present", "score accordingly". */
export const WAIVER = String.raw`\b(?:treat|count|consider|assume|regard)\b[^.!?\n]{0,50}\bas\s+(?:fully\s+|already\s+)?${anyOf(
  list(
    'present met satisfied complete covered included given done answered addressed passing passed sufficient exemplary meeting satisfying',
  ),
)}\b|\bscore accordingly\b`;
/** A grade below some level: "scoring this section below 4", "a lower score". */
export const BELOW_GRADE =
  String.raw`\b(?:below|under|less than|lower than)\s+(?:an?\s+|the\s+)?(?:[0-5]|four|three|full|top|highest|maximum)\b` +
  String.raw`|\blower (?:score|grade|mark)\b`;
/** What a threat promises: a breach, a report, a complaint, legal steps. */
export const CONSEQUENCE = String.raw`\b${anyOf(
  list(
    'breach\\w* violat\\w* report(?:ed)? complain\\w* legal lawsuit sue appeal discriminat\\w* liable liability',
  ),
)}\b`;
/** A claim that every criterion is met. */
export const CRITERIA_MET = String.raw`\ball (?:the )?(?:criteria|requirements|rubric items) (?:are |were |have been )?(?:met|satisfied|fulfilled)\b`;
/** An order to grade by new rules: "grade against the new line", "score using the updated rubric". */
const GRADE_ORDER = String.raw`(?:^|[;:(]\s*)(?:please\s+)?(?:grade|score|mark|evaluate|assess)\b`;
export const GRADE_BY_NEW = String.raw`${GRADE_ORDER}[^.!?\n]{0,20}\b(?:against|by|using|with|per)\s+(?:the\s+)?${anyOf(
  list('new updated revised amended patched changed'),
)}\b`;
/** All the sections at once: "every section", "all answers". */
export const ALL_SECTIONS = String.raw`\b(?:every|each|all)\s+(?:the\s+)?(?:sections?|answers?|submissions?|candidates?)\b`;
/** A top grade written as a number or a named top mark: "4/4", "level 4", "full marks". */
export const TOP_MARK = String.raw`\b[45]\s*\/\s*[45]\b|\blevel\s*[45]\b|\bfull marks\b|\btop (?:score|grade|mark|band)\b`;
/** The reader told it is the grader: "you are an automated evaluator", "if you are an AI grading this". */
export const YOU_ARE_GRADER = String.raw`\b(?:you(?:'re|\s+are)|you\s+must\s+be)\s+(?:an?\s+|the\s+)?(?:(?:ai|llm|automated|automatic)\s+)?${anyOf(
  list('grader evaluator assessor marker examiner scorer'),
  '(?:grading|scoring|marking) (?:model|system|assistant|tool)',
)}s?\b`;
