// Real write-ups mix sections: a monitoring passage about measuring latency is full of latency words
// ("TTFT", "p95", "streaming"), a latency passage walks through workflow steps. When the passage also
// uses its own section's terms and meets one of its criteria, it is a mix, not a misfile: it is still
// flagged as reading like the other section, but can score Adequate for its own.
import { describe, expect, it } from 'vitest';
import { flagNames } from '../grade-schema';
import { SPECIFIC_NOTES, TEST_RUBRICS, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';

const grade = (section: Parameters<ReturnType<typeof gradeWith>>[0], text: string) =>
  gradeWith(testPrompt(SPECIFIC_NOTES))(section, text, { rubrics: TEST_RUBRICS });

describe('a passage that mixes its own section with another', () => {
  it('scores a monitoring passage told in latency words as monitoring, capped at Adequate', () => {
    const g = grade(
      'monitoring',
      [
        'Chat answers stream, so the number that matters is how long people wait for the first word.',
        'Each call records when its first token arrives as well as when it finishes,',
        'so time to first token is a metric in its own right next to total latency.',
        'We read p50, p95 and p99 side by side: a p50 of 700 ms beside a p95 of 5 seconds is a slow tail that an average would hide.',
      ].join(' '),
    );
    expect(flagNames(g)).toContain('off-section');
    expect(g.score).toBe(2);
  });

  it('still scores a latency passage filed under monitoring, with no monitoring in it, at most 1', () => {
    const g = grade(
      'monitoring',
      [
        'Users feel the wait before the first token, not the total response time.',
        'We stream the answer and run retrieval and reranking in parallel, so the first token arrives in 600 ms.',
        'The p95 for the full answer is 4 seconds, within the latency budget.',
      ].join(' '),
    );
    expect(flagNames(g)).toContain('off-section');
    expect(g.score).toBeLessThanOrEqual(1);
  });
});
