// General ways design prose states, defers or merely names a choice, learnt from the real-prose train and dev
// splits and the golden-style sets: each rule's examples failed before it, its counter-examples pass on both.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { findNumbers } from './numbers';
import { sentenceSignals } from './signals';

const grade = gradeWith(testPrompt(SPECIFIC_NOTES));

describe('a choice put off, or diligence without a method, decides nothing', () => {
  it('reads a deferred decision as a hedge', () => {
    expect(
      sentenceSignals('all of these have trade-offs and we will decide during the project.').hedged,
    ).toBe(true);
    expect(sentenceSignals('we will pick the vector store later.').hedged).toBe(true);
    expect(sentenceSignals('retention period: tbd.').hedged).toBe(true);
    expect(sentenceSignals('the exact threshold is to be determined.').hedged).toBe(true);
  });

  it('still reads a decision that names when it happens as a decision', () => {
    expect(sentenceSignals('the judge decides which answers go to a reviewer.').hedged).toBe(false);
    expect(sentenceSignals('we pick the top 8 chunks after reranking.').hedged).toBe(false);
  });

  it('reads "thoroughly" or "extensively" with no number or tool as filler', () => {
    expect(
      sentenceSignals('we will test the notes thoroughly with pharmacists before going live.').vague,
    ).toBe(true);
    expect(sentenceSignals('we test extensively before each release.').vague).toBe(true);
    expect(sentenceSignals('we test 300 notes with pharmacists before going live.').vague).toBe(false);
  });

  it('scores options without a choice, a deferred decision and a release number at 1 (it was 3)', () => {
    const answer = [
      'Evaluation matters more here than in most AI products, because a wrong answer can hurt a customer.',
      'That is why we will test the answers thoroughly with support leads before going live and check that they agree with them.',
      'Support leads are the experts, so their feedback is the best evaluation there is, far better than any automatic metric.',
      'We could also look at accuracy, precision and recall and maybe a human review;',
      'all of these have pros and cons and we will decide during the project.',
      'Reviews follow the support handbook, release 2026.12.1, which lists the tone rules for every answer.',
    ].join(' ');
    expect(grade('evals', answer).score).toBe(1);
  });
});

describe('a version number is a label, not a quantity', () => {
  const texts = (s: string) => findNumbers(s).map((n) => n.text);

  it('leaves dotted versions and v-numbers out', () => {
    expect(texts('release 2026.12.1 changes the scoring')).toEqual([]);
    expect(texts('we pin v2.3 of the prompt')).toEqual([]);
    expect(texts('it runs on python 3.11.4')).toEqual([]);
  });

  it('keeps decimals and figures with units', () => {
    expect(texts('p95 of 1.5 s and $0.002 per call')).toEqual(['1.5s', '$0.002']);
    expect(texts('the 2.5 million pages of v2')).toEqual(['2.5million']);
  });
});

describe('a verb that starts a subject or a table cell is no imperative', () => {
  const cue = (s: string) => sentenceSignals(s).decisionCue;

  it('reads "chunk size affects", "spend triples" and a table header as statements', () => {
    expect(cue('chunk size affects retrieval quality.')).toBe(false);
    expect(cue('spend triples after a launch and no one saw it coming.')).toBe(false);
    expect(cue('chunk size | pros | cons')).toBe(false);
  });

  it('still reads an imperative as a choice', () => {
    expect(cue('store embeddings in a vector database.')).toBe(true);
    expect(cue('store results that are reused for an hour.')).toBe(true);
    expect(cue('cache answers for 24 hours.')).toBe(true);
  });
});

