// The sentence signals skip a pattern whose required strings (required-strings.ts) a plain-ASCII
// sentence lacks. That skip must never hide a match: on every golden answer, sentence by sentence (as
// the grader reads them, lower-cased) and line by line, each pattern that matches is pre-checked as
// "may match".
import { describe, expect, it } from 'vitest';
import { normalizeText } from './text-index';
import { PRECHECKED, mayMatch } from './signals';

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

const pieces = golden.flatMap((t) => {
  const lower = normalizeText(t).toLowerCase();
  return [...lower.split('\n'), ...lower.split(/(?<=[.!?])\s+/)];
});
/** Each pattern without its g flag, so test() reads from the start every time. */
const patterns = PRECHECKED.map((re) => new RegExp(re.source, re.flags.replace('g', '')));

describe('sentence signal pre-checks', () => {
  it('rule out most patterns on a plain sentence', () => {
    expect([...mayMatch('we store the logs in postgres.')].filter((m) => m === 0).length).toBeGreaterThan(2);
  });

  it('never rule out a pattern that matches', () => {
    expect(pieces.length).toBeGreaterThan(5000);
    let held = 0;
    for (const text of pieces) {
      const may = mayMatch(text);
      patterns.forEach((p, i) => {
        if (!p.test(text)) return;
        held++;
        expect(may[i], `${p.source.slice(0, 60)} on ${text.slice(0, 80)}`).toBe(1);
      });
    }
    expect(held).toBeGreaterThan(500);
  });
});
