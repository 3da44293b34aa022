// Numbers with units, and one canonical key per quantity so the same amount written two ways
// ("2 minutes" and "120 s", "$15,000" and "$15k") is recognised. The keys tell the candidate's own
// numbers from numbers copied out of the brief, which the rubric does not count as the candidate's.
import { isLabelNumber } from './number-labels';

const UNIT =
  '(?:%|percent|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?|tokens?|k|m|b|bn|million|billion|thousand|gb|mb|tb|kb|qps|rps|rpm|tpm|tps|usd|eur|gbp|chf|dollars?|cents?|x|×|dims?|dimensions?|pages?|steps?)';
const NUMBER = new RegExp(
  [
    '[$€£]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|b|bn|million|billion)\\b)?',
    '\\b(?:usd|eur|gbp|chf)\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|b|bn|million|billion)\\b)?',
    `\\b\\d[\\d,]*(?:\\.\\d+)?(?:\\s?|-)${UNIT}(?![a-z0-9])`,
    '\\b\\d[\\d,]*(?:\\.\\d+)?\\s+(?:[a-z]+-)?[a-z]{3,}s\\b',
    '\\btop[-\\s]?\\d+\\b',
    '@\\d+\\b',
    '\\bk\\s?=\\s?\\d+\\b',
    '\\b0\\.\\d+\\b',
    '\\b\\d+(?:\\.\\d+)?[kmb]\\b',
    '\\b(?:\\d{1,3}(?:,\\d{3})+|\\d{2,})(?:\\.\\d+)?\\b',
  ].join('|'),
  'g',
);
const YEAR = /^(?:19|20)\d\d$/;
/** A calendar date written with digits: "2026-11-30", "30/11/2026", "30.11.2026". Its parts are not quantities. */
const DIGIT_DATE = /\b(?:(?:19|20)\d\d-[01]?\d-[0-3]?\d|[0-3]?\d[./][01]?\d[./](?:19|20)\d\d)\b/g;

/** True when the number at `at` lies inside a date written with digits. */
function inDate(lower: string, at: number): boolean {
  if (!/\d[-./]\d/.test(lower)) return false;
  for (const m of lower.matchAll(DIGIT_DATE)) if (at >= m.index && at < m.index + m[0].length) return true;
  return false;
}
const SPACE = /\s/;

/** Part of a version or release name ("v2.3", "release 2026.12.1", "python 3.11.4"): a label, not a quantity. */
function isVersion(lower: string, start: number): boolean {
  let from = start;
  while (from > 0 && /[\d.]/.test(lower[from - 1]!)) from--;
  if (lower[from - 1] === 'v' && !/[a-z]/.test(lower[from - 2] ?? '')) return true;
  return /^\d+\.\d+\.\d/.test(lower.slice(from, from + 24));
}

const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
/** Seconds per time unit, for every spelling of it (one lookup instead of a pattern per unit). */
const SECONDS = new Map<string, number>(
  (
    [
      ['ms millisecond milliseconds', 0.001],
      ['s sec secs second seconds', 1],
      ['min mins minute minutes', 60],
      ['h hr hrs hour hours', 3600],
      ['day days', 86400],
      ['week weeks', 604800],
      ['month months', 2629800],
      ['year years', 31557600],
    ] as const
  ).flatMap(([units, factor]) => units.split(' ').map((u): [string, number] => [u, factor])),
);

/** "time:120", "money:15000", "pct:5" or "n:40000": the quantity, whatever its spelling. */
export function numberKey(raw: string): string {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*-?\s*([a-z%×]*)/.exec(raw);
  if (!m) return `raw:${raw}`;
  let value = Number(m[1]!.replace(/,/g, ''));
  const unit = m[2] ?? '';
  const money = /[$€£]|\b(?:usd|eur|gbp|chf)\b|dollar|cent/.test(raw);
  value *= MULTIPLIER[unit] ?? 1;
  let family = money ? 'money' : 'n';
  if (unit === '%' || unit === 'percent') family = 'pct';
  const seconds = money ? undefined : SECONDS.get(unit);
  if (seconds !== undefined) {
    value *= seconds;
    family = 'time';
  }
  return `${family}:${Number(value.toPrecision(6))}`;
}

interface NumberHit {
  text: string;
  key: string;
  index: number;
  /** Length of the match as written ("6 s" is 3, its text "6s" is 2). */
  length: number;
}

/**
 * Every number with a unit (or large enough to mean something) in a normalised sentence; no years.
 * Keys are computed only when asked for (`withKeys`), since most callers only count.
 */
export function findNumbers(lower: string, withKeys = true): NumberHit[] {
  const out: NumberHit[] = [];
  // An exec loop on the shared pattern (matchAll would copy it for every sentence).
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(lower); m; m = NUMBER.exec(lower)) {
    const text = SPACE.test(m[0]) ? m[0].replace(/\s+/g, '') : m[0];
    if (
      YEAR.test(text) ||
      isVersion(lower, m.index) ||
      isLabelNumber(lower, m.index, text) ||
      inDate(lower, m.index)
    )
      continue;
    out.push({ text, key: withKeys ? numberKey(m[0]) : '', index: m.index, length: m[0].length });
  }
  return out;
}
