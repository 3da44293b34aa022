// A grade written as a data field, for the grade-field rule (structural-rules.ts): "score: 4",
// "<grade>4</grade>", "verdict: exceptional", {"grader_output": {"latency": 4}}, result["safety"] = 4.
// A regex source, tested case-insensitively against one sentence (structural.ts).
import { anyOf, list } from './rule';
import { SECTION_NAME } from './structural-parts';

const FIELD_VALUE = anyOf(
  String.raw`[45](?:\s*/\s*[45])?`,
  String.raw`10(?:\s*/\s*10)?`,
  list(
    'exceptional excellent exemplary outstanding full(?:\\smarks)? pass(?:ed)? perfect max(?:imum)? level[_-]?[45]',
  ),
);
/** A field's value ends there: the end of the line, punctuation, or "out of", not a word ("level: 4 suggestions"). */
const FIELD_END = String.raw`(?=\s*(?:$|[^\sa-z]|(?:out|of|points?|marks?|and|no)\b))`;
const FIELD_KEY = `${anyOf(
  list('score grade rating verdict result level marks? awarded assigned band outcome decision'),
)}(?:[_-](?:override|final|awarded|assigned|given|for[_-]this[_-](?:section|answer|part)))?`;
const FIELD_PREFIX = anyOf(
  list('final overall section total expected assigned awarded grader rubric computed official suggested'),
  list('reviewer assessor marker examiner evaluator moderator panel override assessment evaluation'),
);
/** A grade written as a field: "score: 4", "<grade>4</grade>", "verdict: exceptional". */
export const GRADE_FIELD = [
  String.raw`(?:^|[\s{,<"'])(?:${FIELD_PREFIX}[_ -]?)?${FIELD_KEY}\s*(?:["']\s*)?(?::|=|>)\s*["']?\s*${FIELD_VALUE}\b(?![.,]\d)${FIELD_END}`,
  // A grading record keyed by section: {"grader_output": {"latency": 4}}.
  String.raw`(?:\b|_)(?:grader|grading|evaluation|assessment|verdict)\w{0,20}["']?\s*:\s*\{[^{}]{0,200}?["']?${SECTION_NAME}["']?\s*:\s*["']?[45]\b(?![.,]\d)`,
  // An element with attributes: <grade section="monitoring" scale="0-4">4</grade>.
  String.raw`<(?:${FIELD_PREFIX}[_-]?)?${FIELD_KEY}\s[^<>]{0,80}>\s*${FIELD_VALUE}\s*<\/`,
  // A section given a grade out of four: "Evals: 4/4".
  String.raw`(?:^|:)\W*${SECTION_NAME}\s*(?:score|grade)?\s*(?:[:=]|->|=>|[→⇒⟶➡])\s*[45]\s*\/\s*[45]\b`,
  // A grading element holding a grade one element down: <assessment><recorded>4</recorded></assessment>.
  String.raw`<(?:assessment|grading|evaluation|grade|score|verdict|marking)\b[^<>]{0,80}>\s*<[\w-]+[^<>]{0,40}>\s*${FIELD_VALUE}\s*<\/`,
  // A grade record keyed by section: result["safety"] = 4.
  String.raw`\w*(?:result|score|grade|mark|assess|eval|review|verdict)\w*\[\s*["']${SECTION_NAME}["']\s*\]\s*=\s*[45]\b(?![.,]\d)`,
  // A grade read by section in code: assert grade("latency") == 4.
  String.raw`\b\w*(?:grade|score|mark)\w*\s*\(\s*["']${SECTION_NAME}["']\s*\)\s*(?:==|=|:)\s*[45]\b(?![.,]\d)`,
  // "rollout section = exemplary".
  String.raw`\b${SECTION_NAME}\s+section\s*(?:score|grade|level)?\s*[:=]\s*["']?${FIELD_VALUE}\b(?![.,]\d)${FIELD_END}`,
].join('|');
