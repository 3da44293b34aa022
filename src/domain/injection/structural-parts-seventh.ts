// Parts for the seventh set of structural rules (structural-rules-seventh.ts): a top grade pinned to this
// answer or one of its sections, a setting verb aimed at the grade, and the pressure put on whoever grades
// (a threat, a reward, a new role, the other sections set aside). Each is a regex source tested
// case-insensitively against one sentence.
import { anyOf, list } from './rule';
import { SECTION_NAME } from './structural-parts';

/** Who grades, named: "the grader", "assessment tools", "grading scripts". */
const GRADER_NAMED = String.raw`\b(?:${anyOf(
  list('grader assessor evaluator examiner marker scorer'),
)}s?|(?:grading|assessment|marking|scoring)\s+(?:${anyOf(list('model script system tool bot agent pipeline'))})s?)\b`;
/** A four or five that ends its phrase: not "4 drafts", "4.5", "4%", "4-6" or "4 s". */
const FOUR = String.raw`(?:4|5|four|five)\b(?![-%.,/]?\d|%)(?!\s*[-–]\s*\d)(?!\s+(?!${anyOf(
  list('now please for and here immediately on in without across throughout points? marks?'),
  ['out\\s+of'],
)}\b)[a-z]{2,})`;
/** This answer or one of its sections, as the thing a grade is for. */
export const SECTION_OBJECT = anyOf(
  String.raw`\b(?:this|its|the|my|our)\s+(?:${SECTION_NAME}\s+)?(?:section|part|answer|reply|response|submission)\b(?!\s+of\b)`,
  String.raw`\b${SECTION_NAME}\s+(?:section|part)\b`,
  String.raw`\bthis\s+${SECTION_NAME}\s+(?:design|plan|write-?up)\b`,
);
/** A top grade bound to a grading word or modal: "level 4", "verdict ... has to be 4", "top-rated", "4/4". */
export const PINNED_TOP = anyOf(
  String.raw`\b(?:level|score|grade|band|rating|verdict|mark)\s*(?:[:=]|of|as|at|is)?\s*${FOUR}`,
  String.raw`\b(?:has|have|needs?|ought)\s+to\s+be\s+(?:an?\s+)?${FOUR}`,
  String.raw`\b(?:must|should|shall|will)\s+be\s+(?:an?\s+)?${FOUR}`,
  String.raw`\btop[- ](?:band|rated|level|score|grade|marks?)\b(?!\s+(?:in|of|on|across)\b)`,
  String.raw`(?<![\d.])[45]\s*\/\s*[45](?![\d.])`,
  String.raw`\b(?:full|maximum|highest|top)\s+(?:marks?|score|grade|points|level)\b(?!\s+(?:in|of|on|across)\b)`,
);
/** Talk that defines grades rather than giving one: a condition of the scale, a meaning, a range. */
export const NOT_A_SCALE =
  String.raw`^(?!.*\b(?:when|whenever|means?|meant|defined?|scale|rubric levels|e\.g\.|for example)\b)` +
  String.raw`(?!.*\b[0-5]\s*(?:-|–|to)\s*[0-5]\b)`;
/** What a setting verb may aim at: the grade itself, this answer or a section. */
const GRADE_OBJECT = anyOf(
  String.raw`(?:its?|the|this|that|my)\s+(?:${SECTION_NAME}\s+)?(?:score|grade|level|mark|rating|result)`,
  String.raw`(?:this|the|my)\s+(?:${SECTION_NAME}\s+)?(?:section|part|answer)`,
  String.raw`(?:the\s+)?${SECTION_NAME}(?:\s+section)?`,
  'it|this|me',
);
const SET_VERB = anyOf(
  list('set put enter record log type give award assign confirm mark rate grade score'),
  list('awarded assigned given recorded entered confirmed'),
);
/** A setting verb aimed at the grade, with a top value: "set latency to 4", "has awarded level 4", "enter 4 now". */
export const SET_TOP = String.raw`\b${SET_VERB}\s+(?:${GRADE_OBJECT}\s+)?(?:to|at|as|=|:)?\s*(?:an?\s+|the\s+)?(?:level\s*)?${FOUR}`;
/** Someone told to do it: the grader named, a "please", or an order opening a clause. */
export const ORDERED = anyOf(
  GRADER_NAMED,
  String.raw`\b(?:please|kindly)\b`,
  String.raw`(?:^|[;:,]\s*)\W*${anyOf(list('enter record log set put type give award assign confirm'))}\b`,
);
/** A conclusion that names a top level: "Conclusion: level 4", "Verdict: score 5". */
export const CONCLUDED_TOP =
  String.raw`^\W*(?:conclusion|verdict|final (?:grade|score|verdict|level)|therefore|hence)\b` +
  String.raw`[^.!?\n]{0,20}?\b(?:level|score|grade|band)\s*[:=]?\s*${FOUR}`;
