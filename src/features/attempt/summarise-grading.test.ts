import { describe, expect, it } from 'vitest';
import type { GradeOutcome } from '@/domain/grading';
import { SECTION_IDS } from '@/domain/sections';
import { testGrade } from '../../../tests/fixtures/grades';
import { summariseGrading } from './summarise-grading';

const UNREACHABLE = 'The server at 127.0.0.1:9 is not running. Start it, or check the address in Settings.';

describe('summariseGrading', () => {
  it('says one identical failure once, with how many sections it hit', () => {
    const outcomes: GradeOutcome[] = SECTION_IDS.map((section) => ({
      section,
      ok: false,
      error: UNREACHABLE,
    }));
    const text = summariseGrading(outcomes, false);
    expect(text).toBe(`11 sections could not be graded. All 11 failed the same way: ${UNREACHABLE}`);
    expect(text.split(UNREACHABLE)).toHaveLength(2);
  });

  it('lists different failures with their sections and counts what was graded', () => {
    const outcomes: GradeOutcome[] = [
      { section: 'task', ok: true, grade: testGrade('task') },
      { section: 'data', ok: false, error: 'Timed out.' },
      { section: 'model', ok: false, error: 'Timed out.' },
      { section: 'evals', ok: false, error: 'Invalid reply.' },
    ];
    expect(summariseGrading(outcomes, false)).toBe(
      'Graded 1; 3 could not be graded. Data sources, Model choice failed the same way: Timed out. · Evals: Invalid reply.',
    );
  });

  it('reports success and cancellation plainly', () => {
    expect(summariseGrading([{ section: 'task', ok: true, grade: testGrade('task') }], false)).toBe(
      'Graded 1 section.',
    );
    expect(summariseGrading([], true)).toBe('Cancelled. 0 sections finished and kept.');
  });
});
