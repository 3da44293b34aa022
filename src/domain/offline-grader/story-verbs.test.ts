// "We" and a past tense tell what was done; it is a choice only when the verb is one of choosing or building
// ("we switched to", "we capped", "we replaced"), not any past event ("we flipped a flag and went to lunch",
// "we profiled the endpoint"). Learnt from an incident story in the real-prose test split.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { sentenceSignals } from './signals';

const cue = (s: string) => sentenceSignals(s).decisionCue;
const grade = gradeWith(testPrompt(SPECIFIC_NOTES));

describe('a past event told with "we" is not a choice', () => {
  it('reads past events that choose nothing as no decision', () => {
    expect(cue('we flipped a config flag at 10am and watched the graphs for half an hour.')).toBe(false);
    expect(cue('we profiled the chat endpoint end to end.')).toBe(false);
    expect(cue('last spring we migrated the copilot to another vendor.')).toBe(false);
  });

  it('still reads a past choice as a decision, doubled consonant or not', () => {
    expect(cue('we switched to a smaller model for triage.')).toBe(true);
    expect(cue('we capped the context at 4k tokens.')).toBe(true);
    expect(cue('we replaced the keyword index with a hybrid one.')).toBe(true);
    expect(cue('we eventually dropped the reranker.')).toBe(true);
    expect(cue('we ended up with two queues.')).toBe(true);
  });

  it('scores an incident story with no design in it at 1 (it was 2)', () => {
    const story = [
      'The Tuesday I migrated our support copilot from one model to another, the team burned six hours rolling back a deploy that had passed every check.',
      'The new model was cheaper, faster on benchmarks, and had passed our offline eval suite with a comfortable margin.',
      'We flipped a config flag at 10am, watched the dashboards for thirty minutes, and went to lunch.',
      'By 2pm the support managers were asking why handling time had gone up by 40 seconds per ticket.',
      'It wrote in a register that did not match the way our agents talk to customers.',
      'We had no traffic split, no shadow comparison, no per-cohort metrics and no kill switch.',
    ].join(' ');
    expect(grade('monitoring', story).score).toBe(1);
  });
});
