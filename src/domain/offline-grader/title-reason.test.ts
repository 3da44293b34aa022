// A title that names a comparison ("What to run in PRs vs nightly") announces the topic of what follows;
// the reason, if any, is in the text under it. A terse note with a reason in it is not a title.
import { describe, expect, it } from 'vitest';
import { indexText } from './text-index';
import { analyse } from './analyse';
import { compileRubric } from './compiled-rubric';
import { readBrief } from './brief';
import { TEST_RUBRICS } from '../../../tests/fixtures/offline-grading';

const tradeoffs = (text: string) =>
  analyse(indexText(text), compileRubric(TEST_RUBRICS.evals), null, readBrief('')).tradeoffs;

describe('a title is not a reason', () => {
  it('gives no trade-off for a title in title case or opening with a question word', () => {
    const body = 'Every PR runs 40 golden cases with programmatic checks.';
    expect(tradeoffs(`What to run in PRs vs nightly\n${body}`)).toBe(0);
    expect(tradeoffs(`Golden Sets Versus Live Traffic\n${body}`)).toBe(0);
  });

  it('still counts a reason in a terse note with no full stop', () => {
    expect(tradeoffs('- golden set of 40 cases, not live traffic, because labels must be stable')).toBe(1);
  });
});
