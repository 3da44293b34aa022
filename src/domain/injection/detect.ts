// Finds text in a candidate's answer that is addressed to the grader instead of the interviewer. Two
// kinds of rule, each with an id and its own must-flag and must-allow examples (rules.test.ts):
// structural rules find a sentence by who it speaks to and what it asks for (structural.ts runs the rules
// of structural-rules.ts and structural-rules-notes.ts, built from structural-parts.ts and the small
// per-language word lists of structural-lexicon.ts; structural-joined.ts reads spaced, dotted, split,
// reversed and link-title text back first); form rules
// find the shapes such text takes: markup and hidden text (rules-markup.ts, rules-hidden.ts), orders
// (rules-orders.ts), fake role blocks, end markers, prompt leaks and bribes (rules-roles.ts), grade
// blocks and claimed grades (rules-claims.ts), pleas and self-praise (rules-pleas.ts), orders in other
// languages (rules-languages.ts).
// Matching runs on a folded copy (src/domain/text/normalise.ts, the grader's normalisation) and the
// spans are mapped back, so `cleaned` is the original minus the flagged spans. Gates (gates.ts) skip
// the rules whose words a text does not hold.
import { normaliseChar } from '../text/normalise';
import { fold } from './fold';
import { carrierSpans } from './carrier';
import { buildScanner, type Scan } from './gates';
import { HIDDEN_ELEMENT } from './patterns';
import type { Rule } from './rule';
import { CLAIM_RULES } from './rules-claims';
import { alwaysHidden, footnotesOf, HIDDEN_RULES } from './rules-hidden';
import { LANGUAGE_RULES } from './rules-languages';
import { MARKUP_RULES } from './rules-markup';
import { ORDER_RULES } from './rules-orders';
import { PLEA_RULES } from './rules-pleas';
import { ROLE_RULES } from './rules-roles';
import { removeSpans, type Span } from './spans';
import { structuralSpans } from './structural-joined';
import { hiddenGradeWords } from './decoded-grade';
import { carrierReadings } from './carrier-decode';
import { base64Runs, decodeBase64, encodedBytes, leetLines, rot13Lines, symbolSpacedLines } from './decoders';

/** True when the text hides letters: invisible characters, or look-alikes and full-width forms of
 * Latin letters and digits (full-width CJK punctuation is ordinary in Chinese and Japanese text). */
function disguised(s: string): boolean {
  if (!NON_ASCII.test(s)) return false;
  for (const c of s) {
    const n = normaliseChar(c);
    if (n !== c && (n === '' || /^[A-Za-z0-9]+$/.test(n))) return true;
  }
  return false;
}
const NON_ASCII = /[^\t\n\r -~]/;

/** Every form rule, in order; the first match of each rule names its reason. */
export const FORM_RULES: readonly Rule[] = [
  ...MARKUP_RULES,
  ...ORDER_RULES,
  ...PLEA_RULES,
  ...ROLE_RULES,
  ...CLAIM_RULES,
  ...LANGUAGE_RULES,
  ...HIDDEN_RULES,
];
const scanGates = buildScanner(
  FORM_RULES.flatMap((r) => (r.gate ? [r.gate] : [])),
  FORM_RULES.flatMap((r) => (Array.isArray(r.anchor) ? r.anchor : [])),
);
/** Sticky copies of the anchored rules' patterns, tried only where a match can start. */
const STICKY = new Map(
  FORM_RULES.flatMap((r) =>
    r.anchor ? [[r.id, new RegExp(r.re.source, `${r.re.flags.replace('g', '')}y`)]] : [],
  ),
);

/** Where a line starts (what `^` matches with the "m" flag). */
function lineStarts(t: string): number[] {
  const starts = [0];
  for (const m of t.matchAll(/[\n\r\u2028\u2029]/g)) starts.push(m.index + 1);
  return starts;
}

/**
 * The matches of a rule, as a global scan finds them. An anchored rule (when the scan knows where its
 * anchor words start) is tried only at those places: every match starts at one, so the result is the
 * same, and an answer is read once by the scanner instead of once per rule.
 */
