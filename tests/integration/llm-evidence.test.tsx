// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newAttempt, totalScore, withGradeRecorded } from '@/domain/attempt';
import { gradeFromReply } from '@/domain/llm/grade-from-reply';
import { parseGradeReply } from '@/domain/llm/reply-schema';
import { GradePanel } from '@/features/attempt/grade-panel';
import { sampleGradeInput } from '@/lib/node/scripted-llm-server';

// A QA finding: a table row quoted character for character was shown as "not found in your answer".
const EVALS = [
  'We gate every release on an offline eval set of 400 labelled questions.',
  '',
  '| Metric | Target |',
  '| --- | --- |',
  '| Verified citations | >= 95% |',
  '| **Refusal accuracy** | 90% |',
].join('\n');

const input = sampleGradeInput();
const ctx = {
  section: 'evals' as const,
  text: EVALS,
  wholeAnswer: `Other sections.\n\n${EVALS}`,
  rubric: input.rubrics.evals,
  model: 'scripted',
  endpoint: 'http://127.0.0.1/v1',
  usage: null,
  injection: { detected: false, reasons: [] },
  now: 1_700_000_000_000,
};

function replyWith(evidence: string[]) {
  const r = parseGradeReply(
    JSON.stringify({
      evidence,
      reasoning: 'Targets are set.',
      criteria: [],
      missing: [],
      score: 3,
      nextStep: 'Say how the eval set is refreshed.',
      followUp: null,
      flags: [],
    }),
  );
  if (!r.ok) throw new Error(r.error);
  return r.reply;
}

function attemptWith(grade: ReturnType<typeof gradeFromReply>) {
  const a = newAttempt({ id: 'a1', promptId: 'p', promptTitle: 'P', now: ctx.now });
  a.answers.evals = { text: EVALS, updatedAt: ctx.now };
  return withGradeRecorded(a, grade, EVALS);
}

describe('LLM evidence that is in the answer but too short', () => {
  it('is flagged as too short, not as missing, and the grade still does not count', () => {
    const grade = gradeFromReply(replyWith(['| Verified citations | >= 95% |', 'Refusal accuracy 90%']), ctx);
    expect(grade.evidence.map((e) => e.verified)).toEqual([false, false]);
    const flag = grade.flags.find((f) => f.kind === 'unverified-evidence');
    expect(flag?.detail).toContain('2 are in the answer but too short to count (fewer than 4 words)');
    expect(flag?.detail).not.toContain('not found');
    expect(totalScore(attemptWith(grade))).toMatchObject({ score: 0, graded: 0 });
  });

  it('names both reasons when some quotes are short and others invented', () => {
    const grade = gradeFromReply(
      replyWith(['| Verified citations | >= 95% |', 'we run a weekly red-team exercise']),
      ctx,
    );
    const detail = grade.flags.find((f) => f.kind === 'unverified-evidence')?.detail ?? '';
    expect(detail).toContain('1 is in the answer but too short to count');
    expect(detail).toContain('1 is not found in the answer');
  });

  it('a clause copied from a table with its pipes and emphasis verifies', () => {
    const grade = gradeFromReply(replyWith(['Verified citations >= 95% | Refusal accuracy 90%']), ctx);
    expect(grade.evidence[0]?.verified).toBe(true);
    expect(grade.flags).toEqual([]);
  });

  it('the grade panel says "too short to count as evidence" for a quote that is in the answer', () => {
    const grade = gradeFromReply(
      replyWith(['| Verified citations | >= 95% |', 'we run a weekly red-team exercise']),
      ctx,
    );
    render(
      <GradePanel
        attempt={attemptWith(grade)}
        section="evals"
        stale={false}
        reference={[]}
        hiddenReason={null}
        onSelfScore={() => {}}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Grade' });
    const quotes = within(panel).getAllByText(
      /^\s*(too short to count as evidence|not found in your answer)$/,
    );
    expect(quotes.map((q) => q.textContent?.trim())).toEqual([
      'too short to count as evidence',
      'not found in your answer',
    ]);
    expect(
      within(panel)
        .getByText(/Evidence check failed/)
        .closest('p')?.textContent,
    ).toMatch(/1 is in the answer but too short to count .* and 1 is not found in the answer/);
  });
});
