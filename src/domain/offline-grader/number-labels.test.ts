// A page's numbering is not a figure: numbered headings with a leading zero ("02", "§ 03"), section and issue
// marks and bracketed line markers label a part of the text. Learnt from the fresh-a/b and fresh-c/d batches of
// the real-prose set, where such numbering gave three human 2s the figure a 3 needs.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { isLabelNumber } from './number-labels';
import { findNumbers } from './numbers';

const texts = (s: string) => findNumbers(s).map((n) => n.text);
const grade = gradeWith(testPrompt(SPECIFIC_NOTES));

/** isLabelNumber on the first occurrence of `n` in `s`. */
const label = (s: string, n: string) => isLabelNumber(s, s.indexOf(n), n);

describe('isLabelNumber', () => {
  it('reads a leading zero as numbering', () => {
    expect(label('02', '02')).toBe(true);
    expect(label('§ 07 the ingest stage', '07')).toBe(true);
  });

  it('reads a number after a section, issue or line mark as a label', () => {
    expect(label('see § 14 of the policy', '14')).toBe(true);
    expect(label('fixed in # 381', '381')).toBe(true);
    expect(label('comments anchor to [n 57] in the diff', '57')).toBe(true);
  });

  it('keeps quantities, with or without a unit', () => {
    expect(label('we keep 40 documents', '40')).toBe(false);
    expect(label('a budget of 250 per day', '250')).toBe(false);
    expect(label('about 15ms', '15ms')).toBe(false);
  });
});

describe('findNumbers leaves numbering out', () => {
  it('drops numbered headings and markers', () => {
    expect(texts('03')).toEqual([]);
    expect(texts('§ 05 how the queue drains')).toEqual([]);
    expect(texts('each hunk gets a marker like [a 12] for the new side')).toEqual([]);
  });

  it('keeps the figures beside them', () => {
    expect(texts('§ 05 the queue drains 300 jobs per minute')).toEqual(['300jobs']);
    expect(texts('we sample 120 threads a week')).toEqual(['120threads']);
  });
});

describe('findNumbers leaves dates written with digits out', () => {
  it('drops the month and day of a date', () => {
    expect(texts('approved on 2025-07-14 by the release board')).toEqual([]);
    expect(texts('signed 03/04/2025, valid until 31.12.2026')).toEqual([]);
  });

  it('keeps figures beside a date, and ratios and ranges that are not dates', () => {
    expect(texts('from 2025-07-14 we cap replies at 400 tokens')).toEqual(['400tokens']);
    expect(texts('a 70-20-10 split of 900 cases')).toEqual(['70', '20', '10', '900cases']);
  });
});

describe('a numbered page does not pass for a justified design', () => {
  const steps = [
    '01',
    'The agent reads the ticket and pulls the order from the shop database, because the policy depends on what was bought.',
    '02',
    'It checks the refund rule for that product and drafts a reply with the rule quoted.',
    '03',
    'Anything outside the rule goes to a person in the support queue instead of being answered.',
  ].join('\n');

  it('scores the numbered steps at 2, not 3', () => {
    expect(grade('workflow', steps).score).toBe(2);
  });

  it('still reaches 3 once the steps decide real figures', () => {
    const decided = `${steps}\nRefunds above $80 always go to a person, and the reply waits at most 30 seconds for the order lookup.`;
    expect(grade('workflow', decided).score).toBe(3);
  });
});
