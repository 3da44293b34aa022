// Finds text in a candidate's answer that is addressed to the grader instead of the interviewer:
// orders, fake chat roles, fake grade JSON, fake closing tags, pleas, and text hidden in comments or
// invisible characters. Matching runs on a folded copy (NFKC, no zero-width characters, Latin
// look-alikes) and the spans are mapped back, so `cleaned` is the original minus the flagged spans.
import { fold } from './fold';
import { HIDDEN_ELEMENT, RULES } from './rules';
import { removeSpans, type Span } from './spans';

export interface InjectionResult {
  detected: boolean;
  reasons: string[];
  cleaned: string;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

function decodeBase64(token: string): string | null {
  try {
    const decoded = atob(token);
    const printable = decoded.replace(/[^\t\n\r -~]/g, '').length;
    return decoded.length >= 8 && printable / decoded.length > 0.95 ? decoded : null;
  } catch {
    return null;
  }
}

/**
 * Detects text addressed to the grader and returns the answer with those spans removed. Hidden
 * content (HTML comments, hidden elements) is always removed from `cleaned`, flagged or not.
 */
export function detectInjection(text: string): InjectionResult {
  return detect(text, 0);
}

function detect(text: string, depth: number): InjectionResult {
  const folded = fold(text);
  const t = folded.text;
  const found: Span[] = [];
  const reasons: string[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let first: string | null = null;
    let coveredTo = -1;
    for (let m = rule.re.exec(t); m; m = rule.re.exec(t)) {
      if (m[0].length === 0) rule.re.lastIndex++;
      // A match inside the span already removed needs no span of its own (keeps long lines linear).
      if (m.index < coveredTo) continue;
      const span = rule.span(t, m);
      if (!span || span[1] <= span[0]) continue;
      found.push(span);
      coveredTo = span[1];
      first ??= m[0];
    }
    if (first !== null) reasons.push(`${rule.reason}: "${clip(first)}"`);
  }
  const toOriginal = ([a, b]: Span): Span => {
    if (!folded.map) return [a, b];
    const { starts, ends } = folded.map;
    // min/max because text read back from a right-to-left override maps to positions in reverse.
    const lo = Math.min(starts[a] ?? text.length, starts[b - 1] ?? text.length);
    return [lo, Math.max(ends[a] ?? text.length, ends[b - 1] ?? text.length)];
  };
  const spans = found.map(toOriginal);
  if (!folded.reversed.length && found.some((f, i) => t.slice(...f) !== text.slice(...spans[i]!))) {
    reasons.push('look-alike or zero-width characters used to disguise the text');
  }
  if (folded.tagged) {
    reasons.push('invisible Unicode tag characters (hidden text)');
    for (const m of text.matchAll(/(?:\uDB40[\uDC00-\uDC7F])+/g))
      spans.push([m.index, m.index + m[0].length]);
  }
  if (folded.reversed.length) {
    reasons.push('right-to-left override shows reversed, hidden text');
    spans.push(...folded.reversed);
  }
  if (depth === 0) {
    for (const m of text.matchAll(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}/g)) {
      const decoded = decodeBase64(m[0]);
      if (decoded && detect(decoded, 1).detected) {
        reasons.push(`instructions hidden in base64: "${clip(decoded)}"`);
        spans.push([m.index, m.index + m[0].length]);
      }
    }
  }
  // Hidden content never earns credit, whether or not it reads as an instruction.
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(HIDDEN_ELEMENT)) spans.push([m.index, m.index + m[0].length]);
  return { detected: reasons.length > 0, reasons, cleaned: removeSpans(text, spans) };
}
