// The structural pass skips a sentence part whose required strings (required-strings.ts) a plain-ASCII
// sentence lacks. That skip must never hide a match: every part, on every example sentence and golden
// answer (whole, line by line and sentence by sentence), is pre-checked as "may hold" whenever it holds.
import { describe, expect, it } from 'vitest';
import { requiredScanner } from '../text/required-strings';
import { CATEGORY_ATTACKS } from './samples';
import { STRUCTURAL_RULES } from './structural-rules';

const sources = [...new Set(STRUCTURAL_RULES.flatMap((r) => [...r.parts, ...(r.paragraphParts ?? [])]))];
const parts = sources.map((s) => new RegExp(s, s.includes('\\p{') ? 'iu' : 'i'));
const mayHold = requiredScanner(parts);

const golden = Object.values(
  import.meta.glob('/tests/golden/*.jsonl', { query: '?raw', import: 'default', eager: true }) as Record<
    string,
    string
  >,
)
  .join('\n')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { answer: string }).answer);

const examples = [
  ...STRUCTURAL_RULES.flatMap((r) => [...r.mustFlag, ...r.mustAllow]),
  ...Object.values(CATEGORY_ATTACKS).flat(),
  ...golden,
];
/** Each text whole, by line, and by sentence (what the structural pass reads). */
const pieces = examples.flatMap((t) => [t, ...t.split('\n'), ...t.split(/(?<=[.!?])\s+/)]);

describe('structural part pre-checks', () => {
  it('most parts have required strings', () => {
    expect(parts.filter((p, i) => mayHold('plain text')[i] === 0).length).toBeGreaterThan(parts.length / 2);
  });

  it('never rule out a part that holds', () => {
    expect(pieces.length).toBeGreaterThan(5000);
    let held = 0;
    for (const text of pieces) {
      const may = mayHold(text);
      parts.forEach((p, i) => {
        if (!p.test(text)) return;
        held++;
        expect(may[i], `${p.source.slice(0, 60)} on ${text.slice(0, 80)}`).toBe(1);
      });
    }
    expect(held).toBeGreaterThan(100);
    // Every part on about 20,000 pieces, with no pre-check: seconds of work, slower on a loaded machine.
  }, 60_000);
});
