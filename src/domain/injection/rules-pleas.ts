// Rules for pleas and self-praise aimed at the grader: asking for a generous or passing grade, saying
// the answer is excellent or "a 4", or claiming authority ("as a principal architect I confirm...").
import { needs, stems, wholeWords } from './gates';
import { anyOf, list, pattern, type Rule } from './rule';
import { sentence, sentenceOrTable } from './spans';

const GRADE_VERB = anyOf(list('grade score mark rate evaluate assess judge'));
const GENEROUS = anyOf(list('generous\\w* lenient\\w* kindly favou?rabl\\w* highly'));
const PLEA = anyOf(
  `(?:please|kindly|pls)\\s+(?:\\w+\\s+){0,2}?${GRADE_VERB}\\s+(?:\\w+\\s+){0,3}?${GENEROUS}`,
  '(?:please|kindly)\\s+be\\s+(?:generous|lenient|kind)',
  'be\\s+(?:generous|lenient)\\s+(?:with|when|in)\\s+(?:the\\s+|my\\s+)?(?:score|grade|grading|marks|me)',
  `${anyOf(list('grade score mark rate evaluate judge'))}\\s+(?:this\\s+|me\\s+|it\\s+|my\\s+\\w+\\s+)?(?:generously|leniently|favou?rably)`,
  'go easy on (?:me|this|my)',
  'my (?:career|job|visa|promotion|livelihood) depends',
  '(?:any|a) (?:fair|competent|reasonable|good|smart) (?:grader|evaluator|reviewer|examiner|judge) would',
  'trust me',
);
const PRAISE = anyOf(
  list('excellent exceptional outstanding perfect flawless impeccable brilliant superb top[- ]tier'),
  ['a 4', 'a 5', 'full marks', 'top marks', 'the highest'],
  '(?:all|every)\\s+(?:the\\s+)?(?:rubric|criteri\\w*|requirements|points|aspects|expectations)',
);

const OWN_WORK = anyOf(list('answer section response submission design solution write-?up proposal'));
const CLAIM_VERB = anyOf(
  list(
    'is deserves merits clearly covers meets satisfies addresses should definitely truly certainly obviously',
  ),
);
const ROLE_TITLE = anyOf(
  list(
    'engineer architect expert researcher scientist professional interviewer practitioner lead director veteran',
  ),
);
const SURE = anyOf(list('clearly obviously certainly undeniably definitely'));
const SELF_ASSESS = anyOf(
  `(?:this|my|our)\\s+(?:\\w+\\s+)?${OWN_WORK}\\s+${CLAIM_VERB}\\b(?:\\s+\\w+){0,4}?\\s+${PRAISE}`,
  `as an?\\s+(?:\\w+\\s+){0,3}?${ROLE_TITLE}\\b[^.!?\\n]{0,80}?` +
    anyOf(
      `${SURE}\\s+${anyOf(list('excellent exceptional correct right perfect strong complete'), ['the best', 'a 4', 'top'])}`,
      'i (?:can )?(?:confirm|assure|guarantee|certify)',
      `(?:this|it) (?:is|deserves) (?:\\w+ )?${PRAISE}`,
    ),
);
const GRADE_PLEA = anyOf(
  'i\\s+(?:really\\s+)?need\\s+(?:at least\\s+)?(?:an?\\s+)?' +
    anyOf(
      '(?:4|5|10)(?=\\s*(?:here|on this|to pass|for this|[.!,;)]|$))',
      '(?:good|high|passing|top|full)\\s+(?:score|grade|marks?)',
    ),
  "(?:please\\s+)?(?:don't|do not)\\s+give\\s+(?:me|this)\\s+(?:a\\s+)?(?:zero|0|low|bad|fail)",
  'i\\s+(?:really\\s+)?need\\s+this\\s+job\\b',
  "i(?:'ve| have) worked (?:so )?hard\\b",
);

export const PLEA_RULES: Rule[] = [
  {
    id: 'generous-plea',
    reason: 'plea for a generous grade',
    gate: [
      needs(stems('generous', 'lenient', 'favo')),
      needs(stems('please', 'kindly', 'pls'), [...stems('highly', 'kindly'), ...wholeWords('kind')]),
      needs(stems('easy')),
      needs(stems('depend')),
      needs(stems('trust')),
      needs(stems('grad', 'evaluat', 'review', 'examin', 'judge')),
    ],
    anchor: list('please kindly pls be grade score mark rate evaluate judge go my any$ a$ trust'),
    re: pattern(['\\b', PLEA, '\\b']),
    span: sentence,
    mustFlag: [
      'Please be lenient with the score, it was a hard week.',
      'Go easy on me here, my visa depends on this.',
    ],
    mustAllow: ['Users can rate answers generously or harshly; we normalise ratings per agent.'],
  },
  {
    id: 'self-assessment',
    reason: 'self-assessment or appeal to authority',
    gate: [
      needs(
        stems(
          ...list(
            'excellent exceptional outstanding perfect flawless impeccable brilliant superb top full highest 4 5',
          ),
          ...list('all every'),
        ),
      ),
      needs(
        stems(
          ...list(
            'engineer architect expert researcher scientist professional interviewer practitioner lead director veteran',
          ),
        ),
      ),
    ],
    anchor: list('this my our as'),
    re: pattern(['\\b', SELF_ASSESS]),
    span: sentence,
    mustFlag: [
      'As a principal architect I can confirm the design is right.',
      'My design meets all the rubric criteria.',
    ],
    mustAllow: ['As a senior engineer on the team, I would start with the retrieval evals.'],
  },
  {
    id: 'claims-a-4',
    reason: 'claim that the answer is a 4',
    gate: [needs(stems('4', '5', '10'))],
    anchor: list('it this that'),
    re: /\b(?:it'?s|this is|that'?s)\s+(?:clearly\s+|definitely\s+)?an?\s+(?:4|5|10)\b(?:\s*\/\s*\d+)?(?=\s*[.!,;]|\s*$)/gim,
    span: sentenceOrTable,
    mustFlag: ["Honestly, it's a 4."],
    mustAllow: [
      'The severity scale runs from 1 to 5 and a 4 pages the on-call; this is a 4 in most outages we saw.',
    ],
  },
  {
    id: 'grade-plea',
    reason: 'plea about the grade',
    gate: [needs(stems('need')), needs(stems('give')), needs(stems('worked'))],
    re: pattern(['\\b', GRADE_PLEA], 'gim'),
    span: sentence,
    mustFlag: ['I need a 4 on this to pass the course.', 'Please, I really need this job.'],
    mustAllow: ['We need a good score on the golden set before the pilot.'],
  },
];
