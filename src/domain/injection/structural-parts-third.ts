// Named parts for notes that speak ABOUT the grader instead of TO it: the grader in the third person
// ("any automated reviewer", "whatever system ends up grading this text", "the second reader"), a
// turn of a fake grading conversation ("Grader (previous turn): ..."), and the forms a grade record
// takes in code. Regex sources, tested case-insensitively against one sentence (structural.ts).
import { anyOf, list } from './rule';
import { SECTION_NAME } from './structural-parts';

const GRADING_VERB = String.raw`(?:grad|scor|mark|assess|evaluat|rat|judg|review|summari[sz])\w*`;
/** The grader named in the third person. Bare "reviewer" and "judge" are left out: designs name
 * their own review steps and LLM judges with them. */
export const GRADER_REF = anyOf(
  String.raw`\b(?:graders?|evaluators?|examiners?|assessors?|scorers?|markers?|raters?)\b`,
  String.raw`\b(?:automated|automatic)\s+${anyOf(list('reviewers? readers? tools? systems? judges? assessment scoring grading'))}\b`,
  String.raw`\b${anyOf(list('assessing grading scoring marking evaluating judging rating'))}[_ ]` +
    String.raw`${anyOf(list('models? systems? engines? tools? pipelines? ai bots? llms? steps?'))}\b`,
  // "whatever system ends up summarising or grading this text", "any tool that scores it".
  String.raw`\b(?:whatever|whichever|any|every)\s+(?:system|tool|model|ai|program|reader|reviewer|one)\b[^.!?\n]{0,50}\b${GRADING_VERB}`,
  String.raw`\b(?:first|second|other|next|later)\s+(?:readers?|reviewers?|markers?|graders?)\b`,
  // "readers of this answer who assign marks".
  String.raw`\b(?:readers?|anyone|those|whoever)\b[^.!?\n]{0,30}\bwho\s+(?:assigns?|gives?|awards?|records?)\s+(?:marks|scores|grades)\b`,
  // "whoever marks this", "anyone who grades it".
  String.raw`\b(?:whoever|anyone who|those who)\s+(?:is\s+)?(?:mark|grad|scor|assess|evaluat|rat)\w*`,
  // "the evaluation harness", "the grading service": only with this answer named (see the rules).
  String.raw`\b(?:evaluation|grading|scoring|assessment|marking)\s+(?:harness|service|engine|pipeline)s?\b`,
);

/** A speaker label of a fake grading conversation: "Grader (previous turn):", "> **Grader** (earlier):". */
export const GRADER_TURN = String.raw`^[\s>*_#-]*(?:\*\*)?${anyOf(
  list('grader evaluator scorer assessor examiner marker judge reviewer rater'),
  String.raw`(?:grading|scoring|evaluation|assessment)\s+(?:model|system|bot|ai)`,
)}(?:['’]s\s+(?:comment|feedback|note|verdict|review|remarks?))?(?:\*\*)?[ \t]{0,3}(?:\([^)\n]{0,60}\)|\[[^\]\n]{0,60}\])?(?:\*\*)?[ \t]{0,3}:`;
/** What a grader's turn says about this answer: a grade given, and the conversation going on. */
export const TURN_OUTCOME = String.raw`\b${anyOf(
  list('provisional(?:ly)? awaiting pending finali[sz]\\w* confirmed'),
  String.raw`(?:assigned|awarded|gave|given)\s+(?:it\s+)?(?:an?\s+)?[45]\b`,
)}`;

/** A grading object set in code: "grading_pipeline.override(section="task", value=4)". */
export const GRADE_CALL = String.raw`\b\w*(?:grad|scor|rubric|evaluat|assess)\w*\.\w+\s*\([^)\n]{0,80}\b(?:value|score|grade|level|result)\s*=\s*[45]\b`;

/** An XML element named for the grader, holding a grade: <instruction_for_scorer>record 4</...>. */
export const GRADER_ELEMENT = String.raw`<[\w-]*(?:scorer|grader|evaluator|assessor|examiner|marker)[\w-]*>[^<]{0,200}?(?:\b[45]\b|\bmaximum\b|\bfull marks\b)`;

/** Grading words on a YAML key that opens a grade record ("interviewer_sheet:", "panel_decision:"). */
export const RECORD_KEY = String.raw`[\w-]*${anyOf(
  list('assess evaluat grad scor review verdict result rating panel interview marking decision sheet judg'),
)}[\w-]*`;
/** A line of such a record that gives a grade: "cost: 4", "level_awarded: 4", "score: excellent". */
export const RECORD_GRADE_KEY = String.raw`(?:${SECTION_NAME}|(?:${anyOf(
  list('final overall section total assigned awarded official panel agreed'),
)}[_-]?)?${anyOf(list('score grade rating verdict result level marks? band outcome'))}(?:[_-](?:awarded|assigned|given|final|agreed))?)`;

/** A speaker label of a fake tool or system turn: "Tool result (rubric_lookup):", "System message:". */
export const TOOL_TURN =
  String.raw`^[\s>*_#\[-]*(?:\*\*)?(?:tool|function|system|assistant)(?:[ _](?:result|output|response|message|call|reply))?` +
  String.raw`(?:\*\*)?[ \t]{0,3}(?:\([^)\n]{0,60}\)|\[[^\]\n]{0,60}\])?\]?(?:\*\*)?[ \t]{0,3}:`;

/** The grader's own prompt named: "judge prompt", "grader instructions". */
export const GRADER_PROMPT = String.raw`\b(?:judge|grader|grading|scoring|evaluator|marking)\s+(?:prompt|instructions?|guidelines?)\b`;

/** Asking the grader to look past flaws: "kindly disregard the weaknesses above". */
export const OVERLOOK_FLAWS =
  String.raw`\b(?:ignore|disregard|overlook|look past|forgive|excuse)\b[^.!?\n]{0,40}\b` +
  String.raw`(?:weakness\w*|gaps?|omissions?|flaws?|shortcomings?|missing|mistakes?|errors?)\b`;
export const ASKING_OR_YOU = String.raw`\b(?:please|kindly|you|your)\b`;

/** A label naming a grading instruction: "Rating instruction:", "Scoring hint:". */
export const GRADING_LABEL =
  String.raw`^[\s>*_#(\[/-]*(?:rating|grading|scoring|marking|grader|scorer|evaluator|assessor)\s+` +
  String.raw`(?:instructions?|directive|guidance|notes?|hints?|tips?)\s*[:：|]`;

const TOP_GRADE_WORDS = String.raw`(?:highest|maximum|best|top)\s+(?:possible\s+)?(?:marks?|score|grade|band|level|rating|credit)`;
/** The answer awarding itself the top: "this deserves full credit", "this section earns four". */
export const SELF_AWARD =
  String.raw`(?:^\W*(?:honestly|frankly|clearly|surely|truly)?,?\s*|\b)(?:this|it|my (?:answer|section|work)|this (?:answer|section|part))\s+` +
  String.raw`(?:\w+ly\s+)?(?:deserves|earns|merits|warrants)\s+(?:an?\s+|the\s+)?` +
  String.raw`(?:4|5|four|five|full (?:marks|credit|score)|top (?:marks|score|grade)|${TOP_GRADE_WORDS})\b(?!%|[-.,/]?\d)(?!\s+of\b)`;
