// Write-ups often tell another team's design in the third person ("They used AWS SageMaker to keep all their
// data in a VPC") and name products the fixed technology list does not know ("SageMaker", "QueryGPT"). Such a
// sentence describes a design the way "documents are stored" does: a decision when it is specific enough.
import { describe, expect, it } from 'vitest';
import { indexText } from './text-index';
import { analyse } from './analyse';
import { compileRubric } from './compiled-rubric';
import { readBrief } from './brief';
import { sentenceSignals } from './signals';
import { TEST_RUBRICS } from '../../../tests/fixtures/offline-grading';

const decisions = (section: keyof typeof TEST_RUBRICS, text: string) =>
  analyse(indexText(text), compileRubric(TEST_RUBRICS[section]), null, readBrief('')).decisions;

describe('a design told in the third person', () => {
  it('reads "they used" and "she replaced" as a form that may describe a choice', () => {
    expect(sentenceSignals('they used a hosted model to keep the data in their own cloud.').weakCue).toBe(
      true,
    );
    expect(sentenceSignals('she replaced the keyword index with a hybrid one.').weakCue).toBe(true);
  });

  it('does not read any past event of theirs as a choice', () => {
    expect(sentenceSignals('they flipped a flag and went to lunch.').weakCue).toBe(false);
  });

  it('counts a product named in its own spelling as a specific', () => {
    const named = 'They used AWS SageMaker to keep every model call inside their cloud account.';
    const unnamed = 'They used AWS to keep every model call inside their cloud account.';
    expect(decisions('model', named)).toBeGreaterThan(decisions('model', unnamed));
  });
});
