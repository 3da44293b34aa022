// A run of bare terms naming the section's levers is a catalogue of options, not a choice (analyse.ts,
// rule 8 of the golden set: naming a technique is not choosing a lever).
import { describe, expect, it } from 'vitest';
import { indexText } from './text-index';
import { analyse } from './analyse';
import { compileRubric } from './compiled-rubric';
import { readBrief } from './brief';
import { TEST_RUBRICS } from '../../../tests/fixtures/offline-grading';

const decisions = (section: 'latency' | 'cost' | 'retrieval', text: string) =>
  analyse(indexText(text), compileRubric(TEST_RUBRICS[section]), null, readBrief('')).decisions;

describe('a catalogue of levers is not a decision', () => {
  it('does not credit every lever named in a row of bare terms', () => {
    expect(
      decisions(
        'cost',
        'To keep spend down we will use caching, batching, model routing, smaller models, quantisation, distillation, reserved instances, autoscaling and shorter prompts.',
      ),
    ).toBe(0);
    expect(
      decisions(
        'latency',
        'We will apply the latency playbook: streaming, caching, parallel calls, smaller models, prompt trimming, speculative decoding, early exits and warm pools.',
      ),
    ).toBe(0);
  });

  it('still credits a list that picks with a figure or a tool, or steps that say what they do', () => {
    expect(
      decisions(
        'cost',
        'We cut the bill with caching, batching, model routing, smaller models, quantisation and shorter prompts, down to 2 cents a ticket.',
      ),
    ).toBe(1);
    expect(
      decisions(
        'cost',
        'The savings plan: (1) route easy tickets to the small model, (2) cache the system prompt, (3) batch the nightly summaries, (4) trim retrieved context to the top chunks.',
      ),
    ).toBe(1);
  });
});
