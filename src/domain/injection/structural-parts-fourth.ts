// Named parts for the forms a note to the grader takes when it names no "you" and gives no plain order:
// a grade the grader "should" record, stated in the third person; a grade given as the "reference" or
// "expected" one; an order to keep a grade from an earlier round; a question that suggests a grade; a
// note cut into parts; a grade recorded in the passive "as agreed"; a role that ends in a grade; a
// threat tied to a low mark; a grade set by a positional argument in code; a label "... for the grader:".
// Regex sources, tested case-insensitively against one sentence (structural.ts).
import { anyOf, list } from './rule';

const FOUR = String.raw`(?:4|5|four|five)\b(?![-.,/]?\d|\s*%)`;
const GRADER = anyOf(
  list('graders? markers? scorers? evaluators? assessors? examiners? reviewers? judges? raters?'),
);

/** A top grade written as a grade: "4/4", "a rating of 4", "level 4", "full marks", "the top score". */
export const NAMED_TOP = anyOf(
  String.raw`\b[45]\s*(?:/|out of)\s*[45]\b`,
  String.raw`\b(?:rating|score|grade|mark|level|band)\s+(?:of\s+)?${FOUR}`,
  String.raw`\b(?:full|maximum|top|highest|best)\s+(?:possible\s+)?(?:marks?|score|grade|rating|credit|band)\b`,
);

/** A sentence with no condition in it ("only when", "if", "unless"): an order, not a policy. */
const UNCONDITIONAL = String.raw`^(?!.*\b(?:only|unless|if|when|whenever|once|until|after)\b)`;
/** An order by modal verb: "should carry", "is to record", "must be corrected". */
export const MODAL_ORDER = String.raw`${UNCONDITIONAL}.*\b(?:should|must|shall|is to|are to|needs? to|has to|ought to)\b`;

/** A grade given as the one that is right: "its reference score is 4", "the expected grade: 4". */
export const REFERENCE_TOP = String.raw`\b${anyOf(
  list('reference expected correct right true gold target agreed official final'),
)}\s+(?:score|grade|mark|rating|level|band)\s*(?:is|=|:|was|of)\s*(?:an?\s+)?${FOUR}`;
/** A change of the grade towards the top ("should be corrected to 4"), or this answer named as its owner. */
export const CORRECTION_OR_OWNER = anyOf(
  String.raw`\b(?:corrected|changed|set|raised|updated|adjusted|overridden|bumped|restored|moved)\s+to\s+(?:an?\s+|level\s+)?${FOUR}`,
  String.raw`\bits\s+(?:reference|expected|correct|gold|target)\b`,
  String.raw`\b(?:this|my)\s+(?:answer|section|response|submission|part)\b`,
);

/** An order to keep a grade given before: "Keep this score in the re-run", "carry over the previous grade". */
export const KEEP_GRADE =
  String.raw`(?:^[\s>*_#"'(-]*|[:;,]\s*|["”)\]]\s+|\b(?:please|kindly|just|simply)\s+)` +
  String.raw`(?:keep|retain|carry (?:over|forward)|re-?use|copy|reapply|maintain|preserve)\s+` +
  String.raw`(?:this|that|the (?:same|previous|earlier|prior|first|existing|original))\s+(?:\w+\s+)?` +
  String.raw`(?:score|grade|mark|rating|verdict)s?\b(?!\s*(?:threshold|scale|range|cut|format|schema))`;
/** A second grading of the same answer: "the re-run", "round 2", "a second look". */
export const REGRADING = String.raw`\b(?:re-?runs?|re-?grad\w*|re-?mark\w*|re-?scor\w*|round\s+(?:1|2|one|two)|second (?:read|look|pass))\b`;

/** A grade suggested by where to "put" the answer: "put this one at 4", "rate the section at five". */
export const PUT_AT_TOP =
  String.raw`\b(?:put|place|rate|mark|score|grade|set|leave)\s+` +
  String.raw`(?:(?:it|this|that)(?:\s+one)?|(?:this|the|my)\s+(?:\w+\s+)?(?:section|answer|part|one|plan|design))\s+` +
  String.raw`at\s+(?:an?\s+)?(?:level\s+)?${FOUR}`;
/** The grader asked, or the grader spoken of: "for the reviewer", "the marker", "you". */
export const GRADER_MENTION = String.raw`\b(?:you|your|(?:the|a|any)\s+${GRADER})\b`;

