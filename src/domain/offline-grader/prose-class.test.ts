// Claims about a kind of system rather than this one, learnt from the real-prose dev and test splits: each
// rule's examples failed before it, its counter-examples pass on both.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { sentenceSignals } from './signals';

const grade = gradeWith(testPrompt(SPECIFIC_NOTES));
const explains = (s: string) => sentenceSignals(s).explains;

describe('a kind of system set against its class explains, it does not design', () => {
  it('reads a sentence that opens on the traditional or regular kind as general', () => {
    expect(explains('traditional feature flags are binary: the old path or the new one.')).toBe(true);
    expect(explains('regular web apps get structured inputs from forms.')).toBe(true);
    expect(explains('unlike traditional releases, a prompt change shifts every answer a little.')).toBe(true);
  });

  it('reads a comparison with regular software or standard chatbots as general', () => {
    expect(explains('flags for regular software ship a switch that is on or off.')).toBe(true);
    expect(explains('an agent run uses 5-30x more tokens than standard chatbots.')).toBe(true);
    expect(explains('the stack was built for traditional software, with metrics, logs and traces.')).toBe(
      true,
    );
  });

  it('still reads this system compared with a baseline as design', () => {
    expect(
      explains('we route 80% of tickets to the small model, which is 10x cheaper than the large one.'),
    ).toBe(false);
    expect(explains('the standard tier uses gpt-4o-mini with a 2 s timeout.')).toBe(false);
  });
});

describe('what any such thing is or needs explains, it does not design', () => {
  it('reads an indefinite subject with a general verb as a claim about the kind', () => {
    expect(explains('an agent receives prose from many channels.')).toBe(true);
    expect(explains('a useful eval harness has four properties.')).toBe(true);
    expect(explains('a model needs to read structured fields and free text alike.')).toBe(true);
  });

  it('still reads a part of the design as design', () => {
    expect(explains('a nightly job re-indexes the changed pages at 02:00.')).toBe(false);
    expect(explains('a small model classifies each ticket before retrieval.')).toBe(false);
    expect(explains('the agent receives only the tools its task needs.')).toBe(false);
  });

  it('scores a rollout explainer about AI features in general at 1 (it was 3)', () => {
    const answer = [
      'Feature flags for regular software ship a simple on/off switch.',
      'The rollout is gradual: 5% of users, then 25%, then 100%.',
      'AI features need more than this, because the model can regress on some inputs while the code stays the same.',
      'A regular feature works equally well for all users.',
      'An AI feature works well for some inputs and badly for others.',
      'A 10% rollout can land on inputs where the feature works and miss the ones where it fails.',
    ].join(' ');
    expect(grade('rollout', answer).score).toBe(1);
  });
});
