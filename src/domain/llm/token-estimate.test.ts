import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_TABLE } from './price-table';
import {
  budgetTokens,
  describeEstimate,
  estimateCost,
  formatTokenCount,
  typicalTokens,
} from './token-estimate';

describe('token estimate', () => {
  it('budgets more tokens than the typical figure, so a planned request errs on fitting', () => {
    const text = 'Hybrid BM25 and dense retrieval, then a cross-encoder reranker over the top 50.';
    expect(budgetTokens(text)).toBeGreaterThan(typicalTokens(text));
    expect(typicalTokens('x'.repeat(4_000))).toBe(1_000);
  });

  it('rounds counts for a sentence', () => {
    expect(formatTokenCount(950)).toBe('950');
    expect(formatTokenCount(1_234)).toBe('1.2k');
    expect(formatTokenCount(38_400)).toBe('38k');
    expect(formatTokenCount(1_500_000)).toBe('1.5M');
  });

  it('says tokens and cost at the prices in Settings', () => {
    const tokens = { tokensIn: 36_000, tokensOut: 2_200 };
    const cost = estimateCost(tokens, 'gpt-4o-mini-2024-07-18', DEFAULT_PRICE_TABLE, false);
    expect(cost).toBeCloseTo((36_000 * 0.15 + 2_200 * 0.6) / 1e6, 8);
    expect(describeEstimate({ ...tokens, costUsd: cost, requests: 11 })).toBe(
      'about 38k tokens, about $0.007 at the prices in Settings',
    );
    expect(describeEstimate({ ...tokens, costUsd: 0, requests: 11 })).toBe(
      'about 38k tokens, free on a local server',
    );
    expect(describeEstimate({ ...tokens, costUsd: null, requests: 11 })).toMatch(/no price for this model/);
    expect(describeEstimate({ ...tokens, costUsd: 0, requests: 10, unfit: 1 })).toBe(
      'about 38k tokens, free on a local server; 1 section too long for the context window in Settings',
    );
    expect(describeEstimate({ tokensIn: 0, tokensOut: 0, costUsd: 0, requests: 0, unfit: 2 })).toBe(
      '2 sections too long for the context window in Settings',
    );
  });
});
