import { describe, expect, it } from 'vitest';
import { bucketKey, foldToken, indexText, normalizeText, TOKEN } from './text-index';

describe('indexText tokens', () => {
  it('reads the same words as the TOKEN pattern, folded', () => {
    const texts = [
      'We cache 200ms replies; p95 < 1.5 s at $0.02/query, e.g. gpt-4.1-mini v2.3.1 and recall@10.',
      'Edge cases: a..b, trailing dot., .leading, x.y@z, 50%, $%@, café naïve, ＡＢＣ full width.',
      'Queries, rerankers and statuses: "quoted", (parens) [brackets] end.',
    ];
    for (const text of texts) {
      const index = indexText(text);
      const expected = index.sentences.flatMap((s) => (s.lower.match(TOKEN) ?? []).map(foldToken));
      expect(index.tokens).toEqual(expected);
      expect(index.tokens.length).toBeGreaterThan(5);
      expect(index.sentences.map((s) => s.lower)).toEqual(index.sentences.map((s) => normalizeText(s.raw)));
    }
  });

  it('keeps a dotted name whole and stops at a dot with no word after it', () => {
    expect(indexText('Use gpt-4.1-mini at v2.3.1, not x..y.').tokens).toEqual([
      'use',
      'gpt',
      '4.1',
      'mini',
      'at',
      'v2.3.1',
      'not',
      'x',
      'y',
    ]);
  });
});

describe('bucketKey', () => {
  it('is shared by words with the same first three characters and by no others', () => {
    expect(bucketKey('reranker')).toBe(bucketKey('rerank'));
    const words = ['a', 'ab', 'abc', 'abd', 'b', 'ba', '$5', '@10', '4.1', 'p95', 'p9', 'zzz', 'zz', '%'];
    expect(new Set(words.map(bucketKey)).size).toBe(words.length);
  });

  it('buckets every distinct word of an index under its key, in order of first use', () => {
    const index = indexText('Rerankers rerank; the reranker retries. Retrieval returns results.');
    expect(index.buckets.get(bucketKey('rer'))).toEqual(['reranker', 'rerank']);
    expect(index.buckets.get(bucketKey('ret'))).toEqual(['retry', 'retrieval', 'return']);
    expect([...index.buckets.values()].flat().sort()).toEqual([...index.positions.keys()].sort());
  });
});
