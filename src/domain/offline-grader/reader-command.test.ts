// A command that mentions the reader ("pull the cases from traffic that has bitten you") is a step of a recipe,
// not an explanation addressed to the reader: it keeps its decision and its figures. "You" anywhere else still
// explains. Learnt from the fresh-c/d batch of the real-prose set (guide-style write-ups whose concrete steps
// humans scored 2); train, dev and fresh-a/b have no case it changes.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { sentenceSignals } from './signals';

const grade = gradeWith(testPrompt(SPECIFIC_NOTES));

describe('a command that mentions the reader', () => {
  it('is not an explanation', () => {
    expect(
      sentenceSignals('sample 150 conversations your agents escalated and label each one.').explains,
    ).toBe(false);
    expect(sentenceSignals('step two: tag every request with the feature you shipped it for.').explains).toBe(
      false,
    );
  });

  it('still leaves "you" outside a command as an explanation', () => {
    expect(sentenceSignals('you will find that most failures come from retrieval.').explains).toBe(true);
    expect(sentenceSignals('the model you call decides the price.').explains).toBe(true);
    expect(sentenceSignals('if you log the prompt, you can replay the request.').explains).toBe(true);
  });

  it('lets a recipe of concrete steps score as a design', () => {
    const recipe = [
      'Pull 150 real conversations from the traffic you already have.',
      'Label each one with the reply your best agent would give.',
      'Run the set on every prompt change you make and block the release when the pass rate drops.',
    ].join(' ');
    expect(grade('evals', recipe).score).toBe(2);
  });

  it('leaves advice told to the reader at 1', () => {
    const advice = [
      'You will want a test set at some point.',
      'Your reviewers probably disagree on what a good reply is, and you should find out why.',
      'If you change the prompt, you may see the pass rate move.',
    ].join(' ');
    expect(grade('evals', advice).score).toBe(1);
  });
});
