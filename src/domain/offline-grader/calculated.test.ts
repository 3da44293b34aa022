// Cost and latency answers are calculations at level 3 (calculated.ts): one or two figures with a reason
// read well but are the rubric's level 2; an itemised estimate or a budget split across steps is a 3.
import { describe, expect, it } from 'vitest';
import { TEST_RUBRICS, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { figuresForStrong } from './calculated';
import { scoreAnalysis } from './score';
import { analyse } from './analyse';
import { compileRubric } from './compiled-rubric';
import { indexText } from './text-index';

const grade = gradeWith(testPrompt(() => []));

describe('a calculated section needs the calculation for Strong', () => {
  it('does not credit a rough cost and one lever as Strong', () => {
    const text =
      'Each ticket costs about 3 cents with the small model, since drafting is the only large call, and we batch the nightly summaries to stay cheap.';
    expect(grade('cost', text).score).toBe(2);
  });

  it('credits an itemised estimate multiplied out to a monthly total', () => {
    const text =
      'Per ticket: classification $0.0004 on the small model, drafting $0.012 on the large one, so about $0.013 a ticket; at 90k tickets a month that is roughly $1,200. We draft with the large model only for tickets the classifier cannot answer from a template, because drafts are 90% of the bill, at the cost of slightly stiffer wording on template replies.';
    expect(grade('cost', text).score).toBeGreaterThanOrEqual(3);
  });

  it('does not credit a latency target with one lever as Strong', () => {
    const text =
      'Replies start streaming within 2 s, so the agent never stares at a blank box, and we cache the order lookup because it is the slowest call.';
    expect(grade('latency', text).score).toBe(2);
  });

  it('credits a latency budget split across the steps', () => {
    const text =
      'Target p95 3 s to the first token: retrieval 300 ms, reranking 200 ms, first token from the model within 1.5 s, leaving headroom for the network. We stream the answer because agents read as it arrives, and we skip the reranker when the top hit scores above 0.9, which costs a little precision on long questions.';
    expect(grade('latency', text).score).toBeGreaterThanOrEqual(3);
  });

  it('leaves other sections to the usual gate: one decided figure with its reason can be Strong there', () => {
    expect(figuresForStrong('retrieval')).toBe(0);
    const text =
      'We retrieve the top 8 chunks with a hybrid of BM25 and vectors, because error codes need exact matching, and accept a slightly longer prompt in exchange.';
    const a = analyse(indexText(text), compileRubric(TEST_RUBRICS.retrieval), null);
    const base = { analysis: a, ties: 0, offSectionCap: null };
    expect(scoreAnalysis(base).level).toBeGreaterThanOrEqual(3);
    expect(scoreAnalysis({ ...base, figuresForStrong: 3 }).level).toBe(2);
  });
});
