import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  confusionMatrix,
  exact,
  meanDifference,
  percentile,
  quadraticWeightedKappa,
  spearman,
  stability,
  withinOne,
  type Pair,
} from './metrics';

const pairs = (labels: number[], predicted: number[]): Pair[] =>
  labels.map((label, i) => ({ label, predicted: predicted[i]! }));

describe('agreement shares', () => {
  const p = pairs([0, 1, 2, 3, 4], [0, 2, 4, 3, 1]);

  it('counts exact and within-one agreement', () => {
    expect(exact(p)).toBeCloseTo(2 / 5);
    expect(withinOne(p)).toBeCloseTo(3 / 5);
  });

  it('reports leniency as predicted minus label', () => {
    // differences 0, +1, +2, 0, -3
    expect(meanDifference(p)).toBeCloseTo(0);
    expect(meanDifference(pairs([1, 1], [2, 3]))).toBeCloseTo(1.5);
  });

  it('gives NaN on no pairs instead of throwing', () => {
    expect(exact([])).toBeNaN();
    expect(withinOne([])).toBeNaN();
    expect(meanDifference([])).toBeNaN();
  });
});

describe('confusionMatrix', () => {
  it('puts human scores on rows and grader scores on columns', () => {
    const m = confusionMatrix(pairs([0, 0, 4, 2], [0, 1, 3, 2]));
    expect(m).toHaveLength(5);
    expect(m[0]).toEqual([1, 1, 0, 0, 0]);
    expect(m[4]).toEqual([0, 0, 0, 1, 0]);
    expect(m[2]![2]).toBe(1);
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('quadraticWeightedKappa', () => {
  it('is 1 for perfect agreement', () => {
    expect(quadraticWeightedKappa(pairs([0, 1, 2, 3, 4], [0, 1, 2, 3, 4]))).toBeCloseTo(1);
  });

  it('matches a hand-computed value', () => {
    // human [0,1,2], grader [0,2,2]: observed weighted disagreement 1/16, expected 5/16, so 1 - 1/5.
    expect(quadraticWeightedKappa(pairs([0, 1, 2], [0, 2, 2]))).toBeCloseTo(0.8);
  });

  it('is 0 when agreement is what chance predicts', () => {
    expect(quadraticWeightedKappa(pairs([0, 0, 1, 1], [0, 1, 0, 1]))).toBeCloseTo(0);
  });

  it('is negative for systematic disagreement', () => {
    expect(quadraticWeightedKappa(pairs([0, 4], [4, 0]))).toBeCloseTo(-1);
  });

  it('handles degenerate inputs', () => {
    expect(quadraticWeightedKappa([])).toBeNaN();
    expect(quadraticWeightedKappa(pairs([2, 2, 2], [2, 2, 2]))).toBe(1);
    expect(quadraticWeightedKappa(pairs([2, 2, 2], [1, 2, 3]))).toBeCloseTo(0);
  });
});

describe('spearman', () => {
  it('averages tied ranks', () => {
    expect(averageRanks([5, 6, 7, 8, 7])).toEqual([1, 2, 3.5, 5, 3.5]);
  });

  it('matches a hand-computed value with ties', () => {
    // ranks x 1..5, ranks y [1,2,3.5,5,3.5]: sum dx*dy 8, sum dx^2 10, sum dy^2 9.5.
    expect(spearman(pairs([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]))).toBeCloseTo(8 / Math.sqrt(95));
  });

  it('is 1 for any monotone relation and NaN without variance', () => {
    expect(spearman(pairs([0, 1, 2, 4], [1, 2, 3, 4]))).toBeCloseTo(1);
    expect(spearman(pairs([1, 2, 3], [2, 2, 2]))).toBeNaN();
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBeCloseTo(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('stability', () => {
  it('is the share of cases whose runs all agree', () => {
    expect(stability([[2, 2, 2], [1, 2, 1], [3], [4, 4]])).toBeCloseTo(3 / 4);
  });
});
