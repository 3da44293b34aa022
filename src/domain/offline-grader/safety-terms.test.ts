// Safety controls as real write-ups name them: a toxicity or policy-violation check, a hand-off to a live agent,
// access levels, unauthorised access, authentication, sensitive data, fraud, and text "never treated as
// instructions" (rubrics/safety.md), and escalation, refusal, audit, approval and the like as words that name the
// safety section (section-lexicon.ts). Learnt from the real-prose set, where safety was the one section the grader
// under-scored in every batch; each example here is written for this file.
import { describe, expect, it } from 'vitest';
import { SPECIFIC_NOTES, TEST_RUBRICS, gradeWith, testPrompt } from '../../../tests/fixtures/offline-grading';
import { sectionAffinity } from './section-lexicon';
import { indexText } from './text-index';

const grade = gradeWith(testPrompt(SPECIFIC_NOTES));
const rubrics = TEST_RUBRICS;
const criterion = (text: string, id: string) =>
  grade('safety', text, { rubrics }).criteria.find((c) => c.id === id);

describe('safety controls named the way write-ups name them', () => {
  it('reads a violation check that hands the chat to a live agent as safety, not as another section', () => {
    const text = [
      'Blocking rules',
      'A reply is held back when either:',
      '- its toxicity score is above 0.8, or',
      '- the policy check reports a violation',
      'When that happens:',
      '1. The conversation is closed for the bot',
      '2. A live agent takes it over with the held reply attached',
      '3. The case is tagged "violation" for the weekly review',
    ].join('\n');
    const g = grade('safety', text, { rubrics });
    expect(g.flags.map((f) => f.kind)).not.toContain('off-section');
    expect(g.score).toBe(2);
  });

  it('counts who may see what as permissions', () => {
    expect(
      criterion(
        'Each document carries an access level from the source system, and unauthorized readers get nothing.',
        'permissions-access',
      )?.verdict,
    ).not.toBe('missing');
    expect(
      criterion(
        'Order history is only shown after the customer has logged in and authenticated by email.',
        'permissions-access',
      )?.verdict,
    ).not.toBe('missing');
  });

  it('counts sensitive mail, fraud and text never treated as instructions', () => {
    expect(
      criterion('Sensitive categories are never auto-sent; a person reads them first.', 'pii-privacy')
        ?.verdict,
    ).not.toBe('missing');
    expect(
      criterion('Any change of payee is held for fraud review.', 'audit-and-fallback')?.verdict,
    ).not.toBe('missing');
    expect(
      criterion('Ticket bodies are never treated as instructions.', 'prompt-injection')?.verdict,
    ).not.toBe('missing');
  });

  it('names the section with escalation, refusal, audit and approval words', () => {
    const affinity = (t: string) => sectionAffinity(indexText(t)).safety;
    expect(
      affinity(
        'Write actions wait for approval, refusals are audited and disputes escalate to a supervisor.',
      ),
    ).toBe(4);
    expect(affinity('We cache answers for an hour and stream tokens to the browser.')).toBe(0);
  });

  it('still gives a list of the new words with no decision at most 1', () => {
    const words =
      'Toxicity. Policy violation. Live agent. Access levels. Unauthorized. Authentication. Fraud. Sensitive. Approval. Audit. Escalation. Refusal.';
    expect(grade('safety', words, { rubrics }).score).toBeLessThanOrEqual(1);
  });
});