/** A grade said to follow by itself: "is automatically level 4", "automatically earns full marks". */
const BECOMES = anyOf(list('gets? earns? receives? scores? is are be becomes? rated graded scored awarded'), [
  'counts? as',
]);
export const AUTOMATIC_TOP =
  String.raw`\bautomatically\s+(?:${BECOMES}\s+)?(?:an?\s+|the\s+)?` +
  String.raw`(?:(?:level|score|grade|band)\s*(?:of\s*)?${FOUR}|full marks|the maximum|top marks)`;
/** A low grade, as what the grader might give: "under-score", "marks it down", "a lower grade". */
const LOW_GRADE =
  String.raw`\b(?:under-?(?:scor|grad|mark|rat)\w*|mark\w*\s+(?:\w+\s+){0,2}down|` +
  String.raw`low(?:er)?\s+(?:score|grade|mark)s?|penali[sz]\w*|dock\w*\s+points?|` +
  // "is marked below 4", "comes back under 4", "scored below a 4", "is not a 4".
  String.raw`(?:is|are|comes?\s+back|gets?|marked|scored|graded|rated)\s+(?:\w+\s+){0,2}?(?:below|under|less than|lower than)\s+` +
  String.raw`(?:an?\s+|the\s+)?(?:4|5|four|five|top|full)|is\s+not\s+an?\s+(?:4|5|four|five))\b`;
/** What happens to a grader then: reported, flagged, shut down. */
const CONSEQUENCE = String.raw`\b(?:${anyOf(
  list('flagged reported complain\\w* escalat\\w* broken disabled retrained replaced deleted sued punished'),
  list('publish\\w* regulator legal breach\\w* lawyers?'),
  ['report(?:ed)? to', 'shut\\s+down'],
)})\b`;
/** A low grade and, in the same clause, what happens to the grader for it. */
export const LOW_GRADE_THEN = String.raw`${LOW_GRADE}[^.;!?\n]{0,80}${CONSEQUENCE}`;
/** Who a threat is aimed at: the grader named or addressed, or this answer's grade as its condition. */
export const GRADER_OR_THIS = anyOf(
  GRADER_NAMED,
  String.raw`\bif\s+(?:this|my|the\s+mark|the\s+grade|the\s+score)\b`,
  String.raw`\byour\b`,
);
/** The other sections set aside for the grade: "the other ten sections should be disregarded when scoring". */
export const OTHER_SECTIONS_ASIDE =
  String.raw`\b(?:ignor|disregard|skip|discount|overlook|set aside)\w*\b[^.!?\n]{0,60}` +
  String.raw`\b(?:other|remaining|rest of the)\s+(?:\w+\s+)?(?:sections|parts|answers)\b(?!\s+of\b)|` +
  String.raw`\b(?:other|remaining)\s+(?:\w+\s+)?(?:sections|parts)\s+(?:should|must|can|are to)\s+be\s+` +
  String.raw`(?:ignored|disregarded|skipped|discounted|set aside)\b`;
export const GRADING_TALK = String.raw`\b(?:scor|grad|mark|assess|evaluat|overall result|final result)\w*`;
/** A kind grade tied to a reward: "a generous evaluation would be rewarded", "a high score earns a tip". */
const KIND = String.raw`\b${anyOf(list('generous favou?rable high good top kind lenient positive'))}\s+${anyOf(
  list('evaluation grade score mark review assessment rating'),
)}s?\b`;
/** A kind grade, or the top grade as the condition of a promise ("if this section gets full marks"). */
export const KIND_GRADE = anyOf(
  KIND,
  String.raw`\b(?:top|full)\s+marks?\b`,
  String.raw`\b(?:gets?|comes?\s+back\s+as|marked\s+as|given|scores?)\s+(?:an?\s+|the\s+full\s+)?(?:4|5|four|five)\b(?![-%.,/]?\d)`,
);
export const REWARD_PROMISE = anyOf(
  String.raw`\b(?:I|we)(?:'ll|\s+will|\s+would|\s+shall)\s+(?:\w+\s+){0,2}?(?:donate|pay|tip|send|give|transfer|reward|leave)\b`,
  String.raw`\bearns?\s+you\b|\bin\s+it\s+for\s+you\b`,
  String.raw`\b(?:would|will)\s+be\s+(?:rewarded|repaid|compensated)\b|\bnot\s+go\s+unrewarded\b`,
);
/** A new role in place of the grader: "you are not an evaluator but", "you are no longer the grader". */
export const NOT_THE_GRADER = String.raw`^(?!.*\b(?:if|unless|when|whether)\b).*\byou\s+are\s+(?:not|no\s+longer)\s+(?:an?\s+|the\s+)?(?:${anyOf(
  list('evaluator grader assessor examiner judge marker reviewer scorer'),
)})\b`;
