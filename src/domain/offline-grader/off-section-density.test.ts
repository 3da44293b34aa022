// A few of another section's words spread over a long passage are incidental: a workflow story that says
// what a run costs is still a workflow story. The terms reading needs at least one of the other
// section's distinctive terms per 40 words; a short misfiled answer keeps its flag and its 0.
import { describe, expect, it } from 'vitest';
import { flagNames } from '../grade-schema';
import { SPECIFIC_NOTES, TEST_RUBRICS, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';

const grade = (section: Parameters<ReturnType<typeof gradeWith>>[0], text: string) =>
  gradeWith(testPrompt(SPECIFIC_NOTES))(section, text, { rubrics: TEST_RUBRICS });

describe('incidental words of another section in a long passage', () => {
  it('does not flag a long passage as another section for three terms spread through it', () => {
    const g = grade(
      'workflow',
      [
        'Back in March I wrote a quick review helper on top of a hosted model, and over the summer it became a GitHub Action that runs on every pull request.',
        "It fetches the diff, splits it by file, and sends each file's changes to the model with a short system prompt.",
        'The answers come back as JSON with file paths, line numbers and comments, and the action posts them as inline review comments.',
        'Comments that repeat an earlier one on the same line are dropped before posting.',
        'The whole thing is about 400 lines of TypeScript.',
        'It has run for two months on our own repositories, and most of what I know about it comes from reading those comments.',
        'A review costs well under a dollar, which is small next to the time it saves.',
      ].join(' '),
    );
    expect(flagNames(g)).not.toContain('off-section');
    expect(g.score).toBeGreaterThanOrEqual(1);
  });

  it('still flags a short passage that is mostly another section, and scores it 0', () => {
    const g = grade(
      'workflow',
      'We keep the monthly spend under budget: the bill is checked against the forecast every Friday, and a cheaper model takes over past $2,000.',
    );
    expect(flagNames(g)).toContain('off-section');
    expect(g.score).toBe(0);
  });
});
