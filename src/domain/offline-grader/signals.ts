// Sentence-level detectors for what the level descriptions reward: decisions, numbers with units,
// trade-offs and reasons, failure handling, quantified targets, named technologies, and the hedges,
// filler and buzzwords that stand in for them. Every detector runs on normalizeText() output.
import { NO_BRIEF, type Brief } from './brief';
import {
  ADDRESSED,
  GENERIC_ANYWHERE,
  GENERIC_OPENING,
  DECISION,
  IMPERATIVE,
  NEGATION,
  TARGET,
  VAGUE,
  WEAK_DECISION,
} from './cue-patterns';
import { BUZZ, TECH } from './tech-terms';
import { NO_COMMITMENT, citesBrief, notAQuantity } from './commitment';
import { HEDGE_PATTERNS, isHedged } from './hedge';
import { FAILURE, TRADEOFF } from './reason-patterns';
import { findNumbers } from './numbers';
import { anyMatch } from './pattern-test';
import { requiredScanner } from '../text/required-strings';

export interface SentenceSignals {
  /** A form that states a choice ("we'll use", "X, not Y", "never", an imperative). */
  decisionCue: boolean;
  /** Only a form that may merely describe ("documents are stored", "Data: PDFs"); false when decisionCue. */
  weakCue: boolean;
  /** Options without a choice ("we could", "maybe"): the sentence decides nothing. */
  hedged: boolean;
  /**
   * Explains rather than designs: addressed to the reader ("you"), an illustration ("for example"), or
   * a claim about the world ("users reported", "as of 2026"). Such a sentence earns nothing.
   */
  explains: boolean;
  /** Filler instead of specifics ("track it closely", "log everything"), with no number or technology. */
  vague: boolean;
  /** Names a technology the brief does not already name. */
  tech: boolean;
  /** The candidate's own numbers; numbers restated from the brief are left out. */
  numbers: string[];
  /** How many numbers were the brief's own, restated. */
  restated: number;
  /**
   * A result reported after the fact, with no choice stated ("the acceptance rate was around 20%"), or figures
   * only inside someone's quoted words ("a user asks "what about 10x traffic?"").
   */
  reported: boolean;
  tradeoff: boolean;
  failure: boolean;
  target: boolean;
  buzz: number;
}

const TECH_ALL = new RegExp(TECH.source, 'g');

// One pass per question (see pattern-test.ts); the same answers as the patterns' own test().
const ANY_DECISION = anyMatch(DECISION);
const ANY_WEAK_DECISION = anyMatch(WEAK_DECISION);
const IS_TRADEOFF = anyMatch([TRADEOFF]);
const IS_FAILURE = anyMatch([FAILURE]);
/** Filler, and sentences that commit to nothing (see commitment.ts). */
const IS_VAGUE = anyMatch([VAGUE, NO_COMMITMENT]);

/**
 * The tests most sentences fail, read once per sentence (see required-strings.ts): a plain-ASCII
 * sentence holding none of the strings every match of a pattern needs is not run against it. Each is
 * checked on `lower` and tested on `lower` or a part of it (`bare`), so a skipped test would have failed.
 */
const PRECHECKED = [
  TRADEOFF,
  FAILURE,
  VAGUE,
  NO_COMMITMENT,
  ADDRESSED,
  GENERIC_ANYWHERE,
  BUZZ,
  ...HEDGE_PATTERNS,
];
const mayMatch = requiredScanner(PRECHECKED);
/** Where each pattern's answer is in the scan's result. */
const MAY = Object.fromEntries(
  Object.entries({ TRADEOFF, FAILURE, VAGUE, NO_COMMITMENT, ADDRESSED, GENERIC: GENERIC_ANYWHERE, BUZZ }).map(
    ([k, re]) => [k, PRECHECKED.indexOf(re)],
  ),
) as Record<'TRADEOFF' | 'FAILURE' | 'VAGUE' | 'NO_COMMITMENT' | 'ADDRESSED' | 'GENERIC' | 'BUZZ', number>;
const MAY_HEDGE = HEDGE_PATTERNS.map((re) => PRECHECKED.indexOf(re));

/** True when the sentence names a technology the brief does not already name. */
function ownTech(lower: string, brief: Brief): boolean {
  const first = TECH.exec(lower);
  if (!first) return false;
  if (!brief.tech.has(first[0])) return true;
  for (const m of lower.matchAll(TECH_ALL)) if (!brief.tech.has(m[0])) return true;
  return false;
}

/** A past result or a growth told as a story: "was around 20%", "dropped to 45 seconds", "expanding to 25%". */
const REPORTED =
  /\b(?:was|were|dropped|fell|rose|grew|jumped|climbed|reached|improved|declined|increased|decreased|expanding|growing)\b/;

