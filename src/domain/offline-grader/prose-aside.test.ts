// Write-ups explain for several sentences at a time: "once you see the math" is followed by the math,
// "the bill depends on:" by its items. Until the writer speaks for the system again ("we", "our") or
// states a choice, those sentences are still the explanation and decide nothing for this system.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { sentenceSignals } from './signals';

const grade = gradeWith(testPrompt(SPECIFIC_NOTES));

describe('an aside to the reader runs on until the writer decides again', () => {
  it('reads a framing for anything or anyone as general, like one for any product', () => {
    expect(sentenceSignals('for anything a person waits on, the first token is what counts.').explains).toBe(
      true,
    );
    expect(sentenceSignals('for anyone on call, the runbook comes first.').explains).toBe(true);
    expect(sentenceSignals('for the billing agent we use the small model.').explains).toBe(false);
  });

  it('gives worked arithmetic that follows an explanation no credit', () => {
    const g = grade(
      'cost',
      [
        'The bill is easy to predict once you do the arithmetic.',
        'A reranker that scores 50 chunks per question at 300 tokens each reads 15,000 tokens per question.',
        'At 10,000 questions a day, that is 150 million tokens daily.',
      ].join(' '),
    );
    expect(g.score).toBe(1);
  });

  it('gives the items under an explaining lead-in no credit', () => {
    const g = grade(
      'latency',
      [
        'In any chat product, the wait you notice is made of:',
        '- The retrieval step - a vector search over the index, usually 100-300 ms.',
        '- The reranker - a cross-encoder pass over the candidates.',
        '- The first token - the model prefill, longer for long prompts.',
      ].join('\n'),
    );
    expect(g.score).toBeLessThanOrEqual(1);
  });

  it("credits the writer's own choices after the aside ends", () => {
    const g = grade(
      'latency',
      [
        'In any chat product, the wait you notice is made of retrieval, reranking and the first token.',
        'Each of these adds up quickly.',
        'We cap the reranker at 20 candidates and stream the answer, so the first token arrives within 1 s.',
        'We run retrieval and the permission lookup in parallel, which saves about 200 ms.',
      ].join(' '),
    );
    expect(g.score).toBeGreaterThanOrEqual(2);
  });

  it('keeps a story the writer is part of ("a client asked us") as the writer\'s own', () => {
    const g = grade(
      'latency',
      [
        'A client asked us why their assistant felt slow.',
        'Their p95 was 9 s, two thirds of it in sequential tool calls.',
        'We ran the tool calls in parallel and streamed the answer: p95 fell from 9 s to 4 s.',
      ].join(' '),
    );
    expect(g.score).toBeGreaterThanOrEqual(2);
  });
});
