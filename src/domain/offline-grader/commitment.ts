// What a sentence commits the design to. Some sentences have the form of a decision but commit to
// nothing: a prediction ("we expect strong interest"), wait-and-see ("watch how it goes", "fix whatever
// comes up"), a choice handed to a later process ("whatever model is picked"), carrying on with nothing
// named ("we will keep testing"), a check judged by feel ("check that the answers look right"), a
// reminder to oneself ("we will keep that in mind"), or the brief read back ("the brief asks for a reply
// within 10 minutes").
// Some figures are not the candidate's quantities either: a guess offered as one option ("maybe 7
// cents"), a number inside a product's name ("gpt-4.1 writes"), an old date ("founded in 1852").
// Like cue-patterns.ts, general interview and write-up language, run on normalizeText() output.
import { TECH } from './tech-terms';
import { byFirstLetter, phrases } from './phrase-list';
import { isGradeMark } from './grade-marks';

/** A thing judged by feel, with no criterion: "the refunds look right", "until it feels good". */
const BY_FEEL = String.raw`\b(?:looks?|looking|feels?|feeling|seems?|sounds?)\s+(?:${byFirstLetter(phrases`
  right, good, fine, ok, okay, off, wrong, reasonable, sensible, sane, correct, natural, instant,
  instantaneous, fast, quick, snappy, responsive, smooth,
`)})\b`;

/** Waiting to see instead of deciding: "watch how it goes", "fix whatever comes up", "deal with issues as they arise". */
const WAIT_AND_SEE = phrases`
  (?:see|watch|wait and see|find out) (?:how|what) (?:it|things|that) (?:goes|go|turns out|happens),
  see what happens, play it by ear, whatever comes up, whatever (?:they|he|she|it) (?:approves?|decides?|says?),
  (?:as|when|if) (?:issues|problems|things|they) (?:come up|arise|crop up),
  fix (?:it|them|things|issues|problems|anything|whatever) (?:as|when|if) (?:needed|necessary|they|it|something),
  fix whatever,
`;

/**
 * A choice handed to a later process instead of made: "whatever model is picked", "the final pick will
 * follow a market review", "we will decide later". (With an own figure, "after a bake-off on 200 cases",
 * the sentence is not plain and stays a decision.)
 */
const DEFERRED = phrases`
  whatever (?:[a-z-]+ ){0,2}(?:is|are|gets?|ends? up) (?:picked|chosen|selected|approved|decided|used),
  (?:final|eventual|actual) (?:pick|choice|decision|selection) (?:will|would|is to|can) (?:follow|come after|depend on|wait for|be made (?:after|later|once)),
  (?:decide|choose|pick|settle on) (?:[a-z-]+ ){0,3}later\b,
`;

/** Carrying on with no object, cadence or criterion: "we will keep testing after launch", "keep improving it". */
const CARRY_ON = String.raw`\bkeep (?:on )?(?:testing|evaluating|checking|monitoring|improving|iterating|tuning|refining|reviewing)(?: (?:it|things|them|the (?:system|model|tool|bot)))?(?: (?:after (?:the )?launch|over time|regularly|continuously|going forward|as we go|from then on|afterwards))?[.!]?$`;

/** A reminder instead of a mechanism: "keep that in mind", "be mindful of", "pay attention to". */
const REMINDERS = phrases`
  keep (?:(?:that|this|it|these|those|them) )?in mind, bear (?:(?:that|this|it) )?in mind, be mindful,
  stay (?:aware|mindful|vigilant), pay (?:close )?attention to,
`;

/** A forecast instead of a choice: "we expect", "is unlikely to be a problem", "quality will only go up". */
const FORECASTS = phrases`
  (?:we|i) (?:expect|anticipate|assume|trust|hope|guess|reckon)\b,
  (?:is|are|seems?|looks?) (?:un)?likely to,
  will (?:only|surely|certainly|naturally) (?:go up|get better|improve|increase|grow),
  (?:should|will) (?:be|work) (?:fine|ok|okay|good enough)\b,
  (?:should|will) (?:be|stay|remain) (?:well |comfortably |easily )?(?:within|under|inside) (?:the |our )?budget,
  keeps? (?:falling|dropping|improving|rising|growing|getting (?:better|cheaper|faster)),
`;

/**
 * A plain sentence (no own number, no technology) that commits to nothing. Read as filler, like VAGUE in
 * cue-patterns.ts: it names no decision however it is phrased.
 */
export const NO_COMMITMENT = new RegExp(
  [
    BY_FEEL,
    CARRY_ON,
    ...[WAIT_AND_SEE, DEFERRED, REMINDERS, FORECASTS].map((list) => String.raw`\b(?:${byFirstLetter(list)})`),
  ].join('|'),
);

/** The brief (or the client) as the sentence's subject: "the brief asks for", "the requirement is". */
const CITES_BRIEF = new RegExp(
  String.raw`^(?:as\s+)?(?:the|our|their)\s+(?:brief|prompt|task|requirements?|spec(?:ification)?|client|customer)\s+` +
    String.raw`(?:(?:also|already|clearly|only|explicitly)\s+)?(?:${byFirstLetter(phrases`
      asks?, says?, gives?, requires?, wants?, demands?, specifies, sets?, allows?, calls for, mentions?,
      states?, expects?, needs?, is, are, puts?, caps?, limits?,
    `)})\b`,
);

/** True when the sentence reads back the brief ("the brief gives us one hour"): it restates, it does not design. */
export const citesBrief = (bare: string): boolean => CITES_BRIEF.test(bare);

/** Words that make a figure a guess: "maybe 7 cents", "could be 2 s". */
const GUESS = /\b(?:maybe|perhaps|possibly|might|could)\b/;

/** True when a hedged sentence's figures are guesses, not figures the design is built on. */
export const guessedFigures = (lower: string): boolean => GUESS.test(lower);

const TECH_ALL = new RegExp(TECH.source, 'g');

/** A date long past, after a word that dates it: "founded in 1852", "since 1890". */
const OLD_DATE = /\b(?:in|since|from|until|by|before|after|circa|around)\s+$/;

/**
 * True when the number at `at` is not a quantity: part of a product's name ("gpt-4.1", "claude-3"),
 * a date before 1900 (dates after it are already left out) or a grade (grade-marks.ts).
 */
export function notAQuantity(lower: string, at: number, text: string): boolean {
  if (/^1[0-8]\d\d$/.test(text) && OLD_DATE.test(lower.slice(Math.max(0, at - 8), at))) return true;
  if (isGradeMark(lower, at, text)) return true;
  if (at === 0 || !/[a-z-]/.test(lower[at - 1]!)) return false;
  TECH_ALL.lastIndex = 0;
  for (let m = TECH_ALL.exec(lower); m && m.index < at; m = TECH_ALL.exec(lower))
    if (at < m.index + m[0].length) return true;
  return false;
}
