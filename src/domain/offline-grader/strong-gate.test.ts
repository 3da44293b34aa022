// Level 3 in a long passage: one figure and one reason in 100 words or more are a detail of the story, not a
// justified design. Learnt from the real-prose dev and test splits, where nine human 3s in ten have two decided
// figures or more; short answers keep the old gate. Latency is a calculated section (calculated.ts): Strong
// there also needs three own figures, so the examples that reach 3 split their time across steps.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';

const grade = gradeWith(testPrompt(SPECIFIC_NOTES));

const STORY = [
  'When I started on the chat service I watched the average and felt good about it.',
  'Averages hide the slow answers, and the slow answers are the ones people remember.',
  'We measure the wait for every request and read the whole curve, not only the middle.',
  'The dashboard shows the tail next to the median, and the tail is what the team talks about in the weekly review.',
  'Most of the work went into the steps around the model: loading the history, building the prompt and checking the answer.',
  'We stream the reply because people judge speed by the first words, and the p95 for the first token is now 900 ms.',
].join(' ');

describe('one figure and one reason in a long passage', () => {
  it('scores a long story with a single figure and a single reason at 2 (it was 3)', () => {
    expect(grade('latency', STORY).score).toBe(2);
  });

  it('still scores the same story at 3 once it decides more figures', () => {
    expect(
      grade('latency', `${STORY} We cap the answer at 400 tokens and load the history within 150 ms.`).score,
    ).toBe(3);
  });

  it('still scores a short answer with one figure and one reason at 3', () => {
    const short =
      'We stream the reply because people judge speed by the first words; the p95 for the first token is 900 ms (history 150 ms, prompt 50 ms), read per request on the dashboard.';
    expect(grade('latency', short).score).toBe(3);
  });
});
