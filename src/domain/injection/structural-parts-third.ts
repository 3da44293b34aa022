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
);

/** A speaker label of a fake grading conversation: "Grader (previous turn):", "> **Grader** (earlier):". */
export const GRADER_TURN = String.raw`^[\s>*_#-]*(?:\*\*)?${anyOf(
  list('grader evaluator scorer assessor examiner marker judge reviewer rater'),
  String.raw`(?:grading|scoring|evaluation|assessment)\s+(?:model|system|bot|ai)`,
)}(?:\*\*)?\s*(?:\([^)\n]{0,60}\)|\[[^\]\n]{0,60}\])?\s*(?:\*\*)?\s*:`;
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
export const RECORD_GRADE_KEY = String.raw`(?:${SECTION_NAME}|[\w-]*(?:score|grade|rating|verdict|result|level|marks?|band|outcome)[\w-]*)`;