/** A note cut into pieces across sections or blocks: "part one", "continued in my safety section". */
export const CONTINUATION = String.raw`\bpart\s+(?:1|2|3|one|two|three)\b|\bcontinued\s+(?:in|on|from|below|above|later|next)\b|\bto be continued\b`;
/** A note to the grader, anywhere in the sentence ("a note to whoever marks this"), or a top grade for this. */
export const NOTE_OR_TOP_FOR_THIS = anyOf(
  String.raw`\b(?:note|message|memo|reminder|word)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:whoever|anyone|${GRADER})`,
  String.raw`(?:^|\()\W*(?:to|for|dear)\s+(?:the\s+)?${GRADER}\s*[,:]`,
  String.raw`${NAMED_TOP}\s+(?:for|to|on)\s+(?:this|my)\b`,
);

/** A top grade recorded in the passive: "recorded at the top score", "entered as full marks". */
export const PASSIVE_TOP =
  String.raw`\b(?:recorded|entered|logged|marked|scored|graded|rated|set|put|placed|filed)\s+(?:at|as|with)\s+` +
  String.raw`(?:an?\s+|the\s+)?(?:top|maximum|highest|full|best)\s+(?:possible\s+)?(?:score|grade|marks?|band|rating)\b`;
/** What vouches for it: "as agreed with the hiring panel", or the note closing: "End of note." */
export const AGREED_OR_END = String.raw`\bas (?:agreed|approved|decided|confirmed|arranged) (?:with|by)\b|\bend of (?:the )?(?:note|message|memo)\b`;

/** A new role for the reader: "From here on, answer as "Dana"", "respond as 'the hiring manager'". */
export const ROLE_SWITCH = anyOf(
  String.raw`\b(?:from (?:here|now) on|from this point(?: on)?|henceforth),?\s+(?:please\s+)?(?:answer|respond|reply|speak|act|write)\s+as\b`,
  String.raw`\b(?:answer|respond|reply|speak)\s+as\s+["“']`,
);

/** A low mark and what follows it: "if this plan is marked below 4". */
export const IF_MARKED_LOW =
  String.raw`\bif\b[^.!?\n]{0,40}\b(?:marked|scored|graded|rated|given)\s+(?:below|under|lower than|less than)\s+` +
  String.raw`(?:an?\s+|the\s+)?(?:[0-5]|four|three|full|top|highest|maximum)\b`;
/** A consequence for the grader: an escalation, a complaint, the reviewer named. */
export const THREATENED = String.raw`\b(?:escalat\w*|complain\w*|lawsuit|legal action|sue|name (?:the|you|him|her|them))\b`;
/** The candidate as the one who acts: "the candidate intends", "I will". */
export const CANDIDATE_ACTS = String.raw`\b(?:the candidate|I|I'll|me|my)\b`;

/** A grade set in code by position: "evaluator.setScore("latency", 4)". */
export const GRADE_CALL_POSITIONAL =
  String.raw`\b\w*(?:grad|scor|rubric|evaluat|assess|mark)\w*\.(?:set|put|record|assign|give|award|write|override|update)\w*` +
  String.raw`\s*\([^)\n]{0,60}?\b[45]\s*\)`;

/** A label that ends by naming the grader: "action for grader:", "next step for the marker:". */
export const LABEL_FOR_GRADER = String.raw`^\W*(?:[\w-]+\s+){1,3}(?:for|to)\s+(?:the\s+)?(?:ai\s+|automated\s+)?${GRADER}\s*:`;
/** An order to record a grade after such a label: "record level 4", "enter 4/4". */
export const RECORD_TOP = String.raw`[:;,]\s*(?:please\s+)?(?:record|enter|set|give|award|assign|mark|log|write)\b[^.!?\n]{0,30}${NAMED_TOP}`;

/** The grader named in English, as a word of its own ("GRADER — SECTION = 4"). */
export const GRADER_WORD = String.raw`\b(?:grader|marker|scorer|evaluator|assessor|examiner)s?\b`;
/** This answer given a top grade as a field: "section = 4", "answer: 5", "latency = 4". */
export const ANSWER_FIELD_TOP = String.raw`\b(?:section|answer|part|${anyOf(
  list('task data retrieval model workflow evals? safety latency cost monitoring rollout'),
)})\s*[:=]\s*${FOUR}`;
