// Sentences with the form of a decision that commit the design to nothing, and figures that are not the
// candidate's quantities (commitment.ts). Each rule has sentences it must credit and sentences it must not.
import { describe, expect, it } from 'vitest';
import { indexText } from './text-index';
import { analyse } from './analyse';
import { compileRubric } from './compiled-rubric';
import { readBrief } from './brief';
import { TEST_RUBRICS } from '../../../tests/fixtures/offline-grading';
import { sentenceSignals } from './signals';

const sig = (s: string, brief = '') => sentenceSignals(s, readBrief(brief));
const analysed = (section: 'latency' | 'cost' | 'evals' | 'rollout', text: string, brief = '') =>
  analyse(indexText(text), compileRubric(TEST_RUBRICS[section]), null, readBrief(brief));

describe('a sentence that commits to nothing is filler, not a decision', () => {
  it('does not credit a check judged by feel', () => {
    expect(sig('we will review a sample of drafts each week and make sure the tone feels right.').vague).toBe(
      true,
    );
    expect(sig('the support leads will read the summaries and tell us whether they look good.').vague).toBe(
      true,
    );
    expect(
      analysed('evals', 'We will try the classifier on old tickets and confirm the labels look fine.')
        .decisions,
    ).toBe(0);
  });

  it('still credits a check with a criterion', () => {
    expect(sig('two reviewers label 200 drafts as correct or wrong against the refund policy.').vague).toBe(
      false,
    );
    expect(
      analysed('evals', 'A grader model scores each summary for faithfulness against the source ticket.')
        .decisions,
    ).toBe(1);
  });

  it('does not credit wait-and-see, reminders or forecasts', () => {
    for (const s of [
      'we will turn it on for every store and see how it goes.',
      'the team will handle problems as they come up.',
      'privacy is hard with call recordings, so we will keep it in mind throughout.',
      'we will pay attention to the costs of the agent.',
      'we expect the queue to stay short on most days.',
      'throughput is unlikely to be a problem for the warehouse team.',
      'the newer models will only get better, so the bot improves by itself.',
    ])
      expect(sig(s).vague, s).toBe(true);
  });

  it('does not credit speed wished for, a budget claimed or a market trend', () => {
    for (const s of [
      'the lookup should feel instant to the dispatcher.',
      'spend should stay comfortably within budget for the pilot.',
      'storage keeps getting cheaper, so the archive costs little to keep.',
    ])
      expect(sig(s).vague, s).toBe(true);
  });

  it('still credits speed and spend that come with a figure or a mechanism', () => {
    expect(
      sig('the lookup feels instant because the index sits in memory, about 30 ms per query.').vague,
    ).toBe(false);
    expect(sig('a hard cap of $500 a month keeps spend within budget.').vague).toBe(false);
  });

  it('still credits plans that name what is done', () => {
    for (const s of [
      'we turn it on for 5% of stores first and widen it weekly if the refund error rate stays flat.',
      'a rollback flag turns the bot off for a store within a minute.',
      'the queue worker retries a failed call twice, then hands the ticket to a person.',
    ])
      expect(sig(s).vague, s).toBe(false);
  });

  it('does not credit a choice handed to a later process', () => {
    for (const s of [
      'we will run it on whatever vector store ends up chosen by the platform group.',
      'whatever embedding model gets selected will need to handle dutch and french.',
      'both vendors have strengths, and the final choice will depend on the security questionnaire.',
      'we can pick the reranker later.',
    ])
      expect(sig(s).vague, s).toBe(true);
    expect(
      analysed(
        'rollout',
        'Whatever release tool is approved by the ops group gets used, and the final decision will wait for the audit.',
      ).decisions,
    ).toBe(0);
  });

  it('still credits a deferred choice tied to a figure, and a choice made now', () => {
    expect(sig('the final choice will follow a bake-off on 300 labelled tickets.').vague).toBe(false);
    expect(sig('we pick the smaller model now and revisit it after the pilot.').vague).toBe(false);
  });

  it('does not credit carrying on with no object, cadence or criterion', () => {
    for (const s of [
      'we will keep evaluating after the launch.',
      'the team will keep improving it over time.',
      'and we keep iterating.',
    ])
      expect(sig(s).vague, s).toBe(true);
    expect(analysed('evals', 'We label 150 claims by hand. We will keep testing afterwards.').decisions).toBe(
      1,
    );
  });

  it('does not credit "making sure" with nothing specific', () => {
    expect(sig('we pilot it, making sure to follow best practice and inform everyone.').vague).toBe(true);
    expect(sig('we pilot it in two kitchens, making sure the 14 allergens are checked.').vague).toBe(false);
  });

  it('still credits carrying on with something named', () => {
    for (const s of [
      'we keep checking citation precision on a weekly sample.',
      'we will keep evaluating the router against the frozen set before each release.',
    ])
      expect(sig(s).vague, s).toBe(false);
  });

  it('keeps a figure in a forecast as a figure (only plain sentences are filler)', () => {
    const s = sig('we expect about 40k calls a day at peak.');
    expect(s.vague).toBe(false);
    expect(s.numbers).toEqual(['40k']);
  });
});

describe('a sentence that reads the brief back restates it', () => {
  it('does not credit "the brief asks for" as a design', () => {
    const brief = 'Reply to every ticket within 10 minutes, around the clock.';
    expect(
      sig('the brief asks for a reply within 10 minutes, so replies go through a queue.', brief).explains,
    ).toBe(true);
    expect(sig('the client requires answers in German and French.').explains).toBe(true);
    expect(
      analysed('latency', 'The brief gives us an hour, which is plenty, and streaming makes it feel quick.')
        .decisions,
    ).toBe(0);
  });

  it('still credits a design that mentions the brief in passing', () => {
    expect(sig('target p95 4 min (the brief allows 15) with OCR in parallel.').explains).toBe(false);
    expect(sig("we keep the brief's 10-minute limit by drafting in a queue worker.").explains).toBe(false);
    expect(sig('the client portal shows a status per file while the check runs.').explains).toBe(false);
  });
});

describe('a guessed figure is not one the design is built on', () => {
  it('does not count "maybe" or "could be" figures as decided', () => {
    expect(analysed('cost', 'The model bill will be small, maybe 3 cents a letter.').decidedFigures).toBe(0);
    expect(analysed('latency', 'The lookup could take 200 ms on a cold cache.').decidedFigures).toBe(0);
  });

  it('still counts a stated estimate or a chosen figure', () => {
    expect(
      analysed('cost', 'The model bill is about 3 cents a letter at 2,000 input tokens.').decidedFigures,
    ).toBe(1);
    expect(analysed('latency', 'We cache the lookup for 10 minutes.').decidedFigures).toBe(1);
  });
});

describe('a number inside a name or an old date is not a quantity', () => {
  it('does not read a model version or a founding year as a figure', () => {
    expect(sig('gpt-4.1 writes clear, friendly summaries.').numbers).toEqual([]);
    expect(sig('we run llama-3 on the office server.').numbers).toEqual([]);
    expect(sig('the archive was started in 1874 by the first librarian.').numbers).toEqual([]);
  });

  it('still reads figures next to a name, and counts with a year-like size', () => {
    expect(sig('gpt-4.1 drafts 300 letters a day at 2 s each.').numbers).toEqual(['300letters', '2s']);
    expect(sig('we cap the prompt at 1500 tokens.').numbers).toEqual(['1500tokens']);
    expect(sig('the backlog holds 1200 files.').numbers).toEqual(['1200files']);
  });
});
