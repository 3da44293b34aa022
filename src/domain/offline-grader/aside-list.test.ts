// Tutorials explain a pattern with a lead-in addressed to the reader and a list of steps that read as commands
// ("Instead of routing all traffic to a new version, you:" / "Route a small percentage of traffic ..."). The
// steps belong to the explanation, not to a design; the same list under the writer's own lead-in is a design.
import { describe, expect, it } from 'vitest';
import { indexText } from './text-index';
import { analyse } from './analyse';
import { compileRubric } from './compiled-rubric';
import { readBrief } from './brief';
import { TEST_RUBRICS } from '../../../tests/fixtures/offline-grading';

const decisions = (text: string) =>
  analyse(indexText(text), compileRubric(TEST_RUBRICS.rollout), null, readBrief('')).decisions;

const STEPS = [
  '- Deploy the new prompt version alongside the old one',
  '- Route 5% of traffic to the new version as a canary',
  '- Roll back at once if the error rate doubles',
];

describe('steps listed under an explanation', () => {
  it('are part of the explanation', () => {
    expect(decisions(['Instead of sending all traffic to a new version, you:', ...STEPS].join('\n'))).toBe(0);
  });

  it("are a design under the writer's own lead-in", () => {
    expect(decisions(['For the new prompt we do three things:', ...STEPS].join('\n'))).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('end at a new label', () => {
    const text = [
      'If you send customer data to a model API, that data is:',
      '- Logged by the provider',
      'The fix: mask emails and card numbers before the call to the model.',
    ].join('\n');
    expect(analyse(indexText(text), compileRubric(TEST_RUBRICS.safety), null, readBrief('')).decisions).toBe(
      1,
    );
  });
});