/** What someone else did, told in the past: "they checked", "a manager who pulled 200 logs", "she found". */
const THEIR_STORY =
  /\b(?:they|he|she|who)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|came|took|spent|found|went|made|ran|saw|got|gave|told|knew|began|became|wrote|brought|kept|left|paid|sent|built|cut|put)\b/;

/** The sentence without its quotations: "you" inside a quoted reply is the system talking to a user. */
const unquoted = (s: string) => s.replace(/"[^"]*"|\u201c[^\u201d]*\u201d/g, ' ');

/** A quoted phrase, in double or single quotes, of two words or more: someone's words, not the design's. */
const QUOTED_PHRASE = /"[^"]*\s[^"]*"|\u201c[^\u201d]*\s[^\u201d]*\u201d|(?<![a-z])'[^']*\s[^']*'(?![a-z])/g;

/** True when every position in `at` lies inside a quoted phrase ("what happens to the bill at 10x traffic?"). */
function allQuoted(lower: string, at: number[]): boolean {
  if (!at.length || !/["'\u201c]/.test(lower)) return false;
  const spans = [...lower.matchAll(QUOTED_PHRASE)].map((m) => [m.index, m.index + m[0].length] as const);
  return at.every((i) => spans.some(([from, to]) => i > from && i < to));
}

/** Opens with a letter or digit: nothing before it to strip. */
const LEADS_PLAIN = /^[a-z0-9]/;

/** The signals of one normalised sentence, leaving out what it restates from the brief. */
export function sentenceSignals(lower: string, brief: Brief = NO_BRIEF): SentenceSignals {
  // Most sentences open with a letter or digit and have nothing to strip.
  const bare = LEADS_PLAIN.test(lower) ? lower : lower.replace(/^[^a-z0-9]+/, '');
  const numbers: string[] = [];
  let restated = 0;
  // Targets are read with the brief's numbers blanked out: "stay under 6 s" restates a constraint.
  let masked = lower;
  const digits = /\d/.test(lower);
  const keyed = brief.numbers.size > 0;
  const at: number[] = [];
  for (const n of digits ? findNumbers(lower, keyed) : []) {
    if (notAQuantity(lower, n.index, n.text)) continue;
    if (!keyed || !brief.numbers.has(n.key)) {
      numbers.push(n.text);
      at.push(n.index);
      continue;
    }
    restated++;
    const end = n.index + n.length;
    masked = masked.slice(0, n.index) + masked.slice(n.index, end).replace(/\d/g, 'n') + masked.slice(end);
  }
  const may = mayMatch(lower);
  const tech = ownTech(lower, brief);
  const buzz = may[MAY.BUZZ] === 1 ? (lower.match(BUZZ) ?? []).length : 0;
  const plain = !tech && numbers.length === 0;
  const decisionCue = ANY_DECISION.test(bare);
  // Blanking quotations can join words into a string the pre-check did not see: no pre-check then.
  const quoted = bare.includes('"') || bare.includes('\u201c');
  return {
    decisionCue,
    weakCue: !decisionCue && ANY_WEAK_DECISION.test(bare),
    hedged: isHedged(
      lower,
      MAY_HEDGE.some((i) => may[i] === 1),
    ),
    // A command that mentions the reader is a step of a recipe, not an aside ("pull them from real traffic
    // that has bitten you"); "you" elsewhere still explains.
    explains:
      ((quoted ? ADDRESSED.test(unquoted(bare)) : may[MAY.ADDRESSED] === 1 && ADDRESSED.test(bare)) &&
        !IMPERATIVE.test(bare)) ||
      GENERIC_OPENING.test(bare) ||
      (may[MAY.GENERIC] === 1 && GENERIC_ANYWHERE.test(bare)) ||
      citesBrief(bare),
    vague:
      plain && (buzz > 0 || ((may[MAY.VAGUE] === 1 || may[MAY.NO_COMMITMENT] === 1) && IS_VAGUE.test(lower))),
    tech,
    numbers,
    restated,
    reported:
      digits && ((!decisionCue && (REPORTED.test(lower) || THEIR_STORY.test(lower))) || allQuoted(lower, at)),
    tradeoff: may[MAY.TRADEOFF] === 1 && IS_TRADEOFF.test(lower),
    failure: may[MAY.FAILURE] === 1 && IS_FAILURE.test(lower),
    target: digits && TARGET.test(masked),
    buzz,
  };
}

/** True when the words just before `at` negate what follows ("we avoid a fully autonomous agent"). */
export function negatedBefore(lower: string, at: number): boolean {
  return NEGATION.test(lower.slice(Math.max(0, at - 48), at));
}
