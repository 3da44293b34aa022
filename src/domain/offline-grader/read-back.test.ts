// The brief's story read back earns no decision or trade-off (read-back.ts); a design that uses a
// brief figure keeps its credit.
import { describe, expect, it } from 'vitest';
import { TEST_RUBRICS } from '../../../tests/fixtures/offline-grading';
import { analyse } from './analyse';
import { readBrief } from './brief';
import { compileRubric } from './compiled-rubric';
import { indexText } from './text-index';

const BRIEF =
  'A clinic group drafts visit notes. The budget is EUR 2 per visit, notes must be ready within 10 minutes, and 35% of visits are follow-ups.';
const analysed = (text: string) =>
  analyse(indexText(text), compileRubric(TEST_RUBRICS.cost), null, readBrief(BRIEF));

describe("the brief's story told back", () => {
  it('earns no trade-off or decision', () => {
    for (const s of [
      "The clinic's budget was cut to EUR 2 per visit last year, which is why notes must be ready within 10 minutes.",
      'Follow-ups had been 35% of visits since the merger, so the board has been asking for EUR 2 per visit instead of a flat fee.',
    ]) {
      const a = analysed(s);
      expect(a.tradeoffs, s).toBe(0);
      expect(a.decisions, s).toBe(0);
    }
  });

  it('keeps a design that uses a brief figure, in the present or in the writer voice', () => {
    for (const s of [
      'Notes are drafted by a small model because the EUR 2 per visit budget cannot pay for a large one.',
      'We were given EUR 2 per visit, so we draft with a small model and cache the 35% of follow-ups.',
      'The budget was EUR 2 per visit, so drafting runs on a self-hosted Llama model at EUR 0.40 per visit.',
    ])
      expect(analysed(s).tradeoffs, s).toBeGreaterThan(0);
  });
});

describe("the brief's constraints listed back in the present", () => {
  it('earns no decision when two or more brief figures come with nothing of the writer', () => {
    const s =
      'Every visit costs at most EUR 2, notes are always ready within 10 minutes and 35% of visits are follow-ups.';
    expect(analysed(s).decisions, s).toBe(0);
  });

  it('keeps a sentence with one brief figure, an own figure, a reason or the writer speaking', () => {
    for (const s of [
      'Notes are only drafted by the small model, within 10 minutes of the visit.',
      'Notes are always ready within 10 minutes and cost at most EUR 2, with the draft capped at 800 tokens.',
      'Notes are always ready within 10 minutes and cost at most EUR 2, because drafting runs as the visit ends.',
    ])
      expect(analysed(s).decisions, s).toBe(1);
  });
});