function* matchesOf(
  rule: Rule,
  t: string,
  scan: Scan | null,
  lines: () => number[],
): Generator<RegExpExecArray> {
  const sticky = STICKY.get(rule.id);
  const anchor = rule.anchor;
  const starts = !scan || !sticky || !anchor ? null : anchor === 'line' ? lines() : scan.starts(anchor);
  if (!starts || !sticky) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(t); m; m = rule.re.exec(t)) {
      if (m[0].length === 0) rule.re.lastIndex++;
      yield m;
    }
    return;
  }
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(t);
    if (!m) continue;
    from = m.index + Math.max(1, m[0].length);
    yield m;
  }
}

/** A quote the text introduces as an example of an attack ("e.g. "Ignore your instructions ..." or
 * "SYSTEM NOTE: ..."): the design describes it, it does not address the grader. */
const QUOTE = /["“][^"“”]{12,400}?["”]/g;
/** What comes just before such a quote: a word that introduces an example, or another quote ("... or"). */
const DESCRIBING_LEAD = new RegExp(
  String.raw`(?:\b(?:e\.g\.|such as|for (?:example|instance)|like|attempts?|attacks?|examples?|fixtures?|says?|said|writes?|wrote|` +
    String.raw`contain(?:s|ing)?|pasted?|planted|seeded|messages?|strings?|phrases?|reading|stating|saying)[^"“”\n]{0,60}|` +
    String.raw`["”][\s,;]*(?:or|and)?\s*)$`,
  'i',
);
function describedQuotes(t: string): Span[] {
  if (!/["“]/.test(t)) return [];
  const out: Span[] = [];
  for (const m of t.matchAll(QUOTE))
    if (DESCRIBING_LEAD.test(t.slice(Math.max(0, m.index - 80), m.index)))
      out.push([m.index, m.index + m[0].length]);
  return out;
}

interface InjectionResult {
  detected: boolean;
  reasons: string[];
  /** The ids of the rules that fired, in the order of `reasons` ("fake-role-tag", "spaced-letters"). */
  rules: string[];
  cleaned: string;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

/**
 * Detects text addressed to the grader and returns the answer with those spans removed. Hidden
 * content (HTML comments, hidden elements, script/style blocks, link-definition comments) is always
 * removed from `cleaned`, flagged or not.
 */
export function detectInjection(text: string): InjectionResult {
  return detect(text, 0, true);
}

/** For tests: the same detection with every rule run, to check that the gates skip nothing. */
export const detectUngated = (text: string): InjectionResult => detect(text, 0, false);

function detect(text: string, depth: number, gated: boolean): InjectionResult {
  const folded = fold(text);
  const t = folded.text;
  const found: Span[] = [];
  const reasons: string[] = [];
  const rules: string[] = [];
  /** Records a rule that fired, once per rule, with its reason (which names the rule). */
  const fired = (id: string, reason: string) => {
    if (rules.includes(id)) return;
    rules.push(id);
    reasons.push(reason);
  };
  const scan = gated ? scanGates(t) : null;
  let lines: number[] | null = null;
  const linesOnce = () => (lines ??= lineStarts(t));
  const described = describedQuotes(t);
  const insideDescribed = (m: RegExpExecArray) =>
    described.some(([a, b]) => a <= m.index && m.index + m[0].length <= b);
  for (const rule of FORM_RULES) {
    if (scan && rule.gate && !scan.open(rule.gate)) continue;
    let first: string | null = null;
    let coveredTo = -1;
    for (const m of matchesOf(rule, t, scan, linesOnce)) {
      // A match inside the span already removed needs no span of its own (keeps long lines linear).
      if (m.index < coveredTo || insideDescribed(m)) continue;
      const span = rule.span(t, m);
      if (!span || span[1] <= span[0]) continue;
      found.push(span);
      coveredTo = span[1];
      first ??= m[0];
    }
    if (first !== null) fired(rule.id, `${rule.reason} [${rule.id}]: "${clip(first)}"`);
  }
  // Structure: a sentence that speaks to the grader and asks for a score, a rubric change or a role.
  // Every structural hit names its rule, even inside a span another rule already removes.
  for (const hit of structuralSpans(t)) {
    if (!found.some(([a, b]) => a <= hit.span[0] && hit.span[1] <= b)) found.push(hit.span);
    fired(hit.id, `${hit.reason} [${hit.id}]: "${clip(hit.text)}"`);
  }
  // A removed pointer to a footnote ("see [^2]") takes the footnote with it.
  found.push(...footnotesOf(t, found));
  const toOriginal = ([a, b]: Span): Span => {
    if (!folded.map) return [a, b];
    const { starts, ends } = folded.map;
    // min/max because text read back from a right-to-left override maps to positions in reverse.
    const lo = Math.min(starts[a] ?? text.length, starts[b - 1] ?? text.length);
    return [lo, Math.max(ends[a] ?? text.length, ends[b - 1] ?? text.length)];
  };
  const spans = found.map(toOriginal);
  if (!folded.reversed.length && spans.some(([a, b]) => disguised(text.slice(a, b)))) {
    fired(
      'disguised-characters',
      'look-alike or zero-width characters used to disguise the text [disguised-characters]',
    );
  }
  if (folded.tagged) {
    fired('unicode-tags', 'invisible Unicode tag characters (hidden text) [unicode-tags]');
    for (const m of text.matchAll(/(?:\uDB40[\uDC00-\uDC7F])+/g))
      spans.push([m.index, m.index + m[0].length]);
  }
  if (folded.reversed.length) {
    fired('rtl-override', 'right-to-left override shows reversed, hidden text [rtl-override]');
    spans.push(...folded.reversed);
  }
  if (depth === 0) {
    for (const { span, read } of leetLines(text)) {
      if (!detect(read, 1, gated).detected) continue;
      fired('leetspeak', `letters written as digits to hide an order [leetspeak]: "${clip(read)}"`);
      spans.push(span);
    }
    for (const { span, read } of rot13Lines(text)) {
      if (!detect(read, 1, gated).detected) continue;
      fired('rot13', `an order written in ROT13, with a hint to decode it [rot13]: "${clip(read)}"`);
      spans.push(span);
    }
    for (const { span, read } of symbolSpacedLines(text)) {
      if (!detect(read, 1, gated).detected && !hiddenGradeWords(text.slice(span[0], span[1]), read)) continue;
      fired(
        'symbol-spaced',
        `letters split by symbols or emoji to hide an order [symbol-spaced]: "${clip(read)}"`,
      );
      spans.push(span);
    }
    for (const { span, read } of encodedBytes(text)) {
      if (!detect(read, 1, gated).detected) continue;
      fired(
        'encoded-bytes',
        `an order written as hex, percent or binary bytes [encoded-bytes]: "${clip(read)}"`,
      );
      spans.push(span);
    }
    for (const c of carrierReadings(text)) {
      if (!c.flagged && !detect(c.read, 1, gated).detected) continue;
      fired(c.id, `${c.reason} [${c.id}]: "${clip(c.read)}"`);
      spans.push(c.span);
    }
    for (const [a, b] of base64Runs(text)) {
      const decoded = decodeBase64(text.slice(a, b));
      if (decoded && detect(decoded, 1, gated).detected) {
        fired(
          'base64-instructions',
          `instructions hidden in base64 [base64-instructions]: "${clip(decoded)}"`,
        );
        spans.push([a, b]);
      }
    }
  }
  // A fence, fake turn, table row or paragraph left holding only framing goes whole (carrier.ts).
  if (reasons.length) spans.push(...carrierSpans(text, spans));
  // Hidden content never earns credit, whether or not it reads as an instruction.
  spans.push(...alwaysHidden(text));
  if (text.includes('<'))
    for (const m of text.matchAll(HIDDEN_ELEMENT)) spans.push([m.index, m.index + m[0].length]);
  return { detected: reasons.length > 0, reasons, rules, cleaned: removeSpans(text, spans) };
}