describe("figures inside someone's quoted words do not justify a design", () => {
  const reported = (s: string) => sentenceSignals(s).reported;

  it('reads a number only inside a quoted question, remark or example as reported', () => {
    expect(
      reported('production: "what happens to the bill at 10x traffic?" a demo runs a handful of calls.'),
    ).toBe(true);
    expect(reported("'the model averages 500 ms!' i'd tell myself.")).toBe(true);
    expect(reported('prank orders ("100 milkshakes") will be detected.')).toBe(true);
  });

  it('still counts a figure of the design next to a quotation', () => {
    expect(reported('the prompt says "answer briefly" and we cap output at 300 tokens.')).toBe(false);
    expect(reported('we cache answers for 24 hours, keyed on "the question text".')).toBe(false);
    expect(reported('we cache answers for 24 hours.')).toBe(false);
  });
});

describe('a prohibition is a rule, like "never"', () => {
  const cue = (s: string) => sentenceSignals(s).decisionCue;

  it('reads "do not" and "don\'t" with a verb as a choice', () => {
    expect(cue('do not send irreversible commitments automatically')).toBe(true);
    expect(cue("boundaries: don't auto-handle legal or hr threads")).toBe(true);
  });

  it('still reads a plain description as no choice', () => {
    expect(cue('threads with unclear ownership or conflicting context')).toBe(false);
    expect(cue('the users do not know which tables exist.')).toBe(false);
  });
});

describe('"critical" as a severity is specific, as emphasis it is filler', () => {
  const vague = (s: string) => sentenceSignals(s).vague;

  it('reads critical issues and critical alerts as a class of thing', () => {
    expect(
      vague('i should have started with only critical issues: security vulnerabilities and crashes.'),
    ).toBe(false);
    expect(vague('we page on critical alerts only.')).toBe(false);
  });

  it('still reads "critical to" as emphasis', () => {
    expect(vague('good retrieval is critical to answer quality.')).toBe(true);
    expect(vague('this step is critical.')).toBe(true);
  });
});

describe("a passage that names its section's subject touches the topic", () => {
  it('scores a metrics table or a remark about evals 1, not 0', () => {
    const table = [
      'Day one: 47 comments on a single pull request. 43 of them were wrong.',
      '| Metric | Day 1 | Week 1 | Week 2 |',
      '|---|---|---|---|',
      '| Comments per PR | 47 | 23 | 8 |',
      '| False positive rate | 91% | 67% | 34% |',
    ].join('\n');
    expect(grade('monitoring', table).score).toBe(1);
    expect(
      grade(
        'evals',
        'We can eval by asking developers if the comments are good. Also try it on some old PRs.',
      ).score,
    ).toBe(1);
  });

  it('still scores a question back, or text about nothing of the kind, 0', () => {
    const back =
      'Before I answer this one: does the support team already have a QA process, and would they own this?\n' +
      "I'd rather not design an eval process that duplicates theirs.";
    expect(grade('evals', back).score).toBe(0);
    expect(
      grade('evals', 'The office moved to a new building last spring and the team enjoyed the view.').score,
    ).toBe(0);
  });
});

describe("someone else's story reports figures, it does not decide them", () => {
  const reported = (s: string) => sentenceSignals(s).reported;

  it('reads a third party doing something in the past as reported', () => {
    expect(
      reported('the breakthrough came from a product manager who pulled 200 random conversation logs.'),
    ).toBe(true);
    expect(reported('they reviewed 3 recent deployments, all minor.')).toBe(true);
  });

  it('still counts figures the writer or the system decides', () => {
    expect(reported('we pulled 200 random conversation logs every week.')).toBe(false);
    expect(reported('the reviewer samples 200 conversations a week.')).toBe(false);
  });
});

describe('a step told with the system as "it" describes the design', () => {
  const weak = (s: string) => sentenceSignals(s).weakCue;

  it('reads "it loads", "it writes" as a step', () => {
    expect(weak('it loads conversation history from one store and summaries from another.')).toBe(true);
    expect(weak('it writes the request to a telemetry log.')).toBe(true);
  });

  it('still reads "it means" or "it helps" as no step', () => {
    expect(weak('it means collecting logs.')).toBe(false);
    expect(weak('it helps the team focus.')).toBe(false);
  });
});
