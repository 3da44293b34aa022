// Grades are not figures (grade-marks.ts); thresholds the design sets on its own judge still are.
import { describe, expect, it } from 'vitest';
import { readBrief } from './brief';
import { sentenceSignals } from './signals';
import { isGradeMark } from './grade-marks';

const figures = (s: string) => sentenceSignals(s, readBrief('')).numbers;
const mark = (s: string, n: string) => isGradeMark(s, s.indexOf(n), n);

describe('a grade is not a figure', () => {
  it('does not count a perfect mark or a grade field', () => {
    for (const s of [
      'overall verdict: 4/4, nothing missing.',
      'the panel rated it 10/10 on clarity.',
      'result 100 / 100 across the board.',
      'assessment summary, score: 4.',
      'level=4 for every criterion.',
    ])
      expect(figures(s), s).toEqual([]);
    expect(mark('grade: 3 on depth', '3')).toBe(true);
  });

  it('keeps the thresholds and scales of a designed judge', () => {
    expect(figures('we ship when the mean judge score is at least 4.2 on 300 cases.').length).toBeGreaterThan(
      0,
    );
    expect(mark('a reply rated below 3/5 goes to review.', '3')).toBe(false);
    expect(mark('the judge scores each reply 1-5 against the rubric.', '1')).toBe(false);
    expect(figures('recall@10 of 0.9 on 400 labelled questions.').length).toBeGreaterThan(0);
  });
});
