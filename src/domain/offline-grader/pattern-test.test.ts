import { describe, expect, it } from 'vitest';
import { DECISION, HEDGE, WEAK_DECISION } from './cue-patterns';
import { FAILURE, TRADEOFF } from './reason-patterns';
import { anyMatch } from './pattern-test';

const SENTENCES = [
  'we use pgvector because the data already lives in postgres.',
  'the reranker is slower, but recall improves by 9 points.',
  'if retrieval returns nothing, the assistant abstains and escalates.',
  'maybe we could consider a cache.',
  'documents are stored in s3.',
  'data: pdfs and emails',
  'this is fine.',
  'costs us about 3 ms per call',
  'so the agent waits',
  'rebecause is not a word, nor is untradeoff',
  '',
];

describe('anyMatch', () => {
  it('answers as testing each pattern in turn, on the grader cue patterns', () => {
    for (const patterns of [DECISION, WEAK_DECISION, [TRADEOFF], [HEDGE], [FAILURE]]) {
      const tester = anyMatch(patterns);
      for (const s of SENTENCES) expect(tester.test(s), s).toBe(patterns.some((re) => re.test(s)));
    }
  });

  it('shares one word-boundary check among alternatives that open with one', () => {
    const tester = anyMatch([/\bcat|\bdog|x\d/, /\bbird\b/]) as RegExp;
    expect(tester.source).toBe(String.raw`\b(?:cat|dog|bird\b)|x\d`);
    expect(['a cat', 'hotdog', 'x1', 'a bird', 'birds'].map((s) => tester.test(s))).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  it('keeps bars inside groups, classes and escapes inside their alternative', () => {
    const tester = anyMatch([/\b(?:a|b)c|[|]z|\|y/]) as RegExp;
    expect(tester.source).toBe(String.raw`\b(?:(?:a|b)c)|[|]z|\|y`);
    expect(['bc', '|z', '|y', 'c'].map((s) => tester.test(s))).toEqual([true, true, true, false]);
  });

  it('tests each pattern apart when a flag or a back-reference could change its meaning', () => {
    const flagged = anyMatch([/\bcat/i, /\bdog/]);
    expect(flagged).not.toBeInstanceOf(RegExp);
    expect(flagged.test('a CAT')).toBe(true);
    const backRef = anyMatch([/\b(a)\1/, /\bdog/]);
    expect(backRef).not.toBeInstanceOf(RegExp);
    expect(backRef.test('aa')).toBe(true);
    expect(backRef.test('ab')).toBe(false);
  });
});
