import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../evidence';
import { normalizeForQuote } from './evidence-pick';

describe('normalizeForQuote: the fast path folds exactly as normalizeForMatch', () => {
  const samples = [
    'We use **BM25** and `pgvector`, because exact codes matter.',
    '| step | p95 |\n|---|---|\n| rerank top 50 | 0.4 s |',
    '> ## Heading_with_underscores   and    spaces\t\there',
    'Recall “at least” 90% – p95 ≤ 2 s, it’s fine ≥ 95%',
    'Ｆｕｌｌ-width letters and ligatures: ﬁle',
  ];
  it.each(samples)('%s', (s) => {
    expect(normalizeForQuote(s)).toBe(normalizeForMatch(s));
  });
});
