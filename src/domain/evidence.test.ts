import { describe, expect, it } from 'vitest';
import { totalScore } from './attempt';
import { countsTowardTotal, verifyClause } from './evidence';
import type { Grade } from './grade-schema';

const TEXT = 'We use agents with tools to triage every ticket, and a **human approves** refunds over $200.';

describe('verifyClause: evidence must be a real clause of the answer', () => {
  it('accepts a clause of four or more whole words, modulo case and emphasis', () => {
    expect(verifyClause('we use agents with tools', TEXT)).toBe(true);
    expect(verifyClause('a human approves refunds over $200.', TEXT)).toBe(true);
  });
  it('rejects fragments and text cut mid-word', () => {
    expect(verifyClause('We use', TEXT)).toBe(false);
    expect(verifyClause('agents', TEXT)).toBe(false);
    expect(verifyClause('se agents with tools', TEXT)).toBe(false);
    expect(verifyClause('agents with tools to tri', TEXT)).toBe(false);
    expect(verifyClause('agents with robots to triage', TEXT)).toBe(false);
  });
});

const grade = (over: Partial<Grade>): Grade => ({
  section: 'task',
  score: 4,
  rubricVersion: '1',
  grader: { kind: 'llm', model: 'm', endpoint: 'e' },
  criteria: [],
  evidence: [],
  reasoning: '',
  missing: [],
  nextStep: '',
  followUp: null,
  flags: [],
  answerHash: 'h',
  gradedAt: 0,
  usage: null,
  ...over,
});

describe('countsTowardTotal', () => {
  it('drops an LLM grade whose evidence is all unverified, or that credits without quoting', () => {
    expect(countsTowardTotal(grade({ evidence: [{ quote: 'We use', verified: false }] }))).toBe(false);
    expect(countsTowardTotal(grade({ evidence: [] }))).toBe(false);
    expect(
      countsTowardTotal(
        grade({
          evidence: [
            { quote: 'x', verified: false },
            { quote: 'y', verified: true },
          ],
        }),
      ),
    ).toBe(true);
    expect(countsTowardTotal(grade({ score: 0 }))).toBe(true);
    expect(countsTowardTotal(grade({ grader: { kind: 'offline', version: '1' } }))).toBe(true);
  });

  it('totalScore leaves such a grade out of the score and the graded count', () => {
    const total = totalScore({
      grades: {
        task: grade({ evidence: [{ quote: 'We use', verified: false }] }),
        data: grade({ section: 'data', score: 2, evidence: [{ quote: 'q', verified: true }] }),
      },
    });
    expect(total).toMatchObject({ score: 2, graded: 1 });
  });
});
